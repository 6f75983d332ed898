using System.Text.Json;
using Marsad.Reporting;

namespace Marsad.Entities;

/// <summary>The entities section of the readable report: per type, each entity with every form it was written in.</summary>
public static class EntityReport
{
    public static ReportSection? Report(JsonElement article)
    {
        if (!article.TryGetProperty("entities", out var entities) || entities.GetArrayLength() == 0) return null;
        var section = new ReportSection("entities");
        foreach (var group in entities.EnumerateArray().GroupBy(e => e.GetProperty("type").GetString()!).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var line = new List<ReportSpan> { new(group.Key, ReportStyle.Label) };
            var first = true;
            foreach (var entity in group)
            {
                line.Add(new(first ? " " : " · ", ReportStyle.Muted));
                first = false;
                var name = entity.GetProperty("name_ar").GetString()!;
                var mentions = entity.GetProperty("mentions").EnumerateArray().ToList();
                line.Add(name);
                var forms = mentions.Select(m => m.GetProperty("text").GetString()!).Distinct(StringComparer.Ordinal).Where(t => t != name).ToList();
                if (forms.Count > 0) line.Add(new(" = " + string.Join(" = ", forms), ReportStyle.Muted));
                if (mentions.Any(m => m.TryGetProperty("loaded", out var loaded) && loaded.GetBoolean()))
                    line.Add(new(" (loaded term)", ReportStyle.Warning));
            }
            section.Line([.. line]);
        }
        return section;
    }
}
