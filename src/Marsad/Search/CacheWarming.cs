using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Marsad.Search;

/// <summary>
/// Keeps in advance, on a server's new index reader, the first page of a search for each of the index's most frequent
/// words (by relevance, no filter: <see cref="SearchQuery"/>'s defaults), in the reader's <see cref="CollectedCache"/>,
/// so the first user to search one of them is answered as a repeated search is. A word in most articles («على»: 250,822
/// of 292,841) costs 13–20 ms of CPU on its first search, every match scored and counted into the facets and its group,
/// and the answer is a property of the reader alone; a refresh (ingest, analysis, rebuild) brings a new reader, which is
/// warmed again. Only words whose pass the cache would keep anyway (<see cref="CollectedCache.From"/> articles or more),
/// the most frequent <see cref="Words"/> of them: what each costs is what its first search would have cost, spent on a
/// background thread instead of a request's. Exact: the same pass (<see cref="SearchService.Collect"/>) a search makes.
/// Before the words, the searches users made that the previous reader kept (<see cref="CollectedCache.Asked"/>: a frequent
/// word with a filter, another sort, a costly phrase) are searched again on the new one, most recent first: an ingest
/// every few minutes would otherwise make every user pay their first pass again after each refresh.
/// </summary>
internal static class CacheWarming
{
    /// <summary>Words warmed per reader: a quarter of what a reader keeps (<see cref="CollectedCache.Capacity"/>), so the
    /// searches users make still have room.</summary>
    public const int Words = 32;

    /// <summary>Users' searches carried over from the previous reader: another quarter of <see cref="CollectedCache.Capacity"/>.</summary>
    public const int Carried = 32;

    /// <summary>What one reader's warming did: the users' searches carried over from the previous reader and the words
    /// chosen (most frequent first), how many passes of each it kept, and the warming thread's CPU and wall time, choosing
    /// the words (a walk over the text field's terms) and searching them all.</summary>
    public sealed record Outcome(IReadOnlyList<string> Words, int Kept, TimeSpan ChooseCpu, TimeSpan SearchCpu, TimeSpan Wall)
    {
        public int CarriedKept { get; init; }
    }

    /// <summary>Searches <paramref name="carried"/> again, then chooses the <paramref name="count"/> most frequent words
    /// of the reader (at least <paramref name="minimum"/> articles each), and keeps all their passes in <paramref name="cache"/>.</summary>
    public static Outcome Run(IndexSearcher searcher, CollectedCache cache, int count, long minimum, IReadOnlyList<SearchQuery> carried, CancellationToken stop = default)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var cpu = SearchTimings.ThreadCpuNanoseconds();
        var carriedKept = Carry(searcher, cache, carried, stop);
        var carriedDone = SearchTimings.ThreadCpuNanoseconds();
        var words = MostFrequent(searcher.IndexReader, count, minimum);
        var chosen = SearchTimings.ThreadCpuNanoseconds();
        var kept = Warm(searcher, cache, words, stop);
        var done = SearchTimings.ThreadCpuNanoseconds();
        return new Outcome(words, kept, Nanoseconds(chosen - carriedDone), Nanoseconds(done - chosen + carriedDone - cpu), System.Diagnostics.Stopwatch.GetElapsedTime(started))
        {
            CarriedKept = carriedKept,
        };

        static TimeSpan Nanoseconds(long ns) => TimeSpan.FromTicks(ns / TimeSpan.NanosecondsPerTick);
    }

    /// <summary>The <paramref name="count"/> terms of the text field in the most articles, at least <paramref name="minimum"/>
    /// each, most frequent first (ties: the term first in byte order).</summary>
    public static List<string> MostFrequent(IndexReader reader, int count, long minimum)
    {
        if (count <= 0 || MultiFields.GetTerms(reader, SearchFields.Text) is not { } terms) return [];
        // Least frequent on top, the one a more frequent term pushes out; between equals the later term goes first.
        var heap = new PriorityQueue<string, (int Frequency, string Term)>(count + 1, Comparer<(int Frequency, string Term)>.Create(
            (a, b) => a.Frequency != b.Frequency ? a.Frequency.CompareTo(b.Frequency) : string.CompareOrdinal(b.Term, a.Term)));
        var enumerator = terms.GetEnumerator();
        while (enumerator.MoveNext())
        {
            var frequency = enumerator.DocFreq;
            if (frequency < minimum) continue;
            if (heap.Count == count && heap.TryPeek(out _, out var least) && frequency <= least.Frequency) continue;
            var term = enumerator.Term.Utf8ToString();
            heap.Enqueue(term, (frequency, term));
            if (heap.Count > count) heap.Dequeue();
        }
        var result = new List<string>(heap.Count);
        while (heap.Count > 0) result.Add(heap.Dequeue());
        result.Reverse();
        return result;
    }

    /// <summary>Searches each of <paramref name="asked"/> (most recent first) as a user asked it, parsed and shaped for this
    /// reader, and keeps its pass as asked in its old place (so it is carried on to the next reader too, behind what users
    /// ask of this one); returns how many were kept.</summary>
    public static int Carry(IndexSearcher searcher, CollectedCache cache, IReadOnlyList<SearchQuery> asked, CancellationToken stop = default)
    {
        var kept = 0;
        for (var place = 0; place < asked.Count; place++)
        {
            if (stop.IsCancellationRequested) break;
            var query = asked[place];
            var parsed = QueryBuilder.Parse(query);
            var text = QueryBuilder.Text(parsed, searcher.IndexReader);
            var key = CollectedCache.Key.Of(query, text, parsed.Filters);
            if (cache.Find(key) is not null) continue;
            cache.Keep(key, SearchService.Collect(searcher, parsed, text, query), query, carried: place);
            kept++;
        }
        return kept;
    }

    /// <summary>Searches each term as a one-word query and keeps its pass in <paramref name="cache"/>; returns how many
    /// were kept (a word already kept by a user's search is left as it is). Stops before the next word once
    /// <paramref name="stop"/> is set.</summary>
    public static int Warm(IndexSearcher searcher, CollectedCache cache, IEnumerable<string> terms, CancellationToken stop = default)
    {
        var kept = 0;
        foreach (var term in terms)
        {
            if (stop.IsCancellationRequested) break;
            var query = new SearchQuery(term);
            var parsed = new QueryBuilder.Parsed(QueryBuilder.Word(term), []);
            var text = QueryBuilder.Text(parsed, searcher.IndexReader);
            var key = CollectedCache.Key.Of(query, text, parsed.Filters);
            if (cache.Find(key) is not null) continue;
            cache.Keep(key, SearchService.Collect(searcher, parsed, text, query));
            kept++;
        }
        return kept;
    }
}
