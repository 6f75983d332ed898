using System.Runtime.InteropServices;

namespace Marsad.Bench;

/// <summary>
/// What the calling thread did besides running, read before and after a query, so a wall time splits into its parts
/// (Linux; zeros elsewhere): time runnable but waiting for a core (the scheduler's run_delay in
/// <c>/proc/thread-self/schedstat</c>: the machine's queue), garbage-collection pauses of the process
/// (<see cref="GC.GetTotalPauseDuration"/>: every managed thread is stopped while one runs) and collections started,
/// bytes this thread allocated, page faults that read from disk (a cold page of the memory-mapped index) and the
/// thread's voluntary context switches (it blocked: I/O, a lock, a GC suspension). Wall − thread CPU − run delay is
/// the time the thread was blocked.
/// </summary>
internal readonly record struct ThreadWaits(long RunDelayNs, TimeSpan GcPause, int Collections, long Allocated, long MajorFaults, long MinorFaults, long Voluntary, long Involuntary)
{
    public static ThreadWaits Now()
    {
        var collections = GC.CollectionCount(0) + GC.CollectionCount(1) + GC.CollectionCount(2);
        var usage = default(RUsage);
        if (OperatingSystem.IsLinux()) GetRUsage(1 /* RUSAGE_THREAD */, out usage);
        return new ThreadWaits(RunDelay(), GC.GetTotalPauseDuration(), collections, GC.GetAllocatedBytesForCurrentThread(),
            usage.MajorFaults, usage.MinorFaults, usage.VoluntarySwitches, usage.InvoluntarySwitches);
    }

    public static ThreadWaits operator -(ThreadWaits after, ThreadWaits before) => new(
        after.RunDelayNs - before.RunDelayNs, after.GcPause - before.GcPause, after.Collections - before.Collections,
        after.Allocated - before.Allocated, after.MajorFaults - before.MajorFaults, after.MinorFaults - before.MinorFaults,
        after.Voluntary - before.Voluntary, after.Involuntary - before.Involuntary);

    /// <summary>Nanoseconds the thread has spent runnable on a run queue, waiting for a core (0 when unavailable).</summary>
    private static long RunDelay()
    {
        if (!OperatingSystem.IsLinux()) return 0;
        try
        {
            // "cpu_time run_delay timeslices", nanoseconds.
            var fields = File.ReadAllText("/proc/thread-self/schedstat").Split(' ');
            return fields.Length > 1 && long.TryParse(fields[1], out var delay) ? delay : 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct RUsage
    {
        public long UserSeconds, UserMicroseconds, SystemSeconds, SystemMicroseconds;
        public long MaxResident, SharedText, UnsharedData, UnsharedStack;
        public long MinorFaults, MajorFaults, Swaps, BlockIn, BlockOut, MessagesSent, MessagesReceived, Signals;
        public long VoluntarySwitches, InvoluntarySwitches;
    }

    [DllImport("libc", EntryPoint = "getrusage")]
    private static extern int GetRUsage(int who, out RUsage usage);
}
