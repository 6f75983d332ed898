using Marsad.Documents;
using Marsad.Entities;
using Marsad.Events;
using Marsad.Quotes;
using Marsad.Time;

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
/// page shows each run once with the styles of every annotation over it; the spans are the analysis's own
/// <c>[Start, End)</c> offsets into the original text, nothing is re-found.
/// </summary>
public static class ArticleMarkup
{
    public static IReadOnlyList<Mark> Marks(Document document)
    {
        var marks = new List<Mark>();
        var entities = document.GetOrDefault(EntityLayers.Entities) ?? ArticleEntities.Empty;
        var i = 0;
        foreach (var m in entities.Mentions)
        {
            var entity = entities.Find(m.EntityId);
            var facts = new List<MarkFact>
            {
                new("الكيان", entity?.NameAr ?? m.EntityId, Display.Entity(m.EntityId)),
                new("النوع", m.Type.ToString()),
                new("الصيغة", m.Kind.ToString()),
                new("الثقة", m.Confidence.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture)),
            };
            if (entity?.NameEn is { } en) facts.Insert(1, new("بالإنجليزية", en));
            if (m.Loaded) facts.Add(new("لفظ مشحون", "نعم"));
            marks.Add(new Mark($"ent-{++i}", MarkKind.Entity, m.Span, m.Text, "كيان", facts));
        }
        i = 0;
        foreach (var t in document.GetOrDefault(TimeLayers.Times) ?? [])
        {
            var facts = new List<MarkFact> { new("القيمة المعيارية", t.Value), new("النوع", t.Type.ToString()), new("الدقة", t.Granularity.ToString()) };
            if (t.Anchor is { } anchor) facts.Add(new("المرجع", Display.Date(anchor)));
            if (t.Flags.Count > 0) facts.Add(new("ملاحظات", string.Join(", ", t.Flags)));
            marks.Add(new Mark($"time-{++i}", MarkKind.Time, t.Span, t.Text, "زمن", facts));
        }
        foreach (var q in document.GetOrDefault(QuoteLayers.Quotes) ?? [])
        {
            var facts = new List<MarkFact> { new("النوع", q.Kind.ToString()) };
            if (q.Speaker is { } speaker)
                facts.Add(new("المتحدث", speaker.Text, speaker.EntityId is null ? null : Display.Entity(speaker.EntityId)));
            if (q.Cue is { } cue) facts.Add(new("فعل القول", cue.Text));
            marks.Add(new Mark("quote-" + q.Id, MarkKind.Quote, q.Span, q.Text, "اقتباس", facts));
        }
        foreach (var e in document.GetOrDefault(EventLayers.Events) ?? [])
        {
            var facts = new List<MarkFact> { new("النوع (PLOVER)", e.Type.ToString()) };
            if (e.Mode is { } mode) facts.Add(new("الصيغة", mode));
            if (e.Cameo is { } cameo) facts.Add(new("CAMEO", cameo));
            facts.Add(new("الجهة (modality)", e.Modality.ToString()));
            if (e.Source is { } source) facts.Add(new("الفاعل", source.Text, source.EntityId is null ? null : Display.Entity(source.EntityId)));
            if (e.Target is { } target) facts.Add(new("المفعول به", target.Text, target.EntityId is null ? null : Display.Entity(target.EntityId)));
            if (e.Date is { } date) facts.Add(new("التاريخ", date));
            if (e.Contexts.Count > 0) facts.Add(new("السياق", string.Join(", ", e.Contexts)));
            var n = 0;
            foreach (var mention in e.Mentions)
                marks.Add(new Mark($"event-{e.Id}-{++n}", MarkKind.Event, mention.Trigger, mention.TriggerText, "حدث", facts));
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
}
