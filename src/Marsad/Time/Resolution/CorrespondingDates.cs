using Marsad.Time.Recognition;

namespace Marsad.Time.Resolution;

/// <summary>
/// «26 شوال 1436 هـ الموافق 10 أغسطس 2015 م»: a Hijri day and the Gregorian day the text says it falls on
/// (<c>الموافق</c> between them, in either order) name one day. Where the Umm al-Qura table puts the Hijri day a day
/// or two away (a month begun by sighting, or the writer's own reckoning), the written Gregorian day stands for both.
/// </summary>
internal sealed class CorrespondingDates(TimeToken[] tokens)
{
    /// <summary>How far apart the two may be and still be one day: the Hijri month's start moves by a day or two.</summary>
    private const int MaxDrift = 2;

    public void Apply(List<(Parse Parse, Resolved? Resolved)> resolved)
    {
        for (var k = 0; k + 1 < resolved.Count; k++)
        {
            var (first, firstDay) = resolved[k];
            var (second, secondDay) = resolved[k + 1];
            if (firstDay?.Date is not { } a || secondDay?.Date is not { } b || a == b || !Linked(first.End, second.Start)) continue;
            if (Math.Abs(a.DayNumber - b.DayNumber) > MaxDrift) continue;
            if (IsHijriDay(first) && IsGregorianDay(second)) resolved[k] = (first, firstDay with { Value = secondDay.Value, Date = b });
            else if (IsGregorianDay(first) && IsHijriDay(second)) resolved[k + 1] = (second, secondDay with { Value = firstDay.Value, Date = a });
        }
    }

    // «الموافق» alone between the two, a comma allowed before it.
    private bool Linked(int end, int start)
    {
        var at = end;
        if (at < start && tokens[at].Kind == TimeTokenKind.Punct && tokens[at].Key is "،" or ",") at++;
        return at + 1 == start && tokens[at].Key == Glue.Muwafiq;
    }

    private static bool IsHijriDay(Parse p) => p.Meaning is CalendarDate { Hijri: true, Day: not null, Month: not null };

    private static bool IsGregorianDay(Parse p) => p.Meaning is CalendarDate { Hijri: false, Day: not null, Month: not null };
}
