using System.Diagnostics;
using Marsad.Search;

namespace Marsad.Bench;

/// <summary>
/// One timed pass over the benchmark's queries, after a warm-up pass: each query's wall time and the CPU time of the
/// thread that ran it (clock_gettime of the thread: the work itself, which a loaded machine stretches in wall time but
/// not in CPU time), plus the whole process's CPU per query (garbage collection and JIT threads included). On a
/// machine shared with other jobs a wall percentile says how long the queue of runnable threads was as much as how
/// long the query took; the thread CPU percentile is the query's own cost, so both are reported.
/// </summary>
internal sealed class QueryPass
{
    private readonly List<double> _wall;
    private readonly List<double> _cpu;
    private readonly List<(BenchQuery Query, double Cpu, long Result)> _each;
    private readonly List<(double Wall, double Cpu, ThreadWaits Waits)> _waits;

    private QueryPass(List<double> wall, List<double> cpu, List<(BenchQuery, double, long)> each, List<(double, double, ThreadWaits)> waits, double processCpuMean, double meanResult)
    {
        _wall = wall;
        _cpu = cpu;
        _each = each;
        _waits = waits;
        ProcessCpuMean = processCpuMean;
        MeanResult = meanResult;
    }

    /// <summary>Mean CPU per query of the whole process over the timed pass, ms.</summary>
    public double ProcessCpuMean { get; }

    /// <summary>Mean of what <c>run</c> returned (hits or matching articles) per query.</summary>
    public double MeanResult { get; }

    public double WallP99 => Percentile(_wall, 0.99);

    /// <summary>p50 / p95 / p99 of wall time, ms.</summary>
    public string Wall => Format(_wall);

    /// <summary>p50 / p95 / p99 of the querying thread's CPU time, ms.</summary>
    public string Cpu => Format(_cpu);

    /// <summary>Mean of the querying thread's CPU time per query, ms.</summary>
    public double CpuMean => _cpu.Average();

    /// <summary>The queries that cost the most thread CPU: the tail a p99 is made of.</summary>
    public string Slowest(int count) => string.Join("; ", _each.OrderByDescending(e => e.Cpu).Take(count)
        .Select(e => $"{e.Query.Kind} «{e.Query.Text}»{(e.Query.Outlet is { } o ? " outlet=" + o : "")}{(e.Query.From is { } f ? $" {f:yyyy-MM-dd}..{e.Query.To:yyyy-MM-dd}" : "")} {e.Cpu:F1} ms, {e.Result:N0}"));

    /// <summary>The thread CPU of the queries named (as <c>kind «text»</c>), in the order they ran.</summary>
    public string Of(IReadOnlyCollection<string> named) => string.Join("; ", _each.Where(e => named.Contains($"{e.Query.Kind} «{e.Query.Text}»"))
        .Select(e => $"{e.Query.Kind} «{e.Query.Text}» {e.Cpu:F1} ms"));

    /// <summary>
    /// Where the wall time went, over all queries and over the slowest 5% by wall time (the p95–p100 tail): means of
    /// wall, thread CPU, run-queue wait, GC pause and the rest (blocked), ms; collections, KB allocated, disk page faults
    /// and voluntary switches per query.
    /// </summary>
    public string Waits(bool tail)
    {
        var chosen = tail
            ? _waits.OrderByDescending(w => w.Wall).Take(Math.Max(1, _waits.Count / 20)).ToList()
            : _waits;
        double Mean(Func<(double Wall, double Cpu, ThreadWaits Waits), double> of) => chosen.Average(of);
        var wall = Mean(w => w.Wall);
        var cpu = Mean(w => w.Cpu);
        var queue = Mean(w => w.Waits.RunDelayNs / 1e6);
        var gc = Mean(w => w.Waits.GcPause.TotalMilliseconds);
        return $"{wall:F1} = CPU {cpu:F1} + run queue {queue:F1} + blocked {wall - cpu - queue:F1} (of it GC pause {gc:F1}) ms; " +
            $"{Mean(w => w.Waits.Collections):F2} GCs, {Mean(w => w.Waits.Allocated) / 1024:F0} KB, " +
            $"{Mean(w => w.Waits.MajorFaults):F1} disk / {Mean(w => w.Waits.MinorFaults):F0} minor faults, " +
            $"{Mean(w => w.Waits.Voluntary):F1} voluntary / {Mean(w => w.Waits.Involuntary):F1} involuntary switches a query";
    }

    /// <summary>
    /// The collector over the timed pass: its mode, the collections by generation, their total pause and the longest
    /// pause within one query, and the heap after the last collection.
    /// </summary>
    public string Collections { get; private init; } = "";

    /// <summary>Times one pass; with <paramref name="warmUp"/> false the timed pass is each query's first (the JIT and
    /// the page cache already warm from an earlier pass of the same process).</summary>
    public static QueryPass Run(List<BenchQuery> queries, Func<BenchQuery, long> run, Action? afterWarmUp = null, bool warmUp = true)
    {
        if (warmUp)
            foreach (var query in queries) run(query); // warm-up: JIT, caches, the OS page cache of this index
        afterWarmUp?.Invoke();
        var wall = new List<double>(queries.Count);
        var cpu = new List<double>(queries.Count);
        var each = new List<(BenchQuery, double, long)>(queries.Count);
        var waits = new List<(double, double, ThreadWaits)>(queries.Count);
        long results = 0;
        var process = ProcessCpu();
        int[] gens = [GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2)];
        var pauseAt = GC.GetTotalPauseDuration();
        foreach (var query in queries)
        {
            var waitsAt = ThreadWaits.Now();
            var started = Stopwatch.GetTimestamp();
            var threadAt = SearchTimings.ThreadCpuNanoseconds();
            var result = run(query);
            results += result;
            cpu.Add((SearchTimings.ThreadCpuNanoseconds() - threadAt) / 1e6);
            each.Add((query, cpu[^1], result));
            wall.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            waits.Add((wall[^1], cpu[^1], ThreadWaits.Now() - waitsAt));
        }
        var processMean = (ProcessCpu() - process).TotalMilliseconds / queries.Count;
        var info = GC.GetGCMemoryInfo();
        var collections = $"{(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} " +
            $"({System.Runtime.GCSettings.LatencyMode}, {GC.GetConfigurationVariables().GetValueOrDefault("HeapCount")} heaps" +
            $"{(AppContext.GetData("System.GC.NoAffinitize") is "true" or true ? ", not affinitized" : "")}): " +
            $"gen0/1/2 {GC.CollectionCount(0) - gens[0]}/{GC.CollectionCount(1) - gens[1]}/{GC.CollectionCount(2) - gens[2]}, " +
            $"pause {(GC.GetTotalPauseDuration() - pauseAt).TotalMilliseconds:F1} ms in all, longest in one query " +
            $"{waits.Max(w => w.Item3.GcPause.TotalMilliseconds):F1} ms; heap {info.HeapSizeBytes / 1048576.0:F0} MB, " +
            $"gen0 budget {GC.GetConfigurationVariables().GetValueOrDefault("GCGen0MaxBudget")}";
        wall.Sort();
        cpu.Sort();
        return new QueryPass(wall, cpu, each, waits, processMean, (double)results / queries.Count) { Collections = collections };
    }

    /// <summary>Nearest-rank percentile of sorted values.</summary>
    public static double Percentile(List<double> sorted, double p) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    private static string Format(List<double> sorted) =>
        $"{Percentile(sorted, 0.50):F1} / {Percentile(sorted, 0.95):F1} / {Percentile(sorted, 0.99):F1} ms";

    private static TimeSpan ProcessCpu()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
