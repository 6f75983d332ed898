using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Marsad.Search;

namespace Marsad.Bench;

/// <summary>
/// Where a bare top 20 goes, query by query, in Marsad's index and in the plain Lucene.NET <c>ArabicAnalyzer</c> index
/// of the same texts (the two engines of <see cref="SearchBenchmark"/>'s "top 20 alone" passes, over a folder it kept):
/// for each of the search bench's mixed queries, each side's query after rewriting, its term clauses, the postings
/// they hold (document frequencies summed), the matching articles, whether Lucene scores it out of order (the bucket
/// scorer) and the thread CPU of its parse and of its search (best of <c>--per</c>, after a warm-up pass of all). Then
/// p50 / p95 / p99 (mean) of both sides' per-query best, parse and search apart and together, and the queries where
/// Marsad costs most more than the peer.
/// Args: --data DIR (the folder `search --keep` made: marsad.db, search-index, baseline) [PATH.jsonl.gz]
/// [--articles 30000] [--queries 100] [--per 7] [--only "Q1;Q2" (those of the mix only, as written: a loop to profile)] [--lucene-boolean (Marsad's query scored by
/// Lucene's own boolean queries, not weighed as <see cref="SearchService"/> weighs it: what the search bench timed before)] [--dump FILE (Marsad's top 20 of each query: documents and scores,
/// one line a query, to compare two builds' hit lists with cmp)] [--rows (the per-query table)].
/// </summary>
public sealed class SearchTopBenchmark : IBenchmark
{
    public string Name => "search-top";

    public string Description => "bare top 20, Marsad vs ArabicAnalyzer, per query: terms, postings, scorer, CPU (--data DIR kept by search)";

    public int Run(string[] args)
    {
        var data = BenchArgs.String(args, "--data");
        if (data is null || !System.IO.Directory.Exists(SearchIndex.PathIn(data)) || !System.IO.Directory.Exists(Path.Combine(data, "baseline")))
        {
            Console.Error.WriteLine("MARSAD-B002 give --data DIR, a folder `search --keep` made (search-index and baseline in it).");
            return 2;
        }
        var given = args.Where((a, i) => !a.StartsWith("--") && (i == 0 || !args[i - 1].StartsWith("--"))).FirstOrDefault();
        if (SaudiNewsNet.LocateOrSay(given) is not { } path) return 2;
        var records = SaudiNewsNet.Read(path, BenchArgs.Int(args, "--articles") ?? 30_000).ToList();
        var queries = BenchQuery.Mixed(records, BenchArgs.Int(args, "--queries") ?? 100, new Random(42));
        var per = BenchArgs.Int(args, "--per") ?? 7;
        if (BenchArgs.String(args, "--only") is { } only) queries = [.. queries.Where(q => only.Split(';').Contains(q.Text))];

        using var marsadDirectory = new MappedIndexDirectory(new DirectoryInfo(SearchIndex.PathIn(data)));
        using var marsadReader = DirectoryReader.Open(marsadDirectory);
        var marsad = new IndexSearcher(marsadReader);
        using var peerDirectory = FSDirectory.Open(Path.Combine(data, "baseline"));
        using var peerReader = DirectoryReader.Open(peerDirectory);
        var peer = new IndexSearcher(peerReader);
        var arabic = new ArabicAnalyzer(LuceneVersion.LUCENE_48);

        Func<BenchQuery, Query> marsadParse = args.Contains("--lucene-boolean")
            ? q => SearchBenchmark.MarsadTextQuery(q.Text, marsadReader)
            : q => SearchBenchmark.MarsadTopQuery(q.Text, marsad);
        if (args.Contains("--one-list"))
        {
            var full = marsadParse;
            marsadParse = q => BucketBooleanQuery.Of(OneList(full(q)));
        }
        Func<BenchQuery, Query> peerParse = q => SearchBenchmark.BaselineQuery(arabic, q.Text);
        // Warm-up: JIT, the page cache of both indexes.
        foreach (var q in queries) { marsad.Search(marsadParse(q), 20); peer.Search(peerParse(q), 20); }

        var rows = queries.Select(q => (Query: q, Marsad: Profile(marsad, marsadReader, marsadParse, q, per), Peer: Profile(peer, peerReader, peerParse, q, per))).ToList();
        if (args.Contains("--rows"))
            foreach (var (q, m, p) in rows)
                Console.WriteLine($"{q.Kind}\t«{q.Text}»\tM {m.Terms}t {m.Postings:N0}p {m.Matches:N0}m {(m.OutOfOrder ? "ooo" : "in")} {m.Parse:F2}+{m.Search:F2}ms\t" +
                    $"P {p.Terms}t {p.Postings:N0}p {p.Matches:N0}m {(p.OutOfOrder ? "ooo" : "in")} {p.Parse:F2}+{p.Search:F2}ms\t{m.Shape} | {p.Shape}");
        Console.WriteLine($"{queries.Count} queries, best of {per} each; thread CPU ms p50 / p95 / p99 (mean):");
        foreach (var (name, pick) in new (string, Func<Cost, double>)[] { ("parse", c => c.Parse), ("search", c => c.Search), ("parse + search", c => c.Parse + c.Search) })
            Console.WriteLine($"  {name}: Marsad {Summary(rows.Select(r => pick(r.Marsad)))} | ArabicAnalyzer {Summary(rows.Select(r => pick(r.Peer)))}");
        Console.WriteLine($"  term clauses a query (mean): Marsad {rows.Average(r => r.Marsad.Terms):F2} | ArabicAnalyzer {rows.Average(r => r.Peer.Terms):F2}");
        Console.WriteLine($"  postings a query (mean): Marsad {rows.Average(r => r.Marsad.Postings):N0} | ArabicAnalyzer {rows.Average(r => r.Peer.Postings):N0}");
        Console.WriteLine($"  matches a query (mean): Marsad {rows.Average(r => r.Marsad.Matches):N0} | ArabicAnalyzer {rows.Average(r => r.Peer.Matches):N0}");
        Console.WriteLine($"  scored out of order: Marsad {rows.Count(r => r.Marsad.OutOfOrder)} | ArabicAnalyzer {rows.Count(r => r.Peer.OutOfOrder)}");
        Console.WriteLine($"  search CPU per million postings (all queries): Marsad {rows.Sum(r => r.Marsad.Search) / rows.Sum(r => r.Marsad.Postings) * 1e6:F1} ms | ArabicAnalyzer {rows.Sum(r => r.Peer.Search) / Math.Max(1, rows.Sum(r => r.Peer.Postings)) * 1e6:F1} ms");
        Console.WriteLine("  most search CPU beyond the peer's: " + string.Join("; ", rows.OrderByDescending(r => r.Marsad.Search - r.Peer.Search).Take(8)
            .Select(r => $"{r.Query.Kind} «{r.Query.Text}» {r.Marsad.Search:F2} vs {r.Peer.Search:F2} ms, {r.Marsad.Postings:N0} vs {r.Peer.Postings:N0} postings")));
        if (BenchArgs.String(args, "--dump") is { } dump)
        {
            var text = new StringBuilder();
            foreach (var q in queries)
            {
                var top = marsad.Search(marsadParse(q), 20);
                text.Append(q.Text).Append('\t').Append(top.TotalHits.ToString(CultureInfo.InvariantCulture));
                foreach (var hit in top.ScoreDocs) text.Append('\t').Append(hit.Doc).Append(':').Append(BitConverter.SingleToInt32Bits(hit.Score).ToString("x8", CultureInfo.InvariantCulture));
                text.Append('\n');
            }
            File.WriteAllText(dump, text.ToString());
        }
        return 0;
    }

    // Experiment: a word's title and text terms read as its text term alone, the cost of one posting list per word.
    private static Query OneList(Query query)
    {
        if (query is not BooleanQuery boolean) return query;
        var clauses = boolean.Clauses;
        if (clauses.Count == 2 && clauses.All(c => c.Occur == Occur.SHOULD && c.Query is TermQuery)
            && clauses.Select(c => ((TermQuery)c.Query).Term.Text).Distinct().Count() == 1
            && clauses.Any(c => ((TermQuery)c.Query).Term.Field == SearchFields.Text))
            return new TermQuery(((TermQuery)clauses.First(c => ((TermQuery)c.Query).Term.Field == SearchFields.Text).Query).Term) { Boost = boolean.Boost };
        var result = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var clause in clauses) result.Add(OneList(clause.Query), clause.Occur);
        return result;
    }

    private sealed record Cost(int Terms, long Postings, int Matches, bool OutOfOrder, double Parse, double Search, string Shape);

    private static Cost Profile(IndexSearcher searcher, IndexReader reader, Func<BenchQuery, Query> parse, BenchQuery q, int per)
    {
        var query = parse(q);
        var rewritten = searcher.Rewrite(query);
        var terms = new HashSet<Term>();
        try { rewritten.ExtractTerms(terms); } catch (NotSupportedException) { } // a constant-score prefix holds none to name
        var postings = terms.Sum(t => (long)reader.DocFreq(t));
        var outOfOrder = searcher.CreateNormalizedWeight(query).ScoresDocsOutOfOrder;
        double parseBest = double.MaxValue, searchBest = double.MaxValue;
        var matches = 0;
        for (var i = 0; i < per; i++)
        {
            var at = SearchTimings.ThreadCpuNanoseconds();
            var parsed = parse(q);
            var mid = SearchTimings.ThreadCpuNanoseconds();
            matches = searcher.Search(parsed, 20).TotalHits;
            var end = SearchTimings.ThreadCpuNanoseconds();
            parseBest = Math.Min(parseBest, (mid - at) / 1e6);
            searchBest = Math.Min(searchBest, (end - mid) / 1e6);
        }
        return new Cost(terms.Count, postings, matches, outOfOrder, parseBest, searchBest, rewritten.ToString());
    }

    private static string Summary(IEnumerable<double> values)
    {
        var sorted = values.OrderBy(v => v).ToList();
        return $"{QueryPass.Percentile(sorted, 0.5):F2} / {QueryPass.Percentile(sorted, 0.95):F2} / {QueryPass.Percentile(sorted, 0.99):F2} ({sorted.Average():F2})";
    }
}
