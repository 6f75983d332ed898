using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Marsad.Search;

internal enum SearchPhase
{
    /// <summary>Reading the store's index stamp, entity check, query parsing, refreshing the searcher when it changed.</summary>
    Refresh,

    /// <summary>The one pass over every match: facets, groups, best hits.</summary>
    Collect,

    /// <summary>Stored ids of the hits shown and their articles read from the store.</summary>
    Articles,

    /// <summary>Term vectors of the hits shown and their snippets.</summary>
    Snippets,
}

/// <summary>
/// Wall time, CPU time and allocated bytes of the calling thread spent per <see cref="SearchPhase"/> over many searches: where a
/// search's time goes (bench only). CPU time is what a loaded machine does not inflate; it is read on Linux only.
/// </summary>
internal sealed class SearchTimings
{
    private readonly long[] _wall = new long[Enum.GetValues<SearchPhase>().Length];
    private readonly long[] _cpu = new long[Enum.GetValues<SearchPhase>().Length];
    private readonly long[] _bytes = new long[Enum.GetValues<SearchPhase>().Length];

    public readonly record struct Mark(long Wall, long Cpu, long Bytes);

    public static Mark Start() => new(Stopwatch.GetTimestamp(), ThreadCpuNanoseconds(), GC.GetAllocatedBytesForCurrentThread());

    public void Add(SearchPhase phase, Mark started)
    {
        Interlocked.Add(ref _wall[(int)phase], Stopwatch.GetTimestamp() - started.Wall);
        Interlocked.Add(ref _cpu[(int)phase], ThreadCpuNanoseconds() - started.Cpu);
        Interlocked.Add(ref _bytes[(int)phase], GC.GetAllocatedBytesForCurrentThread() - started.Bytes);
    }

    public TimeSpan Wall(SearchPhase phase) => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _wall[(int)phase]));

    public TimeSpan Cpu(SearchPhase phase) => TimeSpan.FromTicks(Interlocked.Read(ref _cpu[(int)phase]) / 100);

    /// <summary>Bytes the calling thread allocated in a phase (garbage collections a search causes cost every thread).</summary>
    public long Allocated(SearchPhase phase) => Interlocked.Read(ref _bytes[(int)phase]);

    public void Clear()
    {
        Array.Clear(_bytes);
        Array.Clear(_wall);
        Array.Clear(_cpu);
    }

    /// <summary>CPU time of the calling thread in nanoseconds (0 off Linux).</summary>
    public static long ThreadCpuNanoseconds()
    {
        if (!OperatingSystem.IsLinux()) return 0;
        return ClockGetTime(3 /* CLOCK_THREAD_CPUTIME_ID */, out var time) == 0 ? time.Seconds * 1_000_000_000 + time.Nanoseconds : 0;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct TimeSpec
    {
        public long Seconds;
        public long Nanoseconds;
    }

    [DllImport("libc", EntryPoint = "clock_gettime")]
    private static extern int ClockGetTime(int clock, out TimeSpec time);
}
