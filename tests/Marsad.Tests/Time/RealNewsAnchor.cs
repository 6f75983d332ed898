using Marsad.Time;

namespace Marsad.Tests.Time;

/// <summary>
/// The publication date both real-news samples' class tests read against: Monday 10 August 2015 (25 Shawwal 1436 in Umm
/// al-Qura), inside SaudiNewsNet's three weeks.
/// </summary>
internal static class RealNewsAnchor
{
    public static readonly DateOnly Date = new(2015, 8, 10);

    public static IReadOnlyList<TimeExpression> Times(string text) => TimeRecognizer.Default.Recognize(text, Date);

    /// <summary>The one expression written exactly as <paramref name="expression"/>, or null.</summary>
    public static TimeExpression? Find(string text, string expression) =>
        Times(text).SingleOrDefault(t => t.Text == expression);
}
