using System.Diagnostics;

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

/// <summary>Wall time spent per <see cref="SearchPhase"/> over many searches: where a search's time goes (bench only).</summary>
internal sealed class SearchTimings
{
    private readonly long[] _ticks = new long[Enum.GetValues<SearchPhase>().Length];

    public void Add(SearchPhase phase, long startedTimestamp) =>
        Interlocked.Add(ref _ticks[(int)phase], Stopwatch.GetTimestamp() - startedTimestamp);

    public TimeSpan this[SearchPhase phase] => Stopwatch.GetElapsedTime(0, Interlocked.Read(ref _ticks[(int)phase]));

    public void Clear() => Array.Clear(_ticks);
}
