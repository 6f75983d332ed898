using System.Globalization;
using Marsad.LanguageData;
using Marsad.Text.Normalization;
using Marsad.Time.Recognition;

namespace Marsad.Time.Resolution;

/// <summary>
/// «هجمات 11 سبتمبر»، «ثورة 25 يناير»: a yearless day and month right after a noun of an event that the day names
/// (Resources/Time/named-event-dates.tsv) is the event's day in its year, not the occurrence nearest the anchor; once the
/// text has named the event so, its other yearless mentions of that day and month are the event's day too.
/// </summary>
internal sealed class NamedEventDates(TimeToken[] tokens)
{
    private static readonly Lazy<(Dictionary<(int Day, int Month), int> Years, HashSet<string> Nouns)> s_data = new(() =>
    {
        var years = new Dictionary<(int, int), int>();
        var nouns = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in LanguageFile.DataLines("Time", "named-event-dates.tsv"))
        {
            var cells = line.Text.Split('\t');
            if (cells[0] == "date") years[(int.Parse(cells[1], CultureInfo.InvariantCulture), int.Parse(cells[2], CultureInfo.InvariantCulture))] = int.Parse(cells[3], CultureInfo.InvariantCulture);
            else if (cells[0] == "noun") nouns.Add(MatchingKey.Of(cells[1].Trim()));
        }
        return (years, nouns);
    });

    public void Apply(List<(Parse Parse, Resolved? Resolved)> resolved)
    {
        var named = new Dictionary<(int, int), int>();
        foreach (var (parse, r) in resolved)
            if (r is not null && Yearless(parse.Meaning) is { } key && s_data.Value.Years.TryGetValue(key, out var year) && AfterEventNoun(parse.Start))
                named[key] = year;
        if (named.Count == 0) return;
        for (var k = 0; k < resolved.Count; k++)
        {
            var (parse, r) = resolved[k];
            if (r is null || Yearless(parse.Meaning) is not { } key || !named.TryGetValue(key, out var year)) continue;
            var day = new DateOnly(year, key.Month, key.Day);
            resolved[k] = (parse, r with { Value = IsoFormat.Day(day), Date = day, Anchor = null, Flags = [.. r.Flags.Where(f => f != TimeFlags.YearInferred)] });
        }
    }

    private static (int Day, int Month)? Yearless(TimeMeaning meaning) =>
        meaning is CalendarDate { Year: null, YearShift: null, MonthDirection: null, MonthShift: null, Hijri: false, Month: { } month, Day: { } day } ? (day, month) : null;

    private bool AfterEventNoun(int i) =>
        i > 0 && tokens[i - 1].IsWord && tokens[i - 1].Readings.Any(r => s_data.Value.Nouns.Contains(r.Word));
}
