using System.Globalization;

namespace Marsad.Views;

/// <summary>
/// The <c>from</c>/<c>to</c> filters on publication dates: an ISO-8601 day (<c>2024-03-15</c>) or instant. A bare day
/// given as <c>to</c> includes the whole day, so <c>--from 2024-03-15 --to 2024-03-15</c> is that day.
/// </summary>
public static class DateBound
{
    /// <summary>The inclusive lower bound, or null when <paramref name="value"/> is empty.</summary>
    public static DateTimeOffset? From(string? value, string name = "from") => Parse(value, name, endOfDay: false);

    /// <summary>The exclusive upper bound: the next day for a bare day, the instant itself plus one tick otherwise.</summary>
    public static DateTimeOffset? To(string? value, string name = "to") => Parse(value, name, endOfDay: true);

    private static DateTimeOffset? Parse(string? value, string name, bool endOfDay)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            var start = new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
            return endOfDay ? start.AddDays(1) : start;
        }
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
            return endOfDay ? instant.AddTicks(1) : instant;
        throw ViewException.Invalid($"{name} '{value}' is not a date: use YYYY-MM-DD or an ISO-8601 instant.");
    }
}
