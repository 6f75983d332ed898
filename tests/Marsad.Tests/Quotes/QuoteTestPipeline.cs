using Marsad.Documents;
using Marsad.Entities;
using Marsad.Pipeline;
using Marsad.Quotes;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Tests.Quotes;

/// <summary>The default steps up to quotes (text, time, entities, quotes), built once for the quote tests.</summary>
internal static class QuoteTestPipeline
{
    private static readonly Lazy<AnalysisPipeline> s_pipeline = new(() => new PipelineBuilder().UseText().UseTime().UseEntities().UseQuotes().Build());

    // The same steps without quotes: what a single quote pass reads, for testing that pass alone.
    private static readonly Lazy<AnalysisPipeline> s_beforeQuotes = new(() => new PipelineBuilder().UseText().UseTime().UseEntities().Build());

    public static readonly DateTimeOffset September2022 = new(2022, 9, 12, 12, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<Quote> Analyze(string text, DateTimeOffset? published = null) =>
        s_pipeline.Value.Run(new Article { Id = "test", Text = text, Published = published ?? September2022 }).Get(QuoteLayers.Quotes);

    public static string Describe(IReadOnlyList<Quote> quotes) =>
        string.Join("\n", quotes.Select(q => $"{q.Id} {q.Kind} cue={q.Cue?.Text} speaker={q.Speaker?.EntityId ?? "null"}:{q.Speaker?.Text} «{q.Text}»"));

    /// <summary>The article as every quote pass reads it (<see cref="QuoteContext"/>), to run one pass alone.</summary>
    public static QuoteContext Context(string text) =>
        new(QuoteAnnotator.InputOf(s_beforeQuotes.Value.Run(new Article { Id = "test", Text = text, Published = September2022 })), QuoteLexicon.Default);

    /// <summary>The index of the <paramref name="occurrence"/>-th token (from 0) written exactly as <paramref name="word"/>.</summary>
    public static int TokenOf(QuoteContext context, string word, int occurrence = 0) =>
        Enumerable.Range(0, context.Count).Where(k => context.Tokens[k].Span.Slice(context.Input.Text) == word).ElementAt(occurrence);
}
