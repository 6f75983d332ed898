using System.Text.Json;
using Marsad.Search;
using Marsad.Storage;
using Spectre.Console;

namespace Marsad.Bench;

/// <summary>
/// CPU of one search over a real store, query by query: what <c>GET /api/search</c> and the search page pay per request
/// (the <see cref="SearchService"/> call as the server makes it — one long-lived service, the store connection passed
/// in — and the JSON written). Each query runs <c>--per</c> times per round after a warm-up of all (40 passes), for <c>--rounds</c> rounds;
/// the figure is the searching thread's CPU per query (clock_gettime of the thread, which a loaded machine does not
/// inflate as it does wall time), best and median round, split by phase. Queries: one word with many hits, the same by
/// date, with an outlet filter and with a date range, a phrase, a two-word query and a rare word. The store is only
/// read, but open a copy: opening a store may migrate it. Args: --data DIR [--rounds 5] [--per 20] [--query الرياض] [--queries N (the first N only:
/// a loop to profile)] [--texts "Q1;Q2;…" (these queries, as written, instead of the eight)] [--cache (keep large passes
/// per reader, as a server does: every search after the first is then answered from CollectedCache; off by default, so
/// each search does its whole pass)] [--no-split (conjunctions of frequent words scored as written, not as
/// FrequentConjunction splits them)] [--dump FILE (each query's JSON, one line a query)]
/// [--mix N [--articles 30000] (the search bench's mix of N queries drawn from that many corpus articles, instead of the eight)
/// [--varied-dates (each date query's range its own, a seeded 1–30 days either side of its day, as users' ranges differ:
/// the mix's own ranges are one month around one of its 18 days, too few to fill a segment's filter sets)]]
/// [--rounds 0 (the first searches only: no warm-up, no table)] [--alloc-types (the first searches' allocations sampled by
/// type: <see cref="AllocationTypes"/>)]. After the first searches: their thread CPU and wall
/// percentiles (the first query, which pays the JIT, left out), the slowest 5% by wall split into CPU and run-queue
/// wait, and the filter sets (<see cref="FilterBits"/>) reused and built.
/// </summary>
public sealed class SearchCpuBenchmark : IBenchmark
{
    public string Name => "search-cpu";

    public string Description => "CPU per search query at a real store (--data DIR): best and median round, by phase";

    public int Run(string[] args)
    {
        if (BenchArgs.String(args, "--data") is not { } data || !File.Exists(Path.Combine(data, "marsad.db")))
        {
            Console.Error.WriteLine("MARSAD-B002 give --data DIR, a copy of a data folder with a search index (marsad reindex).");
            return 2;
        }
        var rounds = BenchArgs.Int(args, "--rounds") ?? 5;
        var per = BenchArgs.Int(args, "--per") ?? 20;
        var word = BenchArgs.String(args, "--query") ?? "الرياض";
        using var store = MarsadStore.Open(data);
        // As `serve` makes it, with the store's change watch (see SearchBenchmark).
        using var watch = new IndexStampWatch(store.Location);
        using var service = SearchService.ForFolder(store, watch);
        var timings = new SearchTimings();
        service.Timings = timings;
        if (!args.Contains("--cache")) service.CacheFrom = null;
        if (args.Contains("--no-split")) service.SplitConjunctions = false;
        var outlet = MostCommonOutlet(store);
        SearchQuery[] queries =
        [
            new(word),
            new(word) { Sort = SearchSort.Date },
            new(word) { Outlet = outlet },
            new(word) { From = new DateOnly(2015, 6, 1), To = new DateOnly(2015, 12, 31) },
            new("\"ولي العهد\""),
            new("وزير الخارجية"),
            new("الهجمات"),
            new("كوالالمبور"),
        ];
        if (BenchArgs.Int(args, "--mix") is { } mix)
        {
            // The search bench's mix (same corpus articles, same seed), as `search --queries N` draws it.
            if (SaudiNewsNet.LocateOrSay(null) is not { } corpus) return 2;
            var records = SaudiNewsNet.Read(corpus, BenchArgs.Int(args, "--articles") ?? 30_000).ToList();
            var mixed = BenchQuery.Mixed(records, mix, new Random(42));
            if (args.Contains("--varied-dates")) mixed = VariedDates(mixed, new Random(43));
            queries = [.. mixed.Select(q => q.ToSearchQuery())];
        }
        if (BenchArgs.String(args, "--texts") is { } texts)
            queries = [.. texts.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => new SearchQuery(t))];
        Console.WriteLine($"{data}: load {Load()}; {rounds} rounds × {per} searches per query, thread CPU per search.");
        var table = new Table().AddColumn("query").AddColumn("total").AddColumn("first ms").AddColumn("search CPU best / median ms").AddColumn("JSON ms").AddColumn("process CPU ms").AddColumn("allocated KB")
            .AddColumn("refresh / collect / articles / snippets ms (median round)").AddColumn("KB by phase");
        queries = [.. queries.Take(BenchArgs.Int(args, "--queries") ?? queries.Length)];
        // Each query's first search (what it builds for later ones included; the first query also pays the JIT), and
        // with --dump FILE its JSON, one line a query, to compare the results of two runs byte for byte.
        var first = new Dictionary<SearchQuery, double>();
        var results = new List<SearchResult>(queries.Length);
        SearchResult FirstSearch(SearchQuery query)
        {
            var at = SearchTimings.Start().Cpu;
            var result = service.Search(query, store);
            first[query] = (SearchTimings.Start().Cpu - at) / 1e6;
            results.Add(result);
            return result;
        }
        if (queries.Length > 0) FirstSearch(queries[0]);
        var setsAt = FilterBits.CacheCounts();
        var next = 1;
        timings.Clear();
        using var types = args.Contains("--alloc-types") ? new AllocationTypes() : null;
        types?.Start();
        var firstPass = QueryPass.Run([.. queries.Skip(1).Select(q => new BenchQuery("query", Describe(q), []))], _ => FirstSearch(queries[next++]).Total, warmUp: false);
        if (types is not null)
        {
            // The runtime's events reach the listener from a thread of their own, a little late.
            Thread.Sleep(2000);
            types.Stop();
        }
        var sets = FilterBits.CacheCounts();
        var measured = Math.Max(1, queries.Length - 1);
        Console.WriteLine($"first searches, KB allocated a query by phase (refresh / collect / articles / snippets): " +
            string.Join(" / ", Enum.GetValues<SearchPhase>().Select(p => (timings.Allocated(p) / 1024.0 / measured).ToString("F1"))) +
            $"; all queries: {firstPass.Waits(tail: false)}; collector over the pass: {firstPass.Collections}");
        if (types is not null) Console.WriteLine($"sampled allocations of the first searches by type, KB a query:\n{types.Top(25, measured)}");
        var (reused, built) = (sets.Reused - setsAt.Reused, sets.Built - setsAt.Built);
        Console.WriteLine($"first searches of the {queries.Length - 1} after the first (load {Load()}): thread CPU p50 / p95 / p99 {firstPass.Cpu} " +
            $"(mean {firstPass.CpuMean:F2}, {first.Values.Skip(1).Sum():F1} in all); wall {firstPass.Wall}; slowest 5% by wall: {firstPass.Waits(tail: true)}; " +
            $"most CPU: {firstPass.Slowest(5)}; filter sets reused {reused:N0}, built {built:N0} (hit rate {(reused + built == 0 ? 0 : (double)reused / (reused + built)):P1})");
        if (BenchArgs.String(args, "--dump") is { } dumpPath)
        {
            using var dump = File.CreateText(dumpPath);
            foreach (var result in results)
            {
                using var buffer = new MemoryStream();
                using (var writer = new Utf8JsonWriter(buffer)) SearchJsonWriter.Write(result, writer);
                dump.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.ToArray()));
            }
        }
        results.Clear();
        if (rounds == 0) return 0;
        // Warm-up: every query, often enough for the JIT's tiers to settle before any is measured.
        for (var i = 0; i < 40; i++)
            foreach (var query in queries) Write(service.Search(query, store));
        foreach (var query in queries)
        {
            var cpu = new List<double>();
            var json = new List<double>();
            var phases = new List<double[]>();
            var phaseBytes = new List<double[]>();
            var process = new List<double>();
            var allocated = new List<double>();
            long total = 0;
            for (var round = 0; round < rounds; round++)
            {
                timings.Clear();
                double searchNs = 0, jsonNs = 0;
                var processAt = System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime;
                var bytesAt = GC.GetAllocatedBytesForCurrentThread();
                for (var i = 0; i < per; i++)
                {
                    var at = SearchTimings.Start().Cpu;
                    var result = service.Search(query, store);
                    var searched = SearchTimings.Start().Cpu;
                    Write(result);
                    jsonNs += SearchTimings.Start().Cpu - searched;
                    searchNs += searched - at;
                    total = result.Total;
                }
                process.Add((System.Diagnostics.Process.GetCurrentProcess().TotalProcessorTime - processAt).TotalMilliseconds / per);
                allocated.Add((GC.GetAllocatedBytesForCurrentThread() - bytesAt) / 1024.0 / per);
                cpu.Add(searchNs / per / 1e6);
                json.Add(jsonNs / per / 1e6);
                phaseBytes.Add([.. Enum.GetValues<SearchPhase>().Select(p => timings.Allocated(p) / 1024.0 / per)]);
                phases.Add([.. Enum.GetValues<SearchPhase>().Select(p => timings.Cpu(p).TotalMilliseconds / per)]);
            }
            var median = cpu.Order().ElementAt(cpu.Count / 2);
            var medianRound = cpu.IndexOf(median);
            table.AddRow(Markup.Escape(Describe(query)), total.ToString("N0"), $"{first[query]:F2}", $"{cpu.Min():F2} / {median:F2}", $"{json.Order().ElementAt(json.Count / 2):F2}",
                $"{process.Order().ElementAt(process.Count / 2):F2}", $"{allocated.Order().ElementAt(allocated.Count / 2):N0}",
                string.Join(" / ", phases[medianRound].Select(v => v.ToString("F2"))), string.Join(" / ", phaseBytes[medianRound].Select(v => v.ToString("N0"))));
        }
        // Wide enough for every column when the output goes to a file.
        AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 200);
        AnsiConsole.Write(table);
        Console.WriteLine($"load {Load()}");
        return 0;
    }

    /// <summary>Each date query's range moved to its own: 1–30 days before its day to 0–30 after (the mix's ranges are
    /// its day ± 15).</summary>
    private static List<BenchQuery> VariedDates(List<BenchQuery> mixed, Random random) =>
        [.. mixed.Select(q => q.From is { } from ? q with { From = from.AddDays(15 - random.Next(1, 31)), To = from.AddDays(15 + random.Next(0, 31)) } : q)];

    private static void Write(SearchResult result)
    {
        using var writer = new Utf8JsonWriter(Stream.Null);
        SearchJsonWriter.Write(result, writer);
    }

    private static string Describe(SearchQuery q) =>
        q.Text + (q.Sort == SearchSort.Date ? " (by date)" : "") + (q.Outlet is { } o ? $" outlet={o}" : "") +
        (q.From is { } f ? $" {f:yyyy-MM-dd}..{q.To:yyyy-MM-dd}" : "");

    private static string? MostCommonOutlet(MarsadStore store)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = "SELECT outlet FROM articles GROUP BY outlet ORDER BY count(*) DESC LIMIT 1";
        return command.ExecuteScalar() as string;
    }

    private static string Load() => File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ')[..3]) : "?";
}
