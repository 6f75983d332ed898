using Marsad.Documents;

namespace Marsad.Time;

public static class TimeLayers
{
    /// <summary>Time expressions in text order, each resolved against the article's (or an event's) date.</summary>
    public static readonly Layer<IReadOnlyList<TimeExpression>> Times = new("times");
}
