using System.Globalization;
using Marsad.Time.Recognition;

namespace Marsad.Time.Resolution;

/// <summary>
/// «أمس»، «اليوم»، «غدا»، «هذا الصباح» inside quoted speech count from the day the speaker spoke, not from the
/// article's: in news of a past day («قال الوزير امس الأربعاء: "استمعنا أمس إلى…"») the speaker's day is the day the
/// text opened with. That is the text's first day-level date when it is in the first sentence (a later one is often
/// background: «وكان الرئيس اتهم في ثاني أيام العيد…»), falls in the week before the publication date and stands outside
/// quotation marks; otherwise (a lead dated today, or none) the publication date stays the speaker's.
/// </summary>
internal sealed class QuotedSpeechDay(TimeToken[] tokens, int[] sentenceOf)
{
    // Further back than this an opening mark is not looked for: quoted speech in news runs a paragraph at most.
    private const int QuoteReach = 120;

    private const int LeadDays = 7;

    public void Apply(List<(Parse Parse, Resolved? Resolved)> resolved)
    {
        var lead = resolved.FindIndex(p => p.Resolved is { Type: TimexType.Date, Granularity: TimeGranularity.Day, Date: not null });
        if (lead < 0 || resolved[lead].Resolved is not { Date: { } leadDay, Anchor: { } anchor } || InsideQuote(resolved[lead].Parse.Start)
            || sentenceOf[resolved[lead].Parse.Start] != sentenceOf[0]
            || leadDay >= anchor || leadDay < anchor.AddDays(-LeadDays)) return;
        var offset = leadDay.DayNumber - anchor.DayNumber;
        for (var k = lead + 1; k < resolved.Count; k++)
        {
            var (parse, r) = resolved[k];
            if (r is not { Anchor: { } a } || a != anchor || !IsDeicticDay(parse) || !InsideQuote(parse.Start)
                || r.Value.Length < 10 || !DateOnly.TryParseExact(r.Value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) continue;
            var spoken = day.AddDays(offset);
            resolved[k] = (parse with { Rule = parse.Rule + "+speech" },
                r with { Value = IsoFormat.Day(spoken) + r.Value[10..], Anchor = leadDay, Date = r.Date is null ? null : spoken, Flags = [.. r.Flags, TimeFlags.EventRelative] });
        }
    }

    // A day counted from now by a word alone («أمس»، «اليوم») or a part of such a day («هذا الصباح»، «مساء أمس»);
    // «أمس الأربعاء» names its day and a story word («اليوم التالي») has its own count.
    private static bool IsDeicticDay(Parse parse) => !parse.Rule.EndsWith("+story", StringComparison.Ordinal) && parse.Meaning switch
    {
        Shift { Unit: Lexicon.TimeUnit.Day, Weekday: null } shift => Math.Abs(shift.Amount) <= 2,
        PartOfDay { Day: Shift { Unit: Lexicon.TimeUnit.Day, Weekday: null } inner, DayShift: 0 } => Math.Abs(inner.Amount) <= 2,
        _ => false,
    };

    // Inside when the nearest mark before is an opening one («، “), or an odd count of straight quotes precedes.
    private bool InsideQuote(int at)
    {
        for (var i = at - 1; i >= 0 && i >= at - QuoteReach; i--)
        {
            if (!NarrativeTime.IsQuote(tokens[i])) continue;
            switch (tokens[i].Key)
            {
                case "«" or "“": return true;
                case "»" or "”": return false;
                default:
                    var straight = 0;
                    for (var j = i; j >= 0; j--) if (NarrativeTime.IsQuote(tokens[j]) && tokens[j].Key == "\"") straight++;
                    return straight % 2 == 1;
            }
        }
        return false;
    }
}
