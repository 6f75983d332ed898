using System.Text.Json;
using Marsad.Reporting;

namespace Marsad.Time;

/// <summary>The times section of the readable report: each expression, its normalized value, type and flags.</summary>
public static class TimeReport
{
    public static ReportSection? Report(JsonElement article)
    {
        if (!article.TryGetProperty("times", out var times) || times.GetArrayLength() == 0) return null;
        var section = new ReportSection("times");
        foreach (var time in times.EnumerateArray())
        {
            var flags = time.GetProperty("flags").EnumerateArray().Select(f => f.GetString()!).ToList();
            section.Line(
                time.GetProperty("text").GetString()!,
                new(" → ", ReportStyle.Muted),
                new(time.GetProperty("value").GetString()!, ReportStyle.Value),
                " " + time.GetProperty("type").GetString(),
                new(flags.Count > 0 ? $" ({string.Join(", ", flags)})" : "", ReportStyle.Muted));
        }
        return section;
    }
}
