using System.Globalization;
using Marsad.Text.Normalization;
using Marsad.Time.Lexicon;
using Marsad.Time.Recognition;

namespace Marsad.Time.Resolution;

/// <summary>
/// Periods a results statement names through the story rather than with their year:
/// <list type="bullet">
/// <item>a half written alone («ارتفعت الإيرادات خلال النصف الأول بنسبة 11%») is a half of the year of the text's other
/// half («النصف الأول من العام الحالي»); in a text with no half of a year it is a match's half, no time;</item>
/// <item>«مقارنة بالشهر ذاته من العام الماضي»، «بنفس الفترة من العام السابق»، «الفترة نفسها من العام 2014»: the period the
/// story is at (the last month, quarter or half the text gave, this sentence or the one before) in the year the
/// expression after «من» names. After «الشهر» a day counts as its month, a story month written in the Hijri calendar
/// («أول رجب عام 1388ه») stays Hijri, and with no month near the month is the anchor's; «الفترة» with no period near
/// leaves the year alone, and after a stretch of a year's first months («خلال الأشهر السبعة الأولى من عام 2015») it is
/// that stretch, reported as the other year. «الربع المماثل من العام الماضي»، «بالنصف المماثل من العام السابق» ask for the story's quarter or
/// half.</item>
/// <item>«مقارنة بالربع السابق»: the quarter (or half) before the last one the text gave, the next one after «التالي»;
/// with none before it, no time. A comparison period (this one, or one of another year) is no story period.</item>
/// </list>
/// </summary>
internal sealed class SamePeriods(TimeToken[] tokens, int[] sentenceOf, TimeLexicon lexicon)
{
    private const string SameRule = "same-period";

    private static readonly string MonthNoun = MatchingKey.Of("الشهر");
    private static readonly string PeriodNoun = MatchingKey.Of("الفترة");

    public void Apply(List<(Parse Parse, Resolved? Resolved)> resolved)
    {
        for (var k = 0; k < resolved.Count; k++)
            if (resolved[k].Parse.Rule == RelativeRules.BareHalfRule && resolved[k].Resolved is { } half)
                resolved[k] = (resolved[k].Parse, HalfOfWrittenYear(resolved, k, half));
        for (var k = 0; k < resolved.Count; k++)
            if (resolved[k].Parse.Rule == RelativeRules.PartOfYearStoryRule && resolved[k].Resolved is { } part)
                resolved[k] = (resolved[k].Parse, NextToStoryPart(resolved, k, part));
        for (var k = 0; k < resolved.Count; k++)
            if (resolved[k].Resolved is not null && SamePeriodOfAnotherYear(resolved, k) is { } period) resolved[k] = period;
    }

    // The nearest quarter (or half) before, not itself counted from the story or compared, moved by the story shift.
    private Resolved? NextToStoryPart(List<(Parse Parse, Resolved? Resolved)> resolved, int k, Resolved part)
    {
        var meaning = (PartOfYear)resolved[k].Parse.Meaning;
        var granularity = meaning.Kind == 'Q' ? TimeGranularity.Quarter : TimeGranularity.HalfYear;
        var parts = meaning.Kind == 'Q' ? 4 : 2;
        for (var j = k - 1; j >= 0; j--)
        {
            if (resolved[j].Resolved is not { Type: TimexType.Date } story || story.Granularity != granularity || IsComparison(resolved[j].Parse.Rule)
                || ComparedWith(resolved[j].Parse.Start)) continue;
            var index = int.Parse(story.Value[..4], CultureInfo.InvariantCulture) * parts + int.Parse(story.Value[6..], CultureInfo.InvariantCulture) - 1 + meaning.StoryShift!.Value;
            return part with
            {
                Value = $"{index / parts:0000}-{meaning.Kind}{index % parts + 1}", Granularity = granularity, Anchor = story.Anchor,
                Flags = [.. part.Flags, TimeFlags.EventRelative],
            };
        }
        return null;
    }

    // «مقارنة مع الربع الأول»، «مقارنة بالربع الأول»: a compared word within two words before, in the same sentence.
    private bool ComparedWith(int at)
    {
        for (var i = at - 1; i >= Math.Max(0, at - ComparedReach) && tokens[i].IsWord && sentenceOf[i] == sentenceOf[at]; i--)
            foreach (var (word, _) in tokens[i].Readings)
                if (lexicon.ComparedWords.Contains(word)) return true;
        return false;
    }

    private const int ComparedReach = 2;

    private static bool IsComparison(string rule) => rule == RelativeRules.PartOfYearStoryRule || rule.StartsWith(SameRule, StringComparison.Ordinal);

    // The nearest half written with its year, before the bare one or else after it, lends its year.
    private static Resolved? HalfOfWrittenYear(List<(Parse Parse, Resolved? Resolved)> resolved, int k, Resolved half)
    {
        Resolved? written = null;
        for (var j = 0; j < resolved.Count; j++)
            if (j != k && resolved[j].Parse.Rule != RelativeRules.BareHalfRule && resolved[j].Parse.Meaning is PartOfYear { Kind: 'H' }
                && resolved[j].Resolved is { Granularity: TimeGranularity.HalfYear } other && (written is null || j < k))
                written = other;
        return written is null ? null : half with { Value = written.Value[..4] + half.Value[4..], Anchor = written.Anchor };
    }

    private (Parse, Resolved)? SamePeriodOfAnotherYear(List<(Parse Parse, Resolved? Resolved)> resolved, int k)
    {
        var (parse, r) = resolved[k];
        if (r is null || parse.Start < 3 || !tokens[parse.Start - 1].IsWord || tokens[parse.Start - 1].Key != "من") return null;
        int? year = parse.Meaning switch
        {
            Shift { Unit: TimeUnit.Year } shift when r.Anchor is { } a => a.Year + (int)shift.Amount,
            CalendarDate { Year: { } written, Month: null, Hijri: false } => written,
            _ => null,
        };
        if (year is not { } y) return null;
        // «الشهر ذاته من» / «الفترة نفسها من» (noun, story word) or «نفس الفترة من» / «بذات الشهر من» (same word, noun).
        var start = parse.Start - 3;
        int prefix;
        string noun;
        if (lexicon.StoryWords.TryGetValue(tokens[parse.Start - 2].Key, out var same) && same == 0 && Noun(start, out noun, out prefix)) { }
        else if (Noun(parse.Start - 2, out noun, out _) && tokens[start].Readings.FirstOrDefault(w => lexicon.SameBefore.Contains(w.Word)) is { Word: not null } before)
            prefix = before.PrefixLength;
        else return null;
        var month = noun == MonthNoun;
        var stretch = month ? null : FirstMonthsBefore(resolved, k);
        for (var j = k - 1; j >= 0 && sentenceOf[resolved[j].Parse.Start] >= sentenceOf[start] - 1; j--)
        {
            var (storyParse, story) = resolved[j];
            if (story is not { Type: TimexType.Date } || IsComparison(storyParse.Rule)) continue;
            string value;
            // «خلال الأشهر السبعة الأولى من عام 2015 … بنهاية تموز 2015، مقارنة … لنفس الفترة من العام الماضي»: after a
            // stretch of a year's first months, nearer than the month or ending in it, the period is that stretch of the
            // year the text reports on, reported as the other year.
            if (stretch is { } first && story.Granularity == TimeGranularity.Month && (first.LastMonth == story.Value || first.Index > j))
                return (parse with { Start = start, PrefixLength = prefix, Rule = SameRule + "+stretch" },
                    r with { Value = $"{y:0000}", Granularity = TimeGranularity.Year, Date = null, Flags = [.. r.Flags, TimeFlags.EventRelative] });
            if (story is { Granularity: TimeGranularity.Day or TimeGranularity.Month, Date: { } date } && (month || story.Granularity == TimeGranularity.Month))
            {
                if (IsHijri(storyParse.Meaning) && parse.Meaning is Shift hijriShift && r.Anchor is { } anchor)
                {
                    var (_, hijriMonth) = HijriDates.HijriYearMonth(date);
                    if (HijriDates.ToGregorian(HijriDates.HijriYear(anchor) + (int)hijriShift.Amount, hijriMonth, 15) is not { } mid) return null;
                    value = IsoFormat.Month(mid);
                }
                else value = $"{y:0000}-{date.Month:00}";
            }
            else if (!month && (noun == PeriodNoun ? story.Granularity is TimeGranularity.Quarter or TimeGranularity.HalfYear : story.Granularity == PartGranularity(noun)))
                value = $"{y:0000}{story.Value[4..]}";
            else continue;
            return (parse with { Start = start, PrefixLength = prefix, Rule = SameRule + "+story" },
                r with
                {
                    Value = value, Granularity = value.Length == 7 && value[5] is not ('Q' or 'H') ? TimeGranularity.Month : story.Granularity,
                    Date = null, Flags = [.. r.Flags, TimeFlags.EventRelative],
                });
        }
        if (!month || r.Anchor is not { } fallback) return null;
        return (parse with { Start = start, PrefixLength = prefix, Rule = SameRule },
            r with { Value = $"{y:0000}-{fallback.Month:00}", Granularity = TimeGranularity.Month, Date = null });
    }

    // The last month (2015-07) and place of the last stretch of a year's first months earlier in the text: a length of months
    // before «الأولى» and a year («الأشهر السبعة الأولى من عام 2015»، «الأولى لعام 2015»).
    private (string LastMonth, int Index)? FirstMonthsBefore(List<(Parse Parse, Resolved? Resolved)> resolved, int k)
    {
        for (var j = k - 2; j >= 0; j--)
        {
            var (length, lengthValue) = resolved[j];
            if (lengthValue is not { Type: TimexType.Duration } || !lengthValue.Value.EndsWith('M') || lengthValue.Value.Contains('T')
                || length.End >= tokens.Length || tokens[length.End].Key != Glue.FirstFeminine) continue;
            var (year, yearValue) = resolved[j + 1];
            if (yearValue is { Granularity: TimeGranularity.Year } && (year.Start == length.End + 1 || year.Start == length.End + 2 && tokens[length.End + 1].Key == Glue.Min)
                && int.TryParse(lengthValue.Value.AsSpan(1, lengthValue.Value.Length - 2), NumberStyles.None, CultureInfo.InvariantCulture, out var months) && months is >= 1 and <= 12)
                return ($"{yearValue.Value[..4]}-{months:00}", j);
        }
        return null;
    }

    private static TimeGranularity PartGranularity(string noun) => noun == Glue.Rub ? TimeGranularity.Quarter : TimeGranularity.HalfYear;

    // «الشهر»، «الفترة»، «الربع»، «النصف» (with a proclitic: «بالشهر»، «للفترة»), the nouns a same-period phrase is made of.
    private bool Noun(int at, out string noun, out int prefix)
    {
        foreach (var (word, p) in tokens[at].Readings)
            if (word == MonthNoun || word == PeriodNoun || word == Glue.Rub || word == Glue.Nisf)
            {
                noun = word; prefix = p; return true;
            }
        noun = ""; prefix = 0;
        return false;
    }

    private static bool IsHijri(TimeMeaning meaning) => meaning switch
    {
        CalendarDate d => d.Hijri,
        Modified m => IsHijri(m.Inner),
        DateRange range => IsHijri(range.From),
        _ => false,
    };
}
