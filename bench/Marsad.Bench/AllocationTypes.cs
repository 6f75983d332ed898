using System.Collections.Concurrent;
using System.Diagnostics.Tracing;

namespace Marsad.Bench;

/// <summary>
/// What a pass allocates, by type: the runtime's allocation ticks (an event about every 100 KB a heap allocates,
/// naming the type of the object that crossed the mark), counted per type while listening. A sample, not a count: a
/// type's share of the ticks is its share of the bytes allocated, to within the sampling. Bench only
/// (<c>search-cpu --alloc-types</c>), to find where a search's garbage comes from.
/// </summary>
internal sealed class AllocationTypes : EventListener
{
    private const EventKeywords GcKeyword = (EventKeywords)0x1;
    private readonly ConcurrentDictionary<string, long> _bytes = new(StringComparer.Ordinal);
    private volatile bool _listening;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime") EnableEvents(source, EventLevel.Verbose, GcKeyword);
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (!_listening || e.EventName is not { } name || !name.StartsWith("GCAllocationTick", StringComparison.Ordinal) || e.Payload is null) return;
        var type = e.PayloadNames?.IndexOf("TypeName") is int at and >= 0 ? e.Payload[at] as string ?? "?" : "?";
        var amount = e.PayloadNames?.IndexOf("AllocationAmount64") is int big and >= 0 ? Convert.ToInt64(e.Payload[big]) : 100_000;
        _bytes.AddOrUpdate(type, amount, (_, sum) => sum + amount);
    }

    public void Start() => _listening = true;

    public void Stop() => _listening = false;

    /// <summary>The types that took the most ticks, with their sampled KB per query.</summary>
    public string Top(int count, int queries) => string.Join("\n", _bytes.OrderByDescending(p => p.Value).Take(count)
        .Select(p => $"  {p.Value / 1024.0 / queries,8:F1} KB  {p.Value * 100.0 / Math.Max(1, _bytes.Values.Sum()),5:F1}%  {p.Key}"));
}
