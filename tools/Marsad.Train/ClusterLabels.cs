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

/// <summary>
/// A story label file (eval/stories.jsonl: <c>id</c>, <c>story</c>, and <c>unsure</c> with a reason when the story could
/// not be decided): the stories are complete among the labelled articles, so an article it does not list is in none.
/// </summary>
internal sealed record StoryLabels(IReadOnlyDictionary<string, string> Story, IReadOnlySet<string> Unsure)
{
    public static StoryLabels Read(string path)
    {
        var rows = File.ReadLines(path).Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => JsonDocument.Parse(line).RootElement)
            .Select(r => (Id: r.GetProperty("id").GetString()!, Story: r.GetProperty("story") is { ValueKind: JsonValueKind.String } s ? s.GetString() : null))
            .ToList();
        return new(rows.Where(r => r.Story is not null).ToDictionary(r => r.Id, r => "stories:" + r.Story, StringComparer.Ordinal),
            rows.Where(r => r.Story is null).Select(r => r.Id).ToHashSet(StringComparer.Ordinal));
    }
}
