using System.Globalization;
using Marsad.Documents;
using Marsad.Time.Lexicon;
using Marsad.Time.Recognition;
using Marsad.Time.Resolution;

namespace Marsad.Time;

/// <summary>
/// The event an event-relative expression counts from («بعد شهر ونصف من إعلانه قطع العلاقات»): the words naming the
/// event (<see cref="Span"/> into the original text), the offset as an ISO-8601 duration (<c>P1.5M</c>; a leading minus
/// for «قبل»), and whether the article itself dated the event. When it did not, another article that dates the event
/// can: <see cref="Shift"/> moves that date by the offset with the time step's own arithmetic.
/// </summary>
public sealed record EventOffset(TextSpan Span, string Text, string Offset, bool Dated)
{
    /// <summary>The event date moved by an offset written as <see cref="Offset"/> is: the date (ISO value) and granularity.</summary>
    public static (string Value, DateOnly Date, TimeGranularity Granularity)? Shift(string offset, DateOnly eventDate)
    {
        ArgumentNullException.ThrowIfNull(offset);
        var sign = offset.StartsWith('-') ? -1 : 1;
        var body = offset.TrimStart('-');
        if (body.Length < 3 || body[0] != 'P' || body[1] == 'T') return null;
        var unit = body[^1] switch { 'Y' => TimeUnit.Year, 'M' => TimeUnit.Month, 'W' => TimeUnit.Week, 'D' => TimeUnit.Day, _ => (TimeUnit?)null };
        if (unit is null || !decimal.TryParse(body[1..^1], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)) return null;
        try
        {
            var resolved = ShiftResolution.FromEvent(new DurationMeaning(unit.Value, amount), sign, eventDate, eventFound: true, []);
            return resolved.Date is { } date ? (resolved.Value, date, resolved.Granularity) : null;
        }
        catch (Exception e) when (TimeResolver.OutsideCalendar(e))
        {
            return null;
        }
    }

    internal static string Format(DurationMeaning offset, int sign) => (sign < 0 ? "-" : "") + IsoFormat.Duration(offset);
}
