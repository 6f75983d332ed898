using System.Globalization;
using System.Text.RegularExpressions;
using Marsad.Time;

namespace Marsad.Ingest;

/// <summary>
/// Reads the publication date a source gives (a JSON field, a sidecar, an HTML meta tag) as the source meant it:
/// <list type="bullet">
/// <item>All-numeric dates (<c>05/07/2015</c>, <c>5.7.2015 14:30</c>) by the stated <see cref="DateOrder"/>, never by the
/// machine's culture; a four-digit first number is a year whatever the order (ISO-8601 included).</item>
/// <item>Dates with month names (<c>Sun, 05 Jul 2015 10:00:00 GMT</c>) by the invariant culture: a named month is not ambiguous.</item>
/// <item>Arabic dates (<c>5 يوليو 2015</c>, <c>٥ تموز ٢٠١٥</c>, Hijri) by the time grammar, when it reads the whole value as one day.</item>
/// </list>
/// Arabic-Indic digits are read as digits. A time without an offset is taken as UTC, so the same input always gives the
/// same instant. A year before <see cref="EarliestYear"/> or after next year is refused: a wrong date is worse than none
/// for the time step, which then dates the article from its text.
/// </summary>
public static partial class SourceDates
{
    public const int EarliestYear = 1800;

    [GeneratedRegex(@"^(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})(?:(?:\s+|T|,\s*)(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*([AaPp][Mm])?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC|GMT)?$")]
    private static partial Regex NumericDate();

    /// <summary>The instant <paramref name="value"/> names, or false with <paramref name="failure"/> saying why not.</summary>
    public static bool TryParse(string? value, DateOrder order, out DateTimeOffset time, out string? failure)
    {
        time = default;
        failure = null;
        if (string.IsNullOrWhiteSpace(value))
        {
            failure = "it is empty";
            return false;
        }
        var text = AsciiDigits(value.Trim());
        var numeric = NumericDate().Match(text);
        bool parsed;
        if (numeric.Success && numeric.Groups[1].Length < 4) parsed = TryNumeric(numeric, order, out time, out failure);
        else if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out time))
            parsed = true;
        else parsed = TryArabic(value, out time);
        if (!parsed)
        {
            failure ??= "it is not a date Marsad can read";
            return false;
        }
        if (time.Year < EarliestYear || time.Year > DateTime.UtcNow.Year + 1)
        {
            failure = $"its year {time.Year} cannot be a news article's";
            return false;
        }
        return true;
    }

    private static bool TryNumeric(Match match, DateOrder order, out DateTimeOffset time, out string? failure)
    {
        time = default;
        failure = null;
        var a = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
        var b = int.Parse(match.Groups[2].Value, CultureInfo.InvariantCulture);
        var c = int.Parse(match.Groups[3].Value, CultureInfo.InvariantCulture);
        var (year, month, day, yearDigits) = order switch
        {
            DateOrder.Dmy => (c, b, a, match.Groups[3].Length),
            DateOrder.Mdy => (c, a, b, match.Groups[3].Length),
            _ => (a, b, c, match.Groups[1].Length),
        };
        if (yearDigits is not (2 or 4))
        {
            failure = $"its year has {yearDigits} digit(s) when read as {Name(order)}";
            return false;
        }
        if (yearDigits == 2) year += year <= 49 ? 2000 : 1900;
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(Math.Clamp(year, 1, 9999), month))
        {
            failure = $"read as {Name(order)} (--date-order {order.ToString().ToLowerInvariant()}) it has no such day; check the date order";
            return false;
        }
        var hour = match.Groups[4].Success ? int.Parse(match.Groups[4].Value, CultureInfo.InvariantCulture) : 0;
        var minute = match.Groups[5].Success ? int.Parse(match.Groups[5].Value, CultureInfo.InvariantCulture) : 0;
        var second = match.Groups[6].Success ? int.Parse(match.Groups[6].Value, CultureInfo.InvariantCulture) : 0;
        if (match.Groups[7].Success)
        {
            if (hour is < 1 or > 12) { failure = "its hour does not fit AM/PM"; return false; }
            hour = hour % 12 + (char.ToUpperInvariant(match.Groups[7].Value[0]) == 'P' ? 12 : 0);
        }
        if (hour > 23 || minute > 59 || second > 59)
        {
            failure = "its time of day is out of range";
            return false;
        }
        var offset = TimeSpan.Zero;
        if (match.Groups[8].Success && match.Groups[8].Value[0] is '+' or '-')
        {
            var digits = match.Groups[8].Value[1..].Replace(":", "");
            offset = new TimeSpan(int.Parse(digits[..2], CultureInfo.InvariantCulture), int.Parse(digits[2..], CultureInfo.InvariantCulture), 0);
            if (match.Groups[8].Value[0] == '-') offset = -offset;
            if (offset.Duration() > TimeSpan.FromHours(14)) { failure = "its UTC offset is out of range"; return false; }
        }
        time = new DateTimeOffset(year, month, day, hour, minute, second, offset);
        return true;
    }

    // «5 يوليو 2015», «الأحد ٥ تموز ٢٠١٥», Hijri dates: one day-granular date that covers the value, with its year given.
    private static bool TryArabic(string value, out DateTimeOffset time)
    {
        time = default;
        if (!value.Any(c => c is >= '\u0600' and <= '\u06FF')) return false;
        var found = TimeRecognizer.Default.Recognize(value, anchor: null);
        if (found.Count != 1) return false;
        var date = found[0];
        if (date.Type != TimexType.Date || date.Granularity != TimeGranularity.Day || date.Has(TimeFlags.YearInferred)
            || date.Span.Length < value.Trim().Length * 2 / 3
            || !DateOnly.TryParseExact(date.Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            return false;
        time = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return true;
    }

    private static string Name(DateOrder order) => order switch
    {
        DateOrder.Dmy => "day/month/year",
        DateOrder.Mdy => "month/day/year",
        _ => "year/month/day",
    };

    private static string AsciiDigits(string value)
    {
        if (!value.Any(c => c is >= '\u0660' and <= '\u0669' or >= '\u06F0' and <= '\u06F9')) return value;
        return string.Create(value.Length, value, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                span[i] = c switch
                {
                    >= '\u0660' and <= '\u0669' => (char)('0' + c - '\u0660'),
                    >= '\u06F0' and <= '\u06F9' => (char)('0' + c - '\u06F0'),
                    _ => c,
                };
            }
        });
    }
}
