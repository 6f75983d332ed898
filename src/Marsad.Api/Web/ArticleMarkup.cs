using System.Globalization;
using System.Text.Json;
using Marsad.Documents;

namespace Marsad.Api.Web;

public enum MarkKind { Entity, Time, Quote, Event }

/// <summary>One annotation shown on the article page: its span into the original text and the facts a reader can open.</summary>
public sealed record Mark(string Id, MarkKind Kind, TextSpan Span, string Text, string Label, IReadOnlyList<MarkFact> Facts);

/// <summary>A fact of a mark; <see cref="Href"/> links it (an entity page) when there is one.</summary>
public sealed record MarkFact(string Name, string Value, string? Href = null);

/// <summary>A run of the original text between annotation boundaries and the marks covering all of it, innermost first.</summary>
public sealed record MarkedRun(string Text, IReadOnlyList<Mark> Marks);

/// <summary>
/// Cuts the original article text at every boundary of its entity mentions, times, quotes and event triggers, so the
/// page shows each run once with the styles of every annotation over it. The marks are read from the article object of
/// <c>analyze --json</c> as <see cref="Marsad.Views.ArticleView"/> writes it — the stored analysis when there is one —
/// so the page shows what the store holds and the API returns; the spans are that analysis's own <c>[Start, End)</c>
/// offsets into the original text, nothing is re-found.
/// </summary>
public static class ArticleMarkup
{
    public static IReadOnlyList<Mark> Marks(JsonElement article)
    {
        var marks = new List<Mark>();
        var i = 0;
        foreach (var entity in Array(article, "entities"))
        {
            var id = Text(entity, "id") ?? "";
            foreach (var m in Array(entity, "mentions"))
            {
                var facts = new List<MarkFact>
                {
                    new("الكيان", Text(entity, "name_ar") ?? id, Display.Entity(id)),
                    new("النوع", Text(entity, "type") ?? ""),
                    new("الصيغة", Text(m, "kind") ?? ""),
                    new("الثقة", m.TryGetProperty("confidence", out var c) && c.ValueKind == JsonValueKind.Number ? c.GetDouble().ToString("0.00", CultureInfo.InvariantCulture) : "—"),
                };
                if (Text(entity, "name_en") is { } en) facts.Insert(1, new("بالإنجليزية", en));
                if (m.TryGetProperty("loaded", out var loaded) && loaded.ValueKind == JsonValueKind.True) facts.Add(new("لفظ مشحون", "نعم"));
                if (Span(m) is { } span) marks.Add(new Mark($"ent-{++i}", MarkKind.Entity, span, Text(m, "text") ?? "", "كيان", facts));
            }
        }
        i = 0;
        foreach (var t in Array(article, "times"))
        {
            var facts = new List<MarkFact> { new("القيمة المعيارية", Text(t, "value") ?? "—"), new("النوع", Text(t, "type") ?? ""), new("الدقة", Text(t, "granularity") ?? "") };
            if (Text(t, "anchor") is { } anchor) facts.Add(new("المرجع", anchor));
            var flags = Array(t, "flags").Select(f => f.GetString()).ToList();
            if (flags.Count > 0) facts.Add(new("ملاحظات", string.Join(", ", flags)));
            if (Span(t) is { } span) marks.Add(new Mark($"time-{++i}", MarkKind.Time, span, Text(t, "text") ?? "", "زمن", facts));
        }
        foreach (var q in Array(article, "quotes"))
        {
            var facts = new List<MarkFact> { new("النوع", Text(q, "kind") ?? "") };
            if (Object(q, "speaker") is { } speaker)
                facts.Add(new("المتحدث", Text(speaker, "text") ?? "", Text(speaker, "entity_id") is { } sid ? Display.Entity(sid) : null));
            if (Object(q, "cue") is { } cue) facts.Add(new("فعل القول", Text(cue, "text") ?? ""));
            if (Span(q) is { } span) marks.Add(new Mark("quote-" + Text(q, "id"), MarkKind.Quote, span, Text(q, "text") ?? "", "اقتباس", facts));
        }
        foreach (var e in Array(article, "events"))
        {
            var facts = new List<MarkFact> { new("النوع (PLOVER)", Text(e, "type") ?? "") };
            if (Text(e, "mode") is { } mode) facts.Add(new("الصيغة", mode));
            if (Text(e, "cameo") is { } cameo) facts.Add(new("CAMEO", cameo));
            facts.Add(new("الجهة (modality)", Text(e, "modality") ?? ""));
            if (Object(e, "source") is { } source) facts.Add(new("الفاعل", Text(source, "text") ?? "", Text(source, "entity_id") is { } s ? Display.Entity(s) : null));
            if (Object(e, "target") is { } target) facts.Add(new("المفعول به", Text(target, "text") ?? "", Text(target, "entity_id") is { } t ? Display.Entity(t) : null));
            if (Text(e, "date") is { } date) facts.Add(new("التاريخ", date));
            var contexts = Array(e, "contexts").Select(c => c.GetString()).ToList();
            if (contexts.Count > 0) facts.Add(new("السياق", string.Join(", ", contexts)));
            var n = 0;
            foreach (var mention in Array(e, "mentions"))
                if (Object(mention, "trigger") is { } trigger && Span(trigger) is { } span)
                    marks.Add(new Mark($"event-{Text(e, "id")}-{++n}", MarkKind.Event, span, Text(trigger, "text") ?? "", "حدث", facts));
        }
        return marks;
    }

    /// <summary>The text cut into runs; marks with spans outside the text are dropped rather than trusted.</summary>
    public static IReadOnlyList<MarkedRun> Runs(string text, IReadOnlyList<Mark> marks)
    {
        var valid = marks.Where(m => m.Span.Start >= 0 && m.Span.End <= text.Length && m.Span.Start < m.Span.End).ToList();
        var cuts = new SortedSet<int> { 0, text.Length };
        foreach (var m in valid)
        {
            cuts.Add(m.Span.Start);
            cuts.Add(m.Span.End);
        }
        var runs = new List<MarkedRun>();
        var bounds = cuts.ToList();
        for (var b = 0; b + 1 < bounds.Count; b++)
        {
            int start = bounds[b], end = bounds[b + 1];
            var covering = valid.Where(m => m.Span.Start <= start && m.Span.End >= end)
                .OrderBy(m => m.Span.End - m.Span.Start).ThenBy(m => m.Kind).ToList();
            runs.Add(new MarkedRun(Display.Neutral(text[start..end]), covering));
        }
        return runs;
    }

    public static string CssClass(MarkKind kind) => kind switch
    {
        MarkKind.Entity => "m-ent",
        MarkKind.Time => "m-time",
        MarkKind.Quote => "m-quote",
        _ => "m-event",
    };

    private static IEnumerable<JsonElement> Array(JsonElement parent, string name) =>
        parent.ValueKind == JsonValueKind.Object && parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray() : [];

    private static JsonElement? Object(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Object ? value : null;

    private static string? Text(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static TextSpan? Span(JsonElement item) =>
        item.TryGetProperty("start", out var s) && item.TryGetProperty("end", out var e) && s.ValueKind == JsonValueKind.Number && e.ValueKind == JsonValueKind.Number
            ? new TextSpan(s.GetInt32(), e.GetInt32()) : null;
}
