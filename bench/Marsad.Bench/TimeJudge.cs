using System.Globalization;

namespace Marsad.Bench;

/// <summary>
/// How a peer's answer counts as correct on a test-set line, one rule for every system:
/// some answer whose matched text overlaps the expected expression in the sentence must carry the same calendar
/// value at the expected granularity — the same day for 2022-09-12, the same year and month for 2022-09, the same
/// year for 2022, the same ISO week for 2022-W36, the same decade for 198, the same day, hour and minute for
/// 2022-09-12T10:00, the same day for 2022-09-12TMO, both ends for a range a/b. A peer that returns only points in
/// time (dateparser) cannot express durations, sets or PAST_REF, so those lines count against it; the table also
/// reports the "point values" subset where both can answer. A trap line (type NONE) is correct when nothing overlaps it.
/// Marsad is judged by this rule (lenient) and by the test's rule (exact text, type, value, flags).
/// </summary>
internal static class TimeJudge
{
    public static bool IsPointValue(string type, string value) =>
        type is "DATE" or "TIME" && !value.EndsWith("_REF", StringComparison.Ordinal);

    public static bool Correct(string type, string expectedValue, (int Start, int End) expected, IReadOnlyList<(int Start, int End, DateTime? Point, string? Iso)> answers)
    {
        var overlapping = answers.Where(a => a.Start < expected.End && expected.Start < a.End).ToList();
        if (type == "NONE") return overlapping.Count == 0;
        if (expectedValue.Contains('/'))
        {
            var ends = expectedValue.Split('/');
            return overlapping.Any(a => Agrees(ends[0], a)) && overlapping.Any(a => Agrees(ends[1], a));
        }
        return overlapping.Any(a => Agrees(expectedValue, a));
    }

    private static bool Agrees(string expected, (int Start, int End, DateTime? Point, string? Iso) answer)
    {
        if (answer.Iso is { } iso) return iso == expected || (iso.Contains('/') && iso.Split('/').Contains(expected));
        if (answer.Point is not { } p) return false;
        var ci = CultureInfo.InvariantCulture;
        if (expected.Length == 10 && expected[4] == '-' && expected[7] == '-') return p.ToString("yyyy-MM-dd", ci) == expected;
        if (expected.Length == 7 && expected[4] == '-') return p.ToString("yyyy-MM", ci) == expected;
        if (expected.Length == 4 && int.TryParse(expected, out var year)) return p.Year == year;
        if (expected.Length == 3 && int.TryParse(expected, out var decade)) return p.Year / 10 == decade;
        if (expected.Length == 8 && expected[5] == 'W')
            return $"{ISOWeek.GetYear(p):0000}-W{ISOWeek.GetWeekOfYear(p):00}" == expected;
        if (expected.Length == 16 && expected[10] == 'T') return p.ToString("yyyy-MM-ddTHH:mm", ci) == expected;
        if (expected.Length == 13 && expected[10] == 'T') return p.ToString("yyyy-MM-dd", ci) == expected[..10];
        return false;
    }
}
