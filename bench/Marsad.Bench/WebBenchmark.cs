using System.Diagnostics;
using System.Globalization;
using Marsad.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Spectre.Console;

namespace Marsad.Bench;

/// <summary>
/// The web pages over a real store: <c>marsad serve</c>'s app on a loopback port, each page loaded <c>--loads</c> times in
/// turn after one warm-up, timed from request to the last byte of its HTML (the pages run no script and their stylesheet
/// is cached after the first visit, so a browser renders once the HTML is in; p50/p95), with the bytes of the HTML and
/// of a first visit (HTML plus stylesheet, icon and the two font files). Pages: home, the largest story and a typical
/// one (the story with the median number of articles among those with more than one outlet), the largest story's JSON
/// twin, a search, the events and incidents pages, the entity in most articles, the longest article and one of median
/// length (its text and every mark cut into runs), and while some article is in no story yet, <c>/api/stories/</c> of
/// the newest such article (a read that reports what is pending, never places them). CPU per load is this process's
/// (server and client). Args: --data DIR (a folder made by <c>marsad analyze</c>, e.g. of the whole SaudiNewsNet corpus)
/// [--loads 30] [--query الرياض].
/// </summary>
public sealed class WebBenchmark : IBenchmark
{
    private static readonly string[] Assets =
        ["/assets/marsad.css", "/assets/favicon.svg", "/assets/noto-naskh-arabic-arabic-400-normal.woff2", "/assets/noto-naskh-arabic-arabic-700-normal.woff2"];

    public string Name => "web";

    public string Description => "web pages at a real store (--data DIR): time to the whole HTML p50/p95 per page, bytes per page and per first visit";

    public int Run(string[] args)
    {
        if (BenchArgs.String(args, "--data") is not { } data || !File.Exists(Path.Combine(data, "marsad.db")))
        {
            Console.Error.WriteLine("MARSAD-B002 give --data DIR, a data folder made by `marsad analyze` (e.g. of ../shared/data/saudinewsnet/saudinewsnet.jsonl.gz).");
            return 2;
        }
        var loads = BenchArgs.Int(args, "--loads") ?? 30;
        var query = BenchArgs.String(args, "--query") ?? "الرياض";
        var (articles, analysed, largest, typical, unplaced) = Describe(data);
        var (entity, longest, median) = Samples(data);
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "?";
        Console.WriteLine($"{articles:N0} articles ({analysed:N0} analysed) in {data}; {loads} loads per page after one warm-up; load average at start {load}.");
        return RunAsync(data, loads, query, largest, typical, unplaced, entity, longest, median).GetAwaiter().GetResult();
    }

    private static async Task<int> RunAsync(string data, int loads, string query, (string Id, int Articles) largest, (string Id, int Articles) typical, string? unplaced,
        (string Id, long Articles) entity, (string Id, int Chars) longest, (string Id, int Chars) median)
    {
        await using var app = MarsadApi.Build(new MarsadApiOptions { DataFolder = data }, "http://127.0.0.1:0");
        await app.StartAsync();
        var url = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        using var client = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromSeconds(60) };
        // As a browser asks; no automatic decompression, so the bytes counted are the bytes transferred.
        client.DefaultRequestHeaders.AcceptEncoding.ParseAdd("br, gzip");
        long assetBytes = 0;
        foreach (var asset in Assets) assetBytes += (await client.GetByteArrayAsync(asset)).Length;

        var pages = new List<(string Name, string Path)>
        {
            ("home", "/"),
            ($"story, largest ({largest.Articles:N0} articles)", "/stories/" + Uri.EscapeDataString(largest.Id)),
            ($"story, typical ({typical.Articles:N0} articles)", "/stories/" + Uri.EscapeDataString(typical.Id)),
            ($"search «{query}»", "/search?q=" + Uri.EscapeDataString(query)),
            ("events", "/events"),
            ("incidents", "/incidents"),
            ($"entity, most mentioned ({entity.Articles:N0} articles)", Marsad.Api.Web.Display.Entity(entity.Id)),
            ($"article, longest ({longest.Chars:N0} chars)", Marsad.Api.Web.Display.Article(longest.Id)),
            ($"article, median ({median.Chars:N0} chars)", Marsad.Api.Web.Display.Article(median.Id)),
            // Last: before /api/stories/{id} only read, it first placed every unplaced article (minutes on a large store).
            ("story JSON, largest", "/api/stories/" + Uri.EscapeDataString(largest.Id)),
        };
        if (unplaced is not null) pages.Add(("story JSON of an unplaced article (404, pending)", "/api/stories/" + Uri.EscapeDataString(unplaced)));
        var table = new Table().AddColumns("page", "first load ms / CPU ms", "p50 ms", "p95 ms", "max ms", "CPU ms/load", "HTML KB", "first visit KB", "< 300 ms, < 500 KB");
        foreach (var (name, path) in pages)
        {
            if (path.EndsWith("/stories/", StringComparison.Ordinal)) continue; // no story placed yet
            var warm = Stopwatch.StartNew();
            var warmCpu = Process.GetCurrentProcess().TotalProcessorTime;
            var (status, bytes) = await Load(client, path);
            // The first load after the server starts is the first after a store change too (the stamped caches are
            // empty), plus the page's one-time compilation.
            var first = $"{F(warm.Elapsed.TotalMilliseconds)} / {F((Process.GetCurrentProcess().TotalProcessorTime - warmCpu).TotalMilliseconds)}";
            if (status == 0)
            {
                table.AddRow(Markup.Escape(name), "-", "-", "-", "-", "-", "-", "-", $"[red]no answer in {warm.Elapsed.TotalSeconds:N0} s[/]");
                continue;
            }
            if (status != 200 && !path.StartsWith("/api/", StringComparison.Ordinal))
            {
                table.AddRow(Markup.Escape(name), first, "-", "-", "-", "-", "-", "-", $"HTTP {status}");
                continue;
            }
            var times = new List<double>(loads);
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            for (var i = 0; i < loads; i++)
            {
                var watch = Stopwatch.StartNew();
                await Load(client, path);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            var cpuPerLoad = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds / loads;
            times.Sort();
            var p95 = Percentile(times, 0.95);
            // A JSON twin has no stylesheet or fonts to fetch: its first visit is its body.
            var firstVisit = (bytes + (path.StartsWith("/api/", StringComparison.Ordinal) ? 0 : assetBytes)) / 1024.0;
            table.AddRow(Markup.Escape(name), first, F(Percentile(times, 0.5)), F(p95), F(times[^1]), F(cpuPerLoad), F(bytes / 1024.0), F(firstVisit),
                (p95 < 300 && firstVisit < 500 ? "yes" : "[red]no[/]") + (status == 200 ? "" : $" (HTTP {status})"));
        }
        AnsiConsole.Write(table);
        var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "?";
        Console.WriteLine($"Load average at the end {load} (2 cores shared with other work: wall-clock figures are inflated accordingly); CPU: this process, server and client.");
        // A request the client gave up on may still be running on the server: stop without waiting for it, so the
        // benchmark ends when its table is out.
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await app.StopAsync(stop.Token);
        }
        catch (OperationCanceledException)
        {
        }
        return 0;
    }

    private static async Task<(int Status, long Bytes)> Load(HttpClient client, string path)
    {
        try
        {
            using var response = await client.GetAsync(path);
            var body = await response.Content.ReadAsByteArrayAsync();
            return ((int)response.StatusCode, body.Length);
        }
        catch (TaskCanceledException)
        {
            return (0, 0); // over the client's timeout
        }
    }

    /// <summary>Articles, analysed articles, the story with most articles, a typical multi-outlet story, and an article in no story yet (or null).</summary>
    private static (long, long, (string, int), (string, int), string?) Describe(string data)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "marsad.db")};Mode=ReadOnly");
        connection.Open();
        long Scalar(string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
        }
        var stories = new List<(string Id, int Articles, int Outlets)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = """
                SELECT g.story_id, count(*), count(DISTINCT coalesce(a.outlet, a.source_path)) FROM story_assignments g JOIN articles a ON a.id = g.article_id
                GROUP BY g.story_id ORDER BY count(*) DESC, g.story_id
                """;
            using var reader = command.ExecuteReader();
            while (reader.Read()) stories.Add((reader.GetString(0), reader.GetInt32(1), reader.GetInt32(2)));
        }
        var multi = stories.Where(s => s.Outlets > 1).ToList();
        var typical = multi.Count > 0 ? multi[multi.Count / 2] : stories.Count > 0 ? stories[stories.Count / 2] : ("", 0, 0);
        var largest = stories.Count > 0 ? stories[0] : ("", 0, 0);
        string? unplaced;
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT a.id FROM articles a WHERE NOT EXISTS (SELECT 1 FROM story_assignments g WHERE g.article_id = a.id) ORDER BY a.rowid DESC LIMIT 1";
            unplaced = command.ExecuteScalar() as string;
        }
        var counts = (Scalar("SELECT count(*) FROM articles"), Scalar("SELECT count(*) FROM analyses"));
        SqliteConnection.ClearPool(connection);
        return (counts.Item1, counts.Item2, (largest.Item1, largest.Item2), (typical.Item1, typical.Item2), unplaced);
    }

    /// <summary>The entity in most articles, and the longest analysed article and the one of median length.</summary>
    private static ((string, long), (string, int), (string, int)) Samples(string data)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "marsad.db")};Mode=ReadOnly");
        connection.Open();
        (string, long) entity = ("", 0);
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT id, article_count FROM entities ORDER BY article_count DESC, id LIMIT 1";
            using var reader = command.ExecuteReader();
            if (reader.Read()) entity = (reader.GetString(0), reader.GetInt64(1));
        }
        var lengths = new List<(string Id, int Chars)>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT a.id, length(a.text) FROM articles a JOIN analyses n ON n.article_id = a.id ORDER BY length(a.text), a.id";
            using var reader = command.ExecuteReader();
            while (reader.Read()) lengths.Add((reader.GetString(0), reader.GetInt32(1)));
        }
        SqliteConnection.ClearPool(connection);
        return lengths.Count == 0 ? (entity, ("", 0), ("", 0)) : (entity, lengths[^1], lengths[lengths.Count / 2]);
    }

    private static double Percentile(List<double> sorted, double p) => sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    private static string F(double value) => value.ToString("N1", CultureInfo.InvariantCulture);
}
