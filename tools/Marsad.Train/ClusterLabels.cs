using System.Text.Json;

namespace Marsad.Train;

/// <summary>One labelled article of a same-event set: its corpus id, gold event and story, crawl time, and which file it came from.</summary>
internal sealed record LabelledArticle(string Id, string Event, string? Story, string Fetched, string Set);

/// <summary>
/// Reads a same-event label file in the development set's format (one JSON object a line: <c>id</c>, <c>fetched</c>,
/// <c>event</c>, <c>story</c>; other fields ignored). Lines starting with <c>#</c> are the file's header (how the
/// articles were chosen and labelled, eval/clusters.jsonl) and are skipped. Labels are prefixed with
/// <paramref name="prefix"/> so that two files' events never share a label by accident (the development set's are
/// read unprefixed: its halves are drawn by a hash of the label and stay the halves earlier figures were measured on).
/// </summary>
internal static class ClusterLabels
{
    public static List<LabelledArticle> Read(string path, string set, string prefix) =>
        [.. File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(r => new LabelledArticle(
                r.GetProperty("id").GetString()!,
                prefix + r.GetProperty("event").GetString()!,
                r.TryGetProperty("story", out var story) && story.ValueKind == JsonValueKind.String ? prefix + story.GetString() : null,
                r.GetProperty("fetched").GetString()!,
                set))];
}
