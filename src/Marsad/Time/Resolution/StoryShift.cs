using Marsad.Time.Lexicon;
using Marsad.Time.Recognition;

namespace Marsad.Time.Resolution;

/// <summary>
/// «أنتجت أولها في 2008 وبعد عام طرحت 117 للبيع»: a length after «بعد» with no event of its own counts from the
/// calendar date its sentence wrote before it (2009), not from the publication date, when that written date lies in a
/// year before the anchor's, so the sentence tells a past story. A date the text gave relative to the anchor («العام
/// الماضي») or one in a later sentence does not move it; neither does a date of the anchor's year or later, where a
/// length after it may as well be a plan counted from now («ستبدأ في 2016 وتنتهي بعد عامين»), as it is after a verb in
/// the future between the two.
/// </summary>
internal sealed class StoryShift(TimeToken[] tokens, int[] sentenceOf, TimeLexicon lexicon)
{
    public void Apply(List<(Parse Parse, Resolved? Resolved)> resolved)
    {
        for (var k = 1; k < resolved.Count; k++)
        {
            var (parse, r) = resolved[k];
            if (parse.Meaning is not Shift { Amount: > 0 } shift || r is not { Type: TimexType.Date, Anchor: { } anchor } || !AfterOperator(parse)) continue;
            if (WrittenDateBefore(resolved, k, shift.Unit) is not { } written || written.Date.Year >= anchor.Year || Planned(written.End, parse.Start)) continue;
            var story = written.Date;
            if (shift.Unit is not (TimeUnit.Day or TimeUnit.Week or TimeUnit.Month or TimeUnit.Year) || shift.Amount != decimal.Truncate(shift.Amount)) continue;
            var (d, value) = Counted(story, shift.Unit, (int)shift.Amount);
            resolved[k] = (parse with { Rule = parse.Rule + "+story" },
                r with { Value = value, Anchor = story, Date = shift.Unit is TimeUnit.Day ? d : null, Flags = [.. r.Flags, TimeFlags.EventRelative] });
        }
    }

    /// <summary>A day or period counted <paramref name="count"/> units from <paramref name="story"/>, and its value at that unit
    /// (a year for any unit other than a day, a week or a month).</summary>
    internal static (DateOnly Date, string Value) Counted(DateOnly story, TimeUnit unit, int count)
    {
        var date = unit switch
        {
            TimeUnit.Day => story.AddDays(count),
            TimeUnit.Week => story.AddDays(7 * count),
            TimeUnit.Month => story.AddMonths(count),
            _ => story.AddYears(count),
        };
        var value = unit switch
        {
            TimeUnit.Day => IsoFormat.Day(date),
            TimeUnit.Month => IsoFormat.Month(date),
            TimeUnit.Week => IsoFormat.Week(date),
            _ => IsoFormat.Year(date.Year),
        };
        return (date, value);
    }

    // A verb in the future between the written date and the length («بلغ عددها عام 1440 … وسترتفع بعد 5 أعوام»): a
    // plan counted from now.
    private bool Planned(int from, int to)
    {
        for (var i = from; i < to; i++)
            if (tokens[i].IsWord && FutureTense.Marks(tokens[i].Key)) return true;
        return false;
    }

    // The parse opens with the operator «بعد» (relative.tsv, category operator, value after).
    private bool AfterOperator(Parse parse) =>
        lexicon.Relative.TryMatch(tokens, parse.Start, out var op) && op.Value.Category == "operator" && op.Value.Value == "after";

    // The last date before expression k in its own sentence, if it is a written calendar date (its year given), at
    // least as fine as the unit counted from it.
    private (DateOnly Date, int End)? WrittenDateBefore(List<(Parse Parse, Resolved? Resolved)> resolved, int k, TimeUnit unit)
    {
        var sentence = sentenceOf[resolved[k].Parse.Start];
        for (var j = k - 1; j >= 0 && sentenceOf[resolved[j].Parse.Start] == sentence; j--)
        {
            var (parse, r) = resolved[j];
            if (r is not { Type: TimexType.Date }) continue;
            if (parse.Meaning is not CalendarDate { Year: { } year, YearShift: null, Hijri: false } written) return null;
            var fineEnough = unit switch
            {
                TimeUnit.Day or TimeUnit.Week => written.Day is not null && r.Date is not null,
                TimeUnit.Month => written.Month is not null,
                _ => true,
            };
            if (!fineEnough) return null;
            return (r.Date ?? new DateOnly(year, written.Month ?? 1, 1), parse.End);
        }
        return null;
    }
}
