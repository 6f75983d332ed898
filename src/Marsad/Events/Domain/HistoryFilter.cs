using Marsad.Time;

namespace Marsad.Events.Domain;

/// <summary>
/// Drops every act of an article that tells history, not news: a life of Attila («في القرن الخامس … عام 452 … عام
/// 453»), a king's wars, a battle of antiquity. An article is history when it writes at least <see cref="MinimumOld"/>
/// dates — years, decades or centuries it names outright, with no anchor — more than <see cref="HistoryYears"/> years
/// before the article's date, none of the present age, no day or month whose year the article's date supplies, and
/// more than twice as many of those old dates as times counted from the article's date into the present age («أمس»,
/// «العام التالي» read against the publication). So a news report of a raid yesterday on a temple of the first century
/// built in year 32 («أمس», «القرن الأول», «عام 32») stays news. The article's date is the publication date the time
/// step settled on (none: nothing is dropped). Runs with <see cref="BackgroundFilter"/>, which drops the old acts of
/// news articles one by one.
/// </summary>
public sealed class HistoryFilter
{
    private const int HistoryYears = 100;
    private const int MinimumOld = 2;

    /// <summary>Drops all of <paramref name="drafts"/> when <paramref name="text"/> tells history as of <paramref name="published"/>.</summary>
    public void Filter(EventText text, List<DraftEvent> drafts, DateOnly? published)
    {
        if (published is not { } today || drafts.Count == 0) return;
        int old = 0, recent = 0;
        foreach (var time in text.Times)
        {
            if (time.Type != TimexType.Date || LastYear(time) is not { } year) continue;
            if (time.Has(TimeFlags.YearInferred)) return;
            var modern = year > today.Year - HistoryYears;
            if (time.Anchor is null)
            {
                if (modern) return;
                old++;
            }
            else if (modern) recent++;
        }
        if (old >= MinimumOld && old > 2 * recent) drafts.Clear();
    }

    // The last year a date covers: 0452 of «عام 452», 0499 of the century «04», 1959 of the decade «195»; null for a
    // vague or unanchored value (PAST_REF, XXXX-09).
    private static int? LastYear(TimeExpression time)
    {
        var value = time.Value;
        var digits = 0;
        while (digits < value.Length && digits < 4 && char.IsAsciiDigit(value[digits])) digits++;
        if (digits == 0 || !int.TryParse(value.AsSpan(0, digits), out var number)) return null;
        return (digits, time.Granularity) switch
        {
            (4, _) => number,
            (3, TimeGranularity.Decade) => number * 10 + 9,
            (2, TimeGranularity.Century) => number * 100 + 99,
            _ => null,
        };
    }
}
