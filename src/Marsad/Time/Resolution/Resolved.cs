namespace Marsad.Time.Resolution;

/// <summary>A resolved time: its TIMEX3 type and value, granularity, the anchor it was read against, flags and its day when it has one.</summary>
internal sealed record Resolved(TimexType Type, string Value, TimeGranularity Granularity, DateOnly? Anchor, IReadOnlyList<string> Flags, DateOnly? Date = null)
{
    /// <summary>A calendar day.</summary>
    public static Resolved Day(DateOnly date, DateOnly? anchor, List<string> flags) =>
        new(TimexType.Date, IsoFormat.Day(date), TimeGranularity.Day, anchor, flags, date);
}
