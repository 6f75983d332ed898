namespace Marsad.Events;

/// <summary>
/// Whether an event's date (a day, month or year in ISO form: 2024-03-08, 2024-03, 2024) falls before, within or after
/// the article's day, compared at the date's own granularity: the month or year the article is in is neither before nor
/// after it. Other values (a season «2024-SU», a week) are not compared.
/// </summary>
public static class ArticleDayOrder
{
    /// <summary>Negative before the article's day, zero when it holds it, positive after; null when not comparable.</summary>
    public static int? Compare(string? value, DateOnly? published)
    {
        if (value is null || published is not { } day || value.Length is not (4 or 7 or 10)) return null;
        for (var i = 0; i < value.Length; i++)
            if (i is 4 or 7 ? value[i] != '-' : !char.IsAsciiDigit(value[i])) return null;
        var today = day.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        return Math.Sign(string.CompareOrdinal(value, today[..value.Length]));
    }
}
