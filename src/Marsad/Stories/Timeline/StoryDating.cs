using System.Globalization;
using Marsad.Stories.Views;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;
using Marsad.Time;
using Marsad.Time.Recognition;
using Marsad.Time.Resolution;

namespace Marsad.Stories.Timeline;

/// <summary>
/// Dates an undated article from its story. The time step marks an offset counted from an event the article names but
/// does not date («بعد شهر ونصف من إعلانه قطع العلاقات»: <see cref="EventOffset"/>, not dated). Another article of the
/// same story may date that event: a date written to the day whose neighbouring words (same sentence, six words either
/// side) share content words with the event phrase («قررت، الأربعاء 7 سبتمبر، قطع علاقاتها»), compared by
/// stem (<see cref="EventDates.Stem"/>). The estimate is that date moved by the offset
/// (<see cref="EventOffset.Shift"/>), marked estimated, with the evidence spelled out. At least two shared words are
/// required when the event phrase has two or more, so one common word does not date an event.
/// </summary>
public static class StoryDating
{
    private const int Window = 6;

    /// <summary>Estimates for the articles of <paramref name="texts"/> that have no date of their own, keyed by article id.</summary>
    public static IReadOnlyDictionary<string, StoryArticle> Estimate(IReadOnlyList<StoryText> texts)
    {
        var result = new Dictionary<string, StoryArticle>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            if (StoryViews.DateOf(text.Article) is not null) continue;
            foreach (var time in text.Times)
            {
                if (time.Event is not { Dated: false } ev) continue;
                var stems = EventStems(ev.Text);
                if (stems.Count == 0) continue;
                var best = texts.Where(o => o.Article.Id != text.Article.Id)
                    .SelectMany(o => o.Times.Where(t => t.Day is not null).Select(t => (Other: o, Time: t, Overlap: Overlap(o, t, stems))))
                    .Where(c => c.Overlap >= Math.Min(2, stems.Count))
                    .OrderByDescending(c => c.Overlap).ThenBy(c => c.Time.Day).ThenBy(c => c.Other.Article.Id, StringComparer.Ordinal)
                    .FirstOrDefault();
                if (best.Other is null || EventOffset.Shift(ev.Offset, best.Time.Day!.Value) is not { } shifted) continue;
                var evidence = string.Create(CultureInfo.InvariantCulture,
                    $"«{time.Text}» counts {ev.Offset} from «{ev.Text}»; {best.Other.Article.OutletLabel} ({best.Other.Article.Id}) dates that event «{best.Time.Text}» = {best.Time.Day:yyyy-MM-dd} ⇒ about {shifted.Value}");
                result[text.Article.Id] = text.Article with { Published = shifted.Date, Estimated = true, Evidence = evidence };
                break;
            }
        }
        return result;
    }

    private static HashSet<string> EventStems(string phrase) =>
        Tokenizer.Tokenize(ArabicNormalizer.Normalize(phrase))
            .Where(t => t.IsWord && !Glue.EventStops.Contains(t.Key))
            .Select(t => EventDates.Stem(t.Key)).Where(s => s.Length >= 3)
            .ToHashSet(StringComparer.Ordinal);

    private static int Overlap(StoryText text, StoredTime time, HashSet<string> stems)
    {
        var first = -1;
        var last = -1;
        for (var i = 0; i < text.Tokens.Count; i++)
        {
            if (!text.Tokens[i].Span.Overlaps(time.Span)) continue;
            if (first < 0) first = i;
            last = i;
        }
        if (first < 0) return 0;
        var sentence = text.Sentences.FirstOrDefault(s => s.FirstToken <= first && first < s.EndToken);
        var (from, to) = sentence is null ? (0, text.Tokens.Count) : (sentence.FirstToken, sentence.EndToken);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = Math.Max(from, first - Window); i < Math.Min(to, last + 1 + Window); i++)
        {
            if (i >= first && i <= last || !text.Tokens[i].IsWord) continue;
            var stem = EventDates.Stem(text.Tokens[i].Key);
            if (stems.Contains(stem)) seen.Add(stem);
        }
        return seen.Count;
    }
}
