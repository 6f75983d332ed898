using System.IO.Compression;
using System.Text.Json;

namespace Marsad.Bench;

/// <summary>
/// The SaudiNewsNet corpus in ../shared, the real news every harness measures on. Found through MARSAD_SHARED or
/// the first "shared" folder above the current directory or the bench binary; read streaming, never whole.
/// </summary>
internal static class SaudiNewsNet
{
    public const string RelativePath = "data/saudinewsnet/saudinewsnet.jsonl.gz";

    public static string? Locate()
    {
        var fromEnv = Environment.GetEnvironmentVariable("MARSAD_SHARED");
        if (!string.IsNullOrEmpty(fromEnv)) return Path.Combine(fromEnv, RelativePath);
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", RelativePath);
                if (File.Exists(candidate)) return candidate;
            }
        return null;
    }

    /// <summary>The corpus path, or a message on stderr and null when ../shared is absent.</summary>
    public static string? LocateOrSay(string? given = null)
    {
        var path = given ?? Locate();
        if (path is not null && File.Exists(path)) return path;
        Console.Error.WriteLine($"MARSAD-B001 {given ?? "../shared/" + RelativePath} not found: set MARSAD_SHARED to the shared folder or pass the corpus path.");
        return null;
    }

    /// <summary>The first <paramref name="count"/> records with a non-empty text, in file order.</summary>
    public static IEnumerable<Record> Read(string path, int count)
    {
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var read = 0;
        while (read < count && reader.ReadLine() is { } line)
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            if (!root.TryGetProperty("text", out var t) || t.GetString() is not { } text || string.IsNullOrWhiteSpace(text)) continue;
            read++;
            yield return new Record(
                root.TryGetProperty("id", out var id) ? id.ToString() : $"line-{read}",
                root.TryGetProperty("outlet", out var outlet) ? outlet.GetString() : null,
                root.TryGetProperty("fetched", out var fetched) ? fetched.GetString() : null,
                text,
                root.TryGetProperty("title", out var title) ? title.GetString() : null);
        }
    }

    /// <summary>
    /// Midday (UTC) of the day a record was crawled, which stands for its publication date (EVENTS_README §4.5): it
    /// anchors weekdays and lets the background and history filters run as on dated news. Null without a date.
    /// </summary>
    public static DateTimeOffset? CrawlDate(string? fetched) =>
        fetched is { Length: >= 10 } day
            ? DateTimeOffset.Parse(day[..10] + "T12:00:00Z", System.Globalization.CultureInfo.InvariantCulture) : null;

    public sealed record Record(string Id, string? Outlet, string? Fetched, string Text, string? Title = null)
    {
        /// <summary>The crawl date standing for the publication date (<see cref="CrawlDate"/>).</summary>
        public DateTimeOffset? Crawled => CrawlDate(Fetched);
    }
}
