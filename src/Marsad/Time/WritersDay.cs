namespace Marsad.Time;

/// <summary>
/// «قال مسؤولون إن 14 جنديا قتلوا اليوم (الاثنين)» in an article stamped Tuesday: the wire dateline names the writer's
/// day beside a deictic day, so that day, not the stamp (a crawl or the next morning's print), is the article's today,
/// and every deictic day of it («صباح اليوم», «أمس») counts from there. Read only from the dateline form, a deictic day
/// with its weekday in parentheses right after it, when the weekday falls one or two days before the deictic day as the
/// stamp resolved it (a later stamp never makes the writer's day later); every such pair of the article must agree.
/// Bare «اليوم الاثنين» or «بعد غد الاثنين» are not read (a match's or a forecast's weekday: time README, the writer's-day
/// rule tried and dropped).
/// </summary>
internal static class WritersDay
{
    // How many days a stamp may lag the day the article was written.
    private const int MaxLag = 2;

    private const string DeicticRule = Recognition.RelativeRules.DeicticRule;
    private const string WeekdayRule = Recognition.DateRules.WeekdayRule;

    /// <summary>The writer's day, when a dateline pair shows one before <paramref name="anchor"/>; null otherwise.</summary>
    public static DateOnly? Of(IReadOnlyList<TimeExpression> times, string text, DateOnly anchor)
    {
        int? lag = null;
        for (var i = 0; i + 1 < times.Count; i++)
        {
            var deictic = times[i];
            var weekday = times[i + 1];
            if (deictic.Rule != DeicticRule || weekday.Rule != WeekdayRule || !InParentheses(text, deictic.Span.End, weekday.Span)) continue;
            if (!DateOnly.TryParseExact(deictic.Value, "yyyy-MM-dd", out var said) || !DateOnly.TryParseExact(weekday.Value, "yyyy-MM-dd", out var named)) continue;
            var days = said.DayNumber - named.DayNumber;
            if (lag is { } earlier && earlier != days) return null;
            lag = days;
        }
        return lag is >= 1 and <= MaxLag ? anchor.AddDays(-lag.Value) : null;
    }

    /// <summary>The day the article's deictic days were counted from (the writer's day <see cref="Of"/> found, else the
    /// stamp): what «today» is for the acts the article tells as not yet done.</summary>
    public static DateOnly? Today(IReadOnlyList<TimeExpression>? times, DateOnly? stamped) =>
        times?.FirstOrDefault(t => t.Rule == DeicticRule && t.Anchor is not null)?.Anchor is { } counted && stamped is { } stamp && counted < stamp
            ? counted : stamped;

    // «اليوم (الاثنين)»: only spaces and an opening parenthesis between the deictic day and the weekday, a closing one after it.
    private static bool InParentheses(string text, int from, Documents.TextSpan weekday)
    {
        var open = false;
        for (var c = from; c < weekday.Start; c++)
        {
            if (text[c] == '(' && !open) open = true;
            else if (!char.IsWhiteSpace(text[c])) return false;
        }
        var after = weekday.End;
        while (after < text.Length && char.IsWhiteSpace(text[after])) after++;
        return open && after < text.Length && text[after] == ')';
    }
}
