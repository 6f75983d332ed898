using System.Diagnostics;
using Marsad.Documents;
using Marsad.Search;
using Marsad.Storage;
using Microsoft.Data.Sqlite;

namespace Marsad.Bench;

/// <summary>
/// First searches after a refresh, as a server sees them when an ingest lands between two visits of its users: a server's
/// service (warming on) opens the index and warms its frequent words; the users ask each query once; one new article is
/// stored and indexed (a commit, so the service's next search opens a new reader, as an ingest does); the new reader is
/// warmed with the users' kept searches carried over (<see cref="CacheWarming.Carried"/>) and the frequent words; the
/// users ask each query once more. The first users' pass is the same pass without anything carried (a reader warmed
/// with words only), so the two passes compare within one run at one load. The refresh writes the index, so it runs
/// on a copy of the store and index when they are kept (<c>--keep</c>): a kept index stays one segment for later runs.
/// </summary>
internal static class CarriedSearches
{
    public static Dictionary<string, string> Run(string folder, bool copy, List<BenchQuery> queries)
    {
        var figures = new Dictionary<string, string>();
        var working = copy ? Copy(folder, figures) : folder;
        try
        {
            using var store = MarsadStore.Open(working);
            using var watch = new IndexStampWatch(store.Location);
            using var service = SearchService.ForFolder(store, watch);
            var before = FirstSearches(service, store, queries, out var beforeWarming);
            figures["carry-over: first reader warmed (words only), users' first searches: wall p50 / p95 / p99"] = before.Pass.Wall;
            figures["carry-over:   before: thread CPU p50 / p95 / p99 (mean); answered from the cache"] =
                $"{before.Pass.Cpu} ({before.Pass.CpuMean:F2} ms); {before.Answered} of {queries.Count}";

            var refresh = Stopwatch.StartNew();
            var id = Ingest(store);
            using (var writer = SearchIndexWriter.OpenForUpdate(store, out var status)
                ?? throw new InvalidOperationException($"The index cannot be updated: {status.Describe()}"))
                writer.Update([id]);
            figures["carry-over: refresh (one new article stored, indexed, committed)"] = $"{refresh.Elapsed.TotalMilliseconds:F0} ms wall";

            var after = FirstSearches(service, store, queries, out var afterWarming);
            if (ReferenceEquals(afterWarming, beforeWarming))
                throw new InvalidOperationException("The service did not open a new reader after the refresh.");
            figures["carry-over: new reader's warming: users' searches carried over and kept; words kept; CPU searching; wall"] =
                $"{afterWarming.CarriedKept} (at most {CacheWarming.Carried}); {afterWarming.Kept} of {afterWarming.Words.Count}; " +
                $"{afterWarming.SearchCpu.TotalMilliseconds:F0} ms; {afterWarming.Wall.TotalMilliseconds:F0} ms";
            figures["carry-over: after the refresh, users' searches again: wall p50 / p95 / p99"] = after.Pass.Wall;
            figures["carry-over:   after: thread CPU p50 / p95 / p99 (mean); answered from the cache"] =
                $"{after.Pass.Cpu} ({after.Pass.CpuMean:F2} ms); {after.Answered} of {queries.Count}";
            figures["carry-over:   most thread CPU after the refresh: query, ms, hits"] = after.Pass.Slowest(5);
            return figures;
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (copy && Directory.Exists(working)) Directory.Delete(working, recursive: true);
        }
    }

    /// <summary>What one pass of users' first searches on the service's next reader cost: its opening search («*»), its
    /// warming waited for, then each query asked once; how many the cache answered.</summary>
    private static (QueryPass Pass, long Answered) FirstSearches(SearchService service, MarsadStore store, List<BenchQuery> queries, out CacheWarming.Outcome warming)
    {
        service.Search(new SearchQuery("*") { Limit = 1 }, store);
        warming = service.Warming!.GetAwaiter().GetResult();
        var answered = service.AnsweredFromCache;
        var pass = QueryPass.Run(queries, q => service.Search(q.ToSearchQuery(), store).Total, warmUp: false);
        return (pass, service.AnsweredFromCache - answered);
    }

    /// <summary>Stores one new article, as an ingest between two visits would: the store's stamp moves, so the service
    /// opens a new reader at its next search (indexing an article again with the same text would not move it).</summary>
    private static string Ingest(MarsadStore store)
    {
        var text = "وقال المتحدث باسم البلدية إن أعمال صيانة الشوارع الرئيسية ستنتهي خلال أسبوعين. " + Guid.NewGuid().ToString("N");
        var article = new Article { Id = ArticleIdentity.Of(text), Text = text, Title = "صيانة الشوارع", Outlet = "marsad-bench", Published = DateTimeOffset.UtcNow };
        store.Articles.AddBatch([article]);
        return article.Id;
    }

    /// <summary>The store (its database files) and its index, copied beside the kept folder.</summary>
    private static string Copy(string folder, Dictionary<string, string> figures)
    {
        var watch = Stopwatch.StartNew();
        var target = folder.TrimEnd('/') + "-carry-" + Guid.NewGuid().ToString("N")[..8];
        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(folder, "marsad.db*"))
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
        var index = SearchIndex.PathIn(target);
        Directory.CreateDirectory(index);
        foreach (var file in Directory.EnumerateFiles(SearchIndex.PathIn(folder)))
            File.Copy(file, Path.Combine(index, Path.GetFileName(file)));
        figures["carry-over: store and index copied (the kept ones stay unchanged)"] = $"{watch.Elapsed.TotalSeconds:F1} s";
        return target;
    }
}
