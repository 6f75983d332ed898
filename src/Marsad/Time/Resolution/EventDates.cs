using Marsad.Text.Morphology;
using Marsad.Time.Recognition;

namespace Marsad.Time.Resolution;

/// <summary>
/// Finds the date the article gives for an event an offset is counted from («بعد شهر ونصف من إعلانه قطع العلاقات»):
/// a dated expression elsewhere in the article whose neighbouring words (same sentence, six tokens either side)
/// share a content word with the event phrase («قررت، الأربعاء 7 سبتمبر، قطع علاقاتها»). Words are compared by their
/// stem (<see cref="CliticSegmenter"/>, <see cref="LightStemmer"/>) because the two mentions inflect differently.
/// </summary>
internal sealed class EventDates(TimeToken[] tokens, int[] sentenceOf)
{
    private const int Window = 6;

    public (DateOnly Date, int Index)? Find(int eventStart, int eventEnd, IReadOnlyList<(Parse Parse, Resolved? Resolved)> dated, int self)
    {
        if (OwnDate(eventEnd, dated, self) is { } own) return own;
        var eventStems = new HashSet<string>(Stems(eventStart, eventEnd), StringComparer.Ordinal);
        if (eventStems.Count == 0) return null;
        (DateOnly, int)? best = null;
        var bestOverlap = 0;
        for (var k = 0; k < dated.Count; k++)
        {
            var (parse, resolved) = dated[k];
            if (k == self || resolved?.Date is not { } date || resolved.Granularity is not (TimeGranularity.Day or TimeGranularity.Month)) continue;
            var sentence = sentenceOf[parse.Start];
            var before = Enumerable.Range(Math.Max(0, parse.Start - Window), parse.Start - Math.Max(0, parse.Start - Window));
            var after = Enumerable.Range(parse.End, Math.Min(tokens.Length, parse.End + Window) - parse.End);
            var overlap = before.Concat(after)
                .Where(i => sentenceOf[i] == sentence && tokens[i].IsWord)
                .Select(i => Stem(tokens[i].Key))
                .Count(eventStems.Contains);
            if (overlap > bestOverlap) { bestOverlap = overlap; best = (date, k); }
        }
        return best;
    }

    /// <summary>
    /// A date written right after the event's words is the event's own: «من كارثة سبتمبر (أيلول) 2001», «من تأسيسها
    /// عام 1987». A year counts as its first day, so the offset keeps the year's granularity.
    /// </summary>
    private static (DateOnly Date, int Index)? OwnDate(int eventEnd, IReadOnlyList<(Parse Parse, Resolved? Resolved)> dated, int self)
    {
        for (var k = 0; k < dated.Count; k++)
        {
            if (k == self || dated[k].Parse.Start != eventEnd || dated[k].Resolved is not { Type: TimexType.Date } r) continue;
            if (r.Date is { } date) return (date, k);
            if (r.Granularity == TimeGranularity.Year && r.Value.Length == 4 && int.TryParse(r.Value, out var year) && year is > 0 and < 10000)
                return (new DateOnly(year, 1, 1), k);
        }
        return null;
    }

    private IEnumerable<string> Stems(int start, int end)
    {
        for (var i = start; i < end; i++)
            if (tokens[i].IsWord && !Glue.EventStops.Contains(tokens[i].Key) && Stem(tokens[i].Key) is { Length: >= 3 } stem)
                yield return stem;
    }

    /// <summary>The stem of a word given as its matching key: the project's one clitic segmenter and light stemmer.</summary>
    internal static string Stem(string key) => CliticSegmenter.Analyze(key, key).Stem;
}
