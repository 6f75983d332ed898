using System.Diagnostics;
using System.Globalization;
using System.Text;
using Lucene.Net.Analysis.Ar;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Marsad.Documents;
using Marsad.Search;
using Marsad.Storage;
using Marsad.Text.Morphology;
using Marsad.Text.Tokenization;
using Microsoft.Data.Sqlite;
using Spectre.Console;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace Marsad.Bench;

/// <summary>
/// Search over SaudiNewsNet: the corpus (30k articles) and the corpus replicated ×10 with perturbations (300k: each
/// copy drops one sentence, adds one, and varies tatweel, hamza and digits, so copies are near duplicates with new ids).
/// For each size: store, then build Marsad's index (<c>reindex</c>) and a plain Lucene.NET <c>ArabicAnalyzer</c> index
/// of the same texts; run 100 mixed queries (words as written with their clitics, two words, phrases, prefixes, OR,
/// outlet and date filters) through <see cref="SearchService"/> (hits, snippets, facets, collapsing: what the CLI and
/// the API do) and, like for like, both engines' top 20 alone (Marsad's query weighed as SearchService weighs it); p50/p99 after a warm-up pass of all three top-20 passes. At 30k also: recall of
/// clitic and digit variants (the article a word was taken from, searched by its bare base or by its digits in
/// Arabic-Indic form) in both indexes, and SQLite FTS5 fed the same terms (build rate, top-20 latency). Copies of one
/// article are recorded as near duplicates in the stories step's table before the index is built (as that step would
/// find them: one sentence of difference), so hits collapse as they do in a real store. The search runs the way the
/// server does (one long-lived <see cref="SearchService"/>, a store connection per call), with a breakdown of where its
/// time goes; then <c>GET /api/search</c> under a bounded loopback load (in-process Kestrel, 4 clients).
/// Each of <c>--runs</c> rounds times the four passes one after another (Marsad's search, Marsad's top 20, the
/// <c>ArabicAnalyzer</c> index's top 20 through <c>FSDirectory.Open</c> and through Marsad's mapped reader), so every
/// comparison is within one run at one load; wall and thread-CPU p50/p95/p99 per pass. After the rounds, first searches
/// after a refresh with the users' searches carried over (<see cref="CarriedSearches"/>).
/// Args: [PATH.jsonl.gz] [--articles 30000] [--scale 10] [--queries 100] [--only-scaled] [--runs 1] [--no-api (skip the
/// API load)] [--keep DIR (reuse or keep the stores and indexes there; opening a store may migrate it: keep a copy)].
/// </summary>
public sealed class SearchBenchmark : IBenchmark
{
    public string Name => "search";

    public string Description => "search index build rate, query p50/p99 at 30k and 300k, vs Lucene ArabicAnalyzer and FTS5; variant recall";

    public int Run(string[] args)
    {
        var given = args.Where((a, i) => !a.StartsWith("--") && (i == 0 || !args[i - 1].StartsWith("--"))).FirstOrDefault();
        if (SaudiNewsNet.LocateOrSay(given) is not { } path) return 2;
        var articles = BenchArgs.Int(args, "--articles") ?? 30_000;
        var scale = BenchArgs.Int(args, "--scale") ?? 10;
        var queryCount = BenchArgs.Int(args, "--queries") ?? 100;
        var records = SaudiNewsNet.Read(path, articles).ToList();
        var queries = BenchQuery.Mixed(records, queryCount, new Random(42));
        var keep = BenchArgs.String(args, "--keep");
        var runs = BenchArgs.Int(args, "--runs") ?? 1;
        Console.WriteLine($"{records.Count:N0} articles read; {queries.Count} queries; figures are wall-clock on a machine shared with other work (load {Load()}).");

        // One table per size, printed as soon as that size is done: the 300k run takes long on a shared machine.
        var sizes = scale > 1 ? args.Contains("--only-scaled") ? new[] { scale } : [1, scale] : [1];
        foreach (var copies in sizes)
        {
            var figures = RunSize(records, copies, queries, withExtras: copies == 1, keep, runs, apiLoad: !args.Contains("--no-api"));
            // Wide enough for every row when the output goes to a file.
            AnsiConsole.Profile.Width = Math.Max(AnsiConsole.Profile.Width, 160);
            var table = new Table().AddColumn("measure").AddColumn(new TableColumn($"{records.Count * copies:N0} articles").RightAligned());
            foreach (var (key, value) in figures) table.AddRow(key, value);
            AnsiConsole.Write(table);
        }
        return 0;
    }

    private static Dictionary<string, string> RunSize(List<SaudiNewsNet.Record> records, int copies, List<BenchQuery> queries, bool withExtras, string? keep, int runs, bool apiLoad)
    {
        var figures = new Dictionary<string, string>();
        var folder = keep is null
            ? Path.Combine(Path.GetTempPath(), "marsad-bench-search-" + Guid.NewGuid().ToString("N")[..8])
            : Path.Combine(Path.GetFullPath(keep), $"x{copies}-{records.Count}");
        var baselineFolder = Path.Combine(folder, "baseline");
        try
        {
            // With --keep, what a cut-short run left is reused: Marsad's store and index, then the baseline's index.
            var reuse = keep is not null && System.IO.Directory.Exists(SearchIndex.PathIn(folder));
            if (!reuse) Build(records, copies, folder, figures);
            else figures["store and Marsad index"] = $"reused from {folder}";

            // The baseline is built before any query, so every round below measures both engines under the same load.
            if (!System.IO.Directory.Exists(baselineFolder) || !reuse) BuildBaseline(records, copies, baselineFolder, figures);
            else figures["ArabicAnalyzer index"] = $"reused from {baselineFolder}";

            using var store = MarsadStore.Open(folder);
            // As `serve` makes it (MarsadApi): with the store's change watch, so the background status check runs only
            // after a commit, not every 5 s (five row counts and the index's last commit read) beside the timed searches.
            using var watch = new IndexStampWatch(store.Location);
            using var service = SearchService.ForFolder(store, watch);
            // The passes on this long-lived reader measure searching alone; warming is measured on readers of its own below.
            service.WarmWords = 0;
            var timings = new SearchTimings();
            service.Timings = timings;
            // Marsad's bare top 20 reads the index as the product does (SearchService opens MappedIndexDirectory).
            using var marsadDirectory = new MappedIndexDirectory(new DirectoryInfo(SearchIndex.PathIn(folder)));
            using var marsadReader = DirectoryReader.Open(marsadDirectory);
            var marsadSearcher = new IndexSearcher(marsadReader);
            // The peer as a plain Lucene.NET user runs it (FSDirectory.Open picks MMapDirectory), and through the same
            // reading layer as Marsad's, so the difference left between the two is the analysis, not the I/O.
            using var baselineDirectory = FSDirectory.Open(baselineFolder);
            using var baselineReader = DirectoryReader.Open(baselineDirectory);
            var baselineSearcher = new IndexSearcher(baselineReader);
            using var baselineMappedDirectory = new MappedIndexDirectory(new DirectoryInfo(baselineFolder));
            using var baselineMappedReader = DirectoryReader.Open(baselineMappedDirectory);
            var baselineMappedSearcher = new IndexSearcher(baselineMappedReader);
            var arabic = new ArabicAnalyzer(LuceneVersion.LUCENE_48);

            for (var round = 1; round <= runs; round++)
            {
                var r = runs > 1 ? $"round {round}: " : "";
                figures[$"{r}load average before queries"] = Load();
                // First searches: nothing kept from the warm-up (CollectedCache off), so every query does its whole pass.
                service.CacheFrom = null;
                var full = QueryPass.Run(queries, q => service.Search(q.ToSearchQuery(), store).Total, () => timings.Clear());
                figures[$"{r}Marsad search (hits+snippets+facets+collapse) wall p50 / p95 / p99"] = full.Wall;
                figures[$"{r}  searching thread CPU p50 / p95 / p99 (mean)"] = $"{full.Cpu} ({full.CpuMean:F2} ms)";
                figures[$"{r}  process CPU per query (mean)"] = $"{full.ProcessCpuMean:F2} ms";
                figures[$"{r}  mean hits (collapsed) per query"] = $"{full.MeanResult:N0}";
                figures[$"{r}  most thread CPU: query, ms, hits"] = full.Slowest(8);
                figures[$"{r}  wall, mean of all: where it went"] = full.Waits(tail: false);
                figures[$"{r}  wall, mean of the slowest 5%: where it went"] = full.Waits(tail: true);
                figures[$"{r}  garbage collections in the pass"] = full.Collections;
                figures[$"{r}  CPU per query: refresh / collect / articles / snippets"] = string.Join(" / ",
                    Enum.GetValues<SearchPhase>().Select(phase => $"{timings.Cpu(phase).TotalMilliseconds / queries.Count:F2}")) + " ms";
                figures[$"{r}  KB allocated per query: refresh / collect / articles / snippets"] = string.Join(" / ",
                    Enum.GetValues<SearchPhase>().Select(phase => $"{timings.Allocated(phase) / 1024.0 / queries.Count:F0}"));
                // First searches on a new reader as a server opens one (start, refresh): its first search decodes the
                // columns, then its most frequent words are searched in advance on a background thread (CacheWarming);
                // once that is done, each query is asked once, nothing else kept.
                using (var opened = SearchService.ForFolder(store, watch))
                {
                    var openedAt = SearchTimings.ThreadCpuNanoseconds();
                    var openedWall = Stopwatch.GetTimestamp();
                    opened.Search(new SearchQuery("*") { Limit = 1 }, store);
                    figures[$"{r}new reader: first search («*», limit 1: opens the reader, decodes its columns) thread CPU / wall"] =
                        $"{(SearchTimings.ThreadCpuNanoseconds() - openedAt) / 1e6:F1} / {Stopwatch.GetElapsedTime(openedWall).TotalMilliseconds:F1} ms";
                    var warmed = opened.Warming!.Result;
                    figures[$"{r}new reader: warming (background thread) CPU choosing / searching; wall; words kept"] =
                        $"{warmed.ChooseCpu.TotalMilliseconds:F1} / {warmed.SearchCpu.TotalMilliseconds:F1} ms; {warmed.Wall.TotalMilliseconds:F1} ms; {warmed.Kept} of " +
                        $"{warmed.Words.Count} ({string.Join(' ', warmed.Words)})";
                    var answeredWarm = opened.AnsweredFromCache;
                    var fromCache = new List<string>();
                    var first = QueryPass.Run(queries, q =>
                    {
                        var before = opened.AnsweredFromCache;
                        var total = opened.Search(q.ToSearchQuery(), store).Total;
                        if (opened.AnsweredFromCache > before) fromCache.Add($"{q.Kind} «{q.Text}»");
                        return total;
                    }, warmUp: false);
                    figures[$"{r}Marsad first searches on the warmed new reader wall p50 / p95 / p99"] = first.Wall;
                    figures[$"{r}  warmed first: thread CPU p50 / p95 / p99 (mean); answered from the cache"] =
                        $"{first.Cpu} ({first.CpuMean:F2} ms); {opened.AnsweredFromCache - answeredWarm} of {queries.Count}";
                    figures[$"{r}  warmed first: most thread CPU: query, ms, hits"] = first.Slowest(8);
                    figures[$"{r}  warmed first: answered from the cache: query, thread CPU ms"] = first.Of(fromCache);
                    figures[$"{r}  warmed first: wall, mean of the slowest 5%: where it went"] = first.Waits(tail: true);
                }
                // The same queries searched again as a server answers them, the warm-up's large passes kept per reader.
                service.CacheFrom = CollectedCache.From;
                var answered = service.AnsweredFromCache;
                var repeated = QueryPass.Run(queries, q => service.Search(q.ToSearchQuery(), store).Total);
                figures[$"{r}Marsad search repeated (CollectedCache on) wall p50 / p95 / p99"] = repeated.Wall;
                figures[$"{r}  repeated: thread CPU p50 / p95 / p99 (mean); answered from the cache"] =
                    $"{repeated.Cpu} ({repeated.CpuMean:F2} ms); {service.AnsweredFromCache - answered} of {2 * queries.Count} searches (warm-up and timed)";
                figures[$"{r}  repeated: most thread CPU: query, ms, hits"] = repeated.Slowest(5);
                // Query analysis alone, each side's parser: what of a bare top 20 is the parse.
                var marsadParse = QueryPass.Run(queries, q => MarsadTextQuery(q.Text, marsadReader) is null ? 0 : 1);
                var arabicParse = QueryPass.Run(queries, q => BaselineQuery(arabic, q.Text) is null ? 0 : 1);
                figures[$"{r}query parse only, thread CPU p50 / p95 / p99 (mean): Marsad | ArabicAnalyzer"] =
                    $"{marsadParse.Cpu} ({marsadParse.CpuMean:F3} ms) | {arabicParse.Cpu} ({arabicParse.CpuMean:F3} ms)";
                // One untimed pass of each engine's top 20 first: Lucene's scorers, which both run, are then compiled
                // alike for both (the JIT's tiers), not still unoptimized for whichever pass is timed first.
                foreach (var q in queries)
                {
                    marsadSearcher.Search(MarsadTopQuery(q.Text, marsadSearcher), 20);
                    baselineSearcher.Search(BaselineQuery(arabic, q.Text), 20);
                    baselineMappedSearcher.Search(BaselineQuery(arabic, q.Text), 20);
                }
                Measure($"{r}Marsad top-20 only (mapped)", marsadSearcher, q => MarsadTopQuery(q.Text, marsadSearcher));
                Measure($"{r}ArabicAnalyzer top-20 only (FSDirectory.Open)", baselineSearcher, q => BaselineQuery(arabic, q.Text));
                Measure($"{r}ArabicAnalyzer top-20 only (mapped)", baselineMappedSearcher, q => BaselineQuery(arabic, q.Text));
                figures[$"{r}load average after the queries"] = Load();
                Print(figures);
            }
            foreach (var (key, value) in CarriedSearches.Run(folder, copy: keep is not null, queries)) figures[key] = value;
            figures["load average after the carry-over pass"] = Load();
            Print(figures);
            if (apiLoad)
            {
                foreach (var (key, value) in ApiLoad.Run(folder, queries)) figures[key] = value;
                figures["load average after the API load"] = Load();
                Print(figures);
            }

            if (withExtras)
            {
                foreach (var (name, probes) in VariantProbes.Make(records, new Random(7)))
                {
                    var ours = probes.Count(p => Matches(marsadSearcher, MarsadTextQuery(p.Query, marsadReader), p.ArticleId));
                    var theirs = probes.Count(p => Matches(baselineSearcher, BaselineQuery(arabic, p.Query), p.ArticleId));
                    figures[$"recall: {name} (n={probes.Count}) Marsad / ArabicAnalyzer"] =
                        $"{100.0 * ours / Math.Max(1, probes.Count):F1}% / {100.0 * theirs / Math.Max(1, probes.Count):F1}%";
                }
                if (!reuse) Fts5(records, queries, folder, figures);
            }
            return figures;

            void Measure(string name, IndexSearcher searcher, Func<BenchQuery, Query> parse)
            {
                var top = QueryPass.Run(queries, q => searcher.Search(parse(q), 20).TotalHits);
                figures[$"{name} wall p50 / p95 / p99"] = top.Wall;
                figures[$"{name}: thread CPU p50 / p95 / p99 (mean); process CPU mean"] = $"{top.Cpu} ({top.CpuMean:F2} ms); {top.ProcessCpuMean:F2} ms";
                figures[$"{name}: mean matching articles per query"] = $"{top.MeanResult:N0}";
                figures[$"{name}: most thread CPU: query, ms, matches"] = top.Slowest(8);
                figures[$"{name}: wall, mean of the slowest 5%: where it went"] = top.Waits(tail: true);
            }
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (keep is null && System.IO.Directory.Exists(folder)) System.IO.Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Stores the articles, records copies as near duplicates, builds Marsad's index.</summary>
    private static void Build(List<SaudiNewsNet.Record> records, int copies, string folder, Dictionary<string, string> figures)
    {
        if (System.IO.Directory.Exists(folder)) System.IO.Directory.Delete(folder, recursive: true);
        using var store = MarsadStore.Open(folder);
        var watch = Stopwatch.StartNew();
        var batch = new List<Article>(1000);
        foreach (var article in Articles(records, copies))
        {
            batch.Add(article);
            if (batch.Count < 1000) continue;
            store.Articles.AddBatch(batch);
            batch.Clear();
        }
        store.Articles.AddBatch(batch);
        var stored = store.Articles.Count();
        figures["articles stored"] = $"{stored:N0}";
        figures["store (SQLite insert)"] = $"{watch.Elapsed.TotalSeconds:F1} s";
        figures["near-duplicate pairs recorded (copies of one article)"] = $"{RecordCopies(store, records, copies):N0}";

        watch.Restart();
        var cpu = CpuTime();
        var indexed = SearchIndexWriter.Rebuild(store);
        var marsadSeconds = watch.Elapsed.TotalSeconds;
        figures["Marsad index build"] = $"{marsadSeconds:F1} s ({indexed / marsadSeconds:N0} articles/s; CPU {(CpuTime() - cpu).TotalSeconds:F0} s; load {Load()})";
        figures["Marsad index size"] = $"{FolderBytes(SearchIndex.PathIn(folder)) / 1048576.0:F0} MB";
        Print(figures);
    }

    private static void BuildBaseline(List<SaudiNewsNet.Record> records, int copies, string baselineFolder, Dictionary<string, string> figures)
    {
        if (System.IO.Directory.Exists(baselineFolder)) System.IO.Directory.Delete(baselineFolder, recursive: true);
        var watch = Stopwatch.StartNew();
        var cpu = CpuTime();
        var baselineCount = BuildBaseline(baselineFolder, records, copies);
        var baselineSeconds = watch.Elapsed.TotalSeconds;
        figures["ArabicAnalyzer index build"] = $"{baselineSeconds:F1} s ({baselineCount / baselineSeconds:N0} articles/s; CPU {(CpuTime() - cpu).TotalSeconds:F0} s)";
        figures["ArabicAnalyzer index size"] = $"{FolderBytes(baselineFolder) / 1048576.0:F0} MB";
        Print(figures);
    }

    /// <summary>The figures so far, one per line: a long run cut short still leaves what it measured.</summary>
    private static void Print(Dictionary<string, string> figures)
    {
        foreach (var (key, value) in figures) Console.WriteLine($"  {key.Trim()}: {value}");
        Console.Out.Flush();
    }

    /// <summary>
    /// The pairs the stories step would record between the copies of one article (each differs from the original by a
    /// sentence dropped and one added): every copy paired with the original, both directions, in its table.
    /// </summary>
    private static long RecordCopies(MarsadStore store, List<SaudiNewsNet.Record> records, int copies)
    {
        if (copies < 2) return 0;
        var ids = Articles(records, copies).Select(a => a.Id).ToList();
        using var transaction = store.Connection.BeginTransaction();
        using var insert = store.Connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = "INSERT OR IGNORE INTO near_duplicates (article_id, other_id, containment, jaccard) VALUES ($a, $b, 0.9, 0.8)";
        var a = insert.Parameters.AddWithValue("$a", null);
        var b = insert.Parameters.AddWithValue("$b", null);
        long pairs = 0;
        for (var copy = 1; copy < copies; copy++)
            for (var i = 0; i < records.Count; i++)
            {
                var (original, repost) = (ids[i], ids[copy * records.Count + i]);
                if (original == repost) continue;
                (a.Value, b.Value) = (original, repost);
                pairs += insert.ExecuteNonQuery();
                (a.Value, b.Value) = (repost, original);
                insert.ExecuteNonQuery();
            }
        transaction.Commit();
        return pairs;
    }

    private static string Load() =>
        File.Exists("/proc/loadavg") ? string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";

    // As SearchService searches it: shaped by the index's word frequencies (FrequentTerms) and word pairs (PhrasePairs).
    internal static Query MarsadTextQuery(string text, IndexReader reader) =>
        Marsad.Search.QueryBuilder.Text(new Marsad.Search.QueryBuilder.Parsed(Marsad.Search.QueryBuilder.ParseText(text), []), reader);

    // The text query weighed as SearchService weighs it (BucketBooleanQuery: its disjunctions' own bulk scorers).
    internal static Query MarsadTopQuery(string text, IndexSearcher searcher) =>
        BucketBooleanQuery.Of(searcher.Rewrite(MarsadTextQuery(text, searcher.IndexReader)));

    // Like for like with Marsad's parser: title (×2) and text, every word required.
    internal static Query BaselineQuery(ArabicAnalyzer analyzer, string text) =>
        new MultiFieldQueryParser(LuceneVersion.LUCENE_48, ["title", "text"], analyzer, new Dictionary<string, float> { ["title"] = 2f, ["text"] = 1f })
        { DefaultOperator = Operator.AND }.Parse(text);

    private static bool Matches(IndexSearcher searcher, Query query, string id)
    {
        var both = new BooleanQuery { { query, Occur.MUST }, { new TermQuery(new Term("id", id)), Occur.MUST } };
        return searcher.Search(both, 1).TotalHits > 0;
    }

    private static long BuildBaseline(string folder, List<SaudiNewsNet.Record> records, int copies)
    {
        using var directory = FSDirectory.Open(folder);
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new ArabicAnalyzer(LuceneVersion.LUCENE_48)) { RAMBufferSizeMB = 64 });
        // Same shape as Marsad's build: documents analysed on all cores (Lucene's writer is thread-safe).
        foreach (var chunk in Articles(records, copies).Chunk(1000))
            Parallel.ForEach(chunk, article => writer.AddDocument(new LuceneDocument
            {
                new StringField("id", article.Id, Field.Store.YES),
                new TextField("title", article.Title ?? "", Field.Store.NO),
                new TextField("text", article.Text, Field.Store.NO),
            }));
        writer.ForceMerge(1);
        writer.Commit();
        return writer.NumDocs;
    }

    /// <summary>SQLite FTS5 fed Marsad's terms (space-joined): the other engine the issue names, built and queried alike.</summary>
    private static void Fts5(List<SaudiNewsNet.Record> records, List<BenchQuery> queries, string folder, Dictionary<string, string> figures)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(folder, "fts.db")};Pooling=False");
        connection.Open();
        using (var create = connection.CreateCommand())
        {
            create.CommandText = "PRAGMA journal_mode=WAL; CREATE VIRTUAL TABLE fts USING fts5(title, text, tokenize = 'unicode61 remove_diacritics 0');";
            create.ExecuteNonQuery();
        }
        var watch = Stopwatch.StartNew();
        foreach (var chunk in Articles(records, 1).Chunk(1000))
        {
            var rows = new (string Title, string Text)[chunk.Length];
            Parallel.For(0, chunk.Length, i => rows[i] = (Joined(chunk[i].Title ?? ""), Joined(chunk[i].Text)));
            using var transaction = connection.BeginTransaction();
            using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO fts (title, text) VALUES ($title, $text)";
            var title = insert.Parameters.Add("$title", SqliteType.Text);
            var text = insert.Parameters.Add("$text", SqliteType.Text);
            foreach (var row in rows)
            {
                title.Value = row.Title;
                text.Value = row.Text;
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
        }
        var seconds = watch.Elapsed.TotalSeconds;
        figures["FTS5 (Marsad terms) index build"] = $"{seconds:F1} s ({records.Count / seconds:N0} articles/s)";
        using var select = connection.CreateCommand();
        select.CommandText = "SELECT rowid FROM fts WHERE fts MATCH $q ORDER BY bm25(fts, 2.0, 1.0) LIMIT 20";
        var parameter = select.Parameters.Add("$q", SqliteType.Text);
        var latencies = QueryPass.Run(queries, q =>
        {
            parameter.Value = q.ToFts5();
            using var reader = select.ExecuteReader();
            var n = 0;
            while (reader.Read()) n++;
            return n;
        });
        figures["FTS5 (Marsad terms) top-20 only wall p50 / p95 / p99"] = latencies.Wall;
        figures["FTS5 (Marsad terms) top-20 only: thread CPU p50 / p95 / p99 (mean)"] = $"{latencies.Cpu} ({latencies.CpuMean:F2} ms)";

        static string Joined(string text) => string.Join(' ', SearchTerms.Of(text).Select(t => t.Term));
    }

    private static TimeSpan CpuTime()
    {
        using var process = Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }

    private static long FolderBytes(string folder) =>
        System.IO.Directory.Exists(folder) ? new DirectoryInfo(folder).EnumerateFiles("*", SearchOption.AllDirectories).Sum(f => f.Length) : 0;

    /// <summary>The corpus, <paramref name="copies"/> times: copy 0 as it is, each further copy perturbed (see the class summary).</summary>
    private static IEnumerable<Article> Articles(List<SaudiNewsNet.Record> records, int copies)
    {
        for (var copy = 0; copy < copies; copy++)
            foreach (var record in records)
            {
                var text = copy == 0 ? record.Text : Perturb(record.Text, copy);
                var published = DateTimeOffset.TryParse(record.Fetched, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var fetched)
                    ? fetched.AddDays(copy) : (DateTimeOffset?)null;
                yield return new Article
                {
                    Id = ArticleIdentity.Of(text),
                    Text = text,
                    Title = record.Title,
                    Outlet = record.Outlet,
                    Published = published,
                    SourceId = copy == 0 ? record.Id : $"{record.Id}~{copy}",
                };
            }
    }

    private static readonly string[] s_addedSentences =
    [
        "وأضاف المصدر أن التفاصيل ستعلن لاحقا.", "(المصدر: وكالة الأنباء)", "وتابعت الصحيفة تطورات الخبر في عددها اليوم.",
        "ولم يصدر تعليق رسمي حتى الآن.", "وقال شهود إن الوضع هادئ.",
    ];

    private static string Perturb(string text, int copy)
    {
        var sentences = text.Split(". ");
        var drop = sentences.Length > 2 ? copy % sentences.Length : -1;
        var kept = sentences.Where((_, i) => i != drop);
        var result = new StringBuilder(string.Join(". ", kept));
        result.Append(' ').Append(s_addedSentences[copy % s_addedSentences.Length]).Append(' ').Append(copy.ToString(CultureInfo.InvariantCulture));
        for (var i = 0; i < result.Length; i++)
        {
            var c = result[i];
            if (copy % 2 == 0 && c is >= '0' and <= '9') result[i] = (char)('٠' + (c - '0'));
            else if (copy % 3 == 0 && c is 'أ' or 'إ') result[i] = 'ا';
        }
        if (copy % 4 == 1) result.Replace("ال", "الـ");
        return result.ToString();
    }

    /// <summary>Words that carry clitics in an article, searched by their bare base; numbers searched in Arabic-Indic digits.</summary>
    private static class VariantProbes
    {
        public static List<(string Name, List<(string Query, string ArticleId)> Probes)> Make(List<SaudiNewsNet.Record> records, Random random)
        {
            var proclitic = new List<(string, string)>();
            var enclitic = new List<(string, string)>();
            var digits = new List<(string, string)>();
            var exact = new List<(string, string)>();
            for (var attempt = 0; attempt < 20_000 && (proclitic.Count < 200 || enclitic.Count < 200 || digits.Count < 200 || exact.Count < 200); attempt++)
            {
                var record = records[random.Next(records.Count)];
                var id = ArticleIdentity.Of(record.Text);
                var tokens = Tokenizer.Tokenize(Marsad.Text.Normalization.ArabicNormalizer.Normalize(record.Text));
                var token = tokens[random.Next(tokens.Count)];
                if (token.Kind == TokenKind.Number && token.Normalized.Length >= 2 && token.Normalized.All(char.IsAsciiDigit) && digits.Count < 200)
                    digits.Add((new string([.. token.Normalized.Select(c => (char)('٠' + (c - '0')))]), id));
                if (token.Kind != TokenKind.ArabicWord || token.Normalized.Length < 4) continue;
                var analysis = CliticSegmenter.Analyze(token)!;
                if (analysis.Base.Length < 3) continue;
                if (exact.Count < 200) exact.Add((token.Normalized, id));
                // Beyond a lone article ال (both engines strip it): a preposition or conjunction, or a pronoun.
                if (analysis.Enclitics.Count > 0 && enclitic.Count < 200) enclitic.Add((analysis.Base, id));
                else if (analysis.Proclitics.Any(p => p != "ال") && proclitic.Count < 200) proclitic.Add((analysis.Base, id));
            }
            return [("word as written", exact), ("base of a word with و ف ب ل ك", proclitic), ("base of a word with a pronoun", enclitic), ("number in Arabic-Indic digits", digits)];
        }
    }
}

/// <summary>One benchmark query: its text (Lucene syntax) and filters, and the same in FTS5 syntax over Marsad's terms.</summary>
internal sealed record BenchQuery(string Kind, string Text, string[] Words, string? Outlet = null, DateOnly? From = null, DateOnly? To = null)
{
    public SearchQuery ToSearchQuery() => new(Text) { Outlet = Outlet, From = From, To = To };

    /// <summary>The same search as a <c>GET /api/search</c> path.</summary>
    public string ToApiPath() => "/api/search?q=" + Uri.EscapeDataString(Text)
        + (Outlet is null ? "" : "&outlet=" + Uri.EscapeDataString(Outlet))
        + (From is { } f ? "&from=" + f.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "")
        + (To is { } t ? "&to=" + t.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "");

    public string ToFts5()
    {
        var terms = Words.Select(w => Term(w.TrimEnd('*'))).ToArray();
        return Kind switch
        {
            "phrase" => $"\"{string.Join(' ', terms)}\"",
            "prefix" => $"\"{terms[0]}\" *",
            "or" => string.Join(" OR ", terms.Select(t => $"\"{t}\"")),
            "not" => $"\"{terms[0]}\" NOT \"{terms[1]}\"",
            _ => string.Join(' ', terms.Select(t => $"\"{t}\"")),
        };

        string Term(string word) => Kind == "prefix" ? SearchTerms.Prefix(word) : SearchTerms.Of(word).FirstOrDefault().Term ?? word;
    }

    /// <summary>A deterministic mix of query kinds drawn from the corpus's own words.</summary>
    public static List<BenchQuery> Mixed(List<SaudiNewsNet.Record> records, int count, Random random)
    {
        var queries = new List<BenchQuery>(count);
        var kinds = new[] { "word", "word", "and", "not", "and", "phrase", "prefix", "or", "outlet", "date" };
        while (queries.Count < count)
        {
            var record = records[random.Next(records.Count)];
            var words = record.Text.Split((char[])[' ', '\n', '،', '.', ':', '"', '(', ')'], StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 10) continue;
            var at = random.Next(words.Length - 1);
            var (a, b) = (words[at], words[at + 1]);
            if (!IsArabicWord(a) || !IsArabicWord(b)) continue;
            var far = words[random.Next(words.Length)];
            var kind = kinds[queries.Count % kinds.Length];
            queries.Add(kind switch
            {
                "and" when IsArabicWord(far) => new BenchQuery(kind, $"{a} {far}", [a, far]),
                "phrase" => new BenchQuery(kind, $"\"{a} {b}\"", [a, b]),
                "prefix" => new BenchQuery(kind, $"{a[..Math.Min(4, a.Length)]}*", [a[..Math.Min(4, a.Length)]]),
                "or" => new BenchQuery(kind, $"{a} OR {b}", [a, b]),
                "not" when IsArabicWord(far) && far != a => new BenchQuery(kind, $"{a} NOT {far}", [a, far]),
                "outlet" when record.Outlet is not null => new BenchQuery(kind, a, [a], Outlet: record.Outlet),
                "date" when DateOnly.TryParse(record.Fetched?[..Math.Min(10, record.Fetched.Length)], CultureInfo.InvariantCulture, out var day) =>
                    new BenchQuery(kind, a, [a], From: day.AddDays(-15), To: day.AddDays(15)),
                _ => new BenchQuery("word", a, [a]),
            });
        }
        return queries;
    }

    private static bool IsArabicWord(string word) => word.Length >= 3 && word.All(c => c is >= '\u0621' and <= '\u064A');
}
