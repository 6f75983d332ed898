using System.Text.Json;
using Marsad.Analysis;
using Marsad.Documents;
using Marsad.Pipeline;
using Marsad.Storage;
using Marsad.Text;
using Marsad.Text.Morphology;
using Marsad.Text.Sentences;
using Marsad.Text.Tokenization;
using Marsad.Time;

namespace Marsad.Stories.Views;

/// <summary>
/// One article of a story as the timeline and the comparison read it: its text layers (recomputed: deterministic and
/// cheap) and the time expressions its stored analysis kept (value, granularity, flags, and for event-relative ones the
/// event and offset), as the JSON contract has them; and its coded events with their actors (<see cref="Events"/>).
/// </summary>
public sealed record StoryText(StoryArticle Article, string Text, IReadOnlyList<Token> Tokens, IReadOnlyList<WordAnalysis?> Words,
    IReadOnlyList<Sentence> Sentences, IReadOnlyList<StoredTime> Times)
{
    private static readonly AnalysisPipeline s_text = new PipelineBuilder().UseText().Build();

    /// <summary>The article's coded events with their actors (none when the events step did not run).</summary>
    public IReadOnlyList<EventActors> Events { get; init; } = [];

    /// <summary>Where the article mentions entities (none when the entities step did not run).</summary>
    public IReadOnlyList<TextSpan> Mentions { get; init; } = [];

    /// <summary>Where the article names a city, region or sea, with its entity id (<see cref="TermKinds.IsPlaceEntity"/>).</summary>
    public IReadOnlyList<(TextSpan Span, string EntityId)> Places { get; init; } = [];

    public static StoryText Load(MarsadStore store, StoryArticle article)
    {
        var stored = store.Articles.Get(article.Id) ?? throw new InvalidOperationException($"Article {article.Id} is placed in a story but not stored.");
        var document = s_text.Run(stored);
        var analysis = new AnalysisStore(store).Load(article.Id);
        var times = new List<StoredTime>();
        if (analysis?.For("time") is { } time && time.TryGetProperty("times", out var list))
            foreach (var t in list.EnumerateArray()) times.Add(StoredTime.From(t));
        var mentions = Comparison.StoredMentions.Open(store).Read(store, article.Id);
        return new StoryText(article, stored.Text, document.Get(TextLayers.Tokens), document.Get(TextLayers.Words), document.Get(TextLayers.Sentences), times)
        {
            Events = StoredEvents.Open(store).Actors(store, article.Id),
            Mentions = [.. mentions.Select(m => m.Span)],
            Places = [.. mentions.Where(m => TermKinds.IsPlaceEntity(m.EntityId))],
        };
    }
}

/// <summary>A stored time expression: span, ISO value, granularity, flags, and the event it counts from (if any).</summary>
public sealed record StoredTime(TextSpan Span, string Text, string Value, string Granularity, IReadOnlyList<string> Flags, EventOffset? Event)
{
    public static StoredTime From(JsonElement t)
    {
        EventOffset? ev = null;
        if (t.TryGetProperty("event", out var e) && e.ValueKind == JsonValueKind.Object)
            ev = new EventOffset(new TextSpan(e.GetProperty("start").GetInt32(), e.GetProperty("end").GetInt32()), e.GetProperty("text").GetString()!,
                e.GetProperty("offset").GetString()!, e.GetProperty("dated").GetBoolean());
        return new StoredTime(new TextSpan(t.GetProperty("start").GetInt32(), t.GetProperty("end").GetInt32()), t.GetProperty("text").GetString()!,
            t.GetProperty("value").GetString()!, t.GetProperty("granularity").GetString()!,
            [.. t.GetProperty("flags").EnumerateArray().Select(f => f.GetString()!)], ev);
    }

    /// <summary>A date written to the day (2022-09-07), not counted from an event.</summary>
    public DateOnly? Day => Granularity == "day" && !Flags.Contains(TimeFlags.EventRelative)
        && DateOnly.TryParseExact(Value, "yyyy-MM-dd", out var d) ? d : null;
}
