using System.Globalization;
using Marsad.Documents;

namespace Marsad.Time;

/// <summary>
/// Estimates when an undated article was published from the times it writes out in full: the latest full date
/// (day, month and written year) whose weekday, if given, agrees; failing that the latest written month and year.
/// A text with no written year gets no date: a year guessed from nothing would look like evidence and is not.
/// </summary>
public static class ArticleDater
{
    public static PublicationDate Estimate(IReadOnlyList<TimeExpression> times)
    {
        var full = times
            .Where(t => t.Type == TimexType.Date && t.Granularity == TimeGranularity.Day && IsWritten(t) && !t.Has(TimeFlags.WeekdayMismatch))
            .Select(t => (Time: t, Date: DateOnly.ParseExact(t.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture)))
            .OrderByDescending(x => x.Date)
            .FirstOrDefault();
        if (full.Time is not null)
        {
            var weekday = full.Time.Rule.Contains("weekday+", StringComparison.Ordinal) ? ", its weekday agrees" : "";
            return new PublicationDate(At(full.Date), Estimated: true,
                $"latest full date in the text: «{full.Time.Text}» = {full.Time.Value}{weekday}");
        }
        var month = times
            .Where(t => t.Type == TimexType.Date && t.Granularity == TimeGranularity.Month && IsWritten(t))
            .Select(t => (Time: t, Date: DateOnly.ParseExact(t.Value, "yyyy-MM", CultureInfo.InvariantCulture)))
            .OrderByDescending(x => x.Date)
            .FirstOrDefault();
        if (month.Time is not null)
            return new PublicationDate(At(month.Date), Estimated: true,
                $"month-level: latest month and year in the text: «{month.Time.Text}» = {month.Time.Value}; the day is unknown (set to the 1st)");
        var undated = times.Where(t => t.Has(TimeFlags.CalendarDate) && !t.Has(TimeFlags.Since) && t.Value.StartsWith("XXXX", StringComparison.Ordinal)).Select(t => $"«{t.Text}»").ToList();
        var what = undated.Count > 0 ? $"; it names {string.Join(", ", undated)} without a year" : "";
        return new PublicationDate(null, Estimated: true, $"no date with a written year in the text{what}");
    }

    /// <summary>Written out, not inferred: a date whose year the text gives (not from an anchor, not «أمس»).</summary>
    private static bool IsWritten(TimeExpression t) =>
        t.Has(TimeFlags.CalendarDate)
            ? !t.Has(TimeFlags.YearInferred) && !t.Value.StartsWith("XXXX", StringComparison.Ordinal) && !t.Rule.Contains("relative", StringComparison.Ordinal)
              && !t.Rule.Contains("direction", StringComparison.Ordinal)
            : false;

    private static DateTimeOffset At(DateOnly date) => new(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
