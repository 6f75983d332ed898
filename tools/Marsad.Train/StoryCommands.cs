using System.Globalization;
using System.IO.Compression;
using System.Text.Json;
using Marsad.Analysis;
using Marsad.Ingest;
using Marsad.Storage;
using Marsad.Stories;
using Marsad.Stories.Evaluation;
using Marsad.Text;

namespace Marsad.Train;

/// <summary>
/// eval-clusters: the same-event clusterer and story threader on the labelled SaudiNewsNet development set
/// (../shared/data/saudinewsnet/dev/clusters.jsonl), next to a plain TF-IDF cosine single-link baseline in the same run.
/// The articles go through Marsad as a user's would (ingest, the default pipeline, the store); the index is then rebuilt
/// (<see cref="StoryRebuild.Recluster"/>) for each threshold asked, so the figures are those of <c>marsad recluster</c>.
/// <c>--scope window</c> clusters every article of the labelled window (7k) and scores the labelled ones, as in use.
/// </summary>
internal static class StoryCommands
{
    public static int EvaluateClusters(Options options)
    {
        var corpus = options.Get("corpus", "../shared/data/saudinewsnet/saudinewsnet.jsonl.gz");
        var goldPath = options.Get("gold", "../shared/data/saudinewsnet/dev/clusters.jsonl");
        var scope = options.Get("scope", "dev");
        var thresholds = options.Get("thresholds", StoryOptions.Default.EventThreshold.ToString(CultureInfo.InvariantCulture))
            .Split(',').Select(t => double.Parse(t, CultureInfo.InvariantCulture)).ToArray();
        if (!File.Exists(corpus) || !File.Exists(goldPath))
        {
            Console.Error.WriteLine($"MARSAD-T010 {corpus} or {goldPath} not found: run from the repository root with ../shared present.");
            return 1;
        }
        var gold = File.ReadLines(goldPath).Select(l => JsonDocument.Parse(l).RootElement)
            .Select(r => (Id: r.GetProperty("id").GetString()!, Event: r.GetProperty("event").GetString()!,
                Story: r.GetProperty("story").GetString(), Fetched: r.GetProperty("fetched").GetString()!))
            .ToList();
        var wanted = gold.Select(g => g.Id).ToHashSet(StringComparer.Ordinal);
        var days = gold.Select(g => g.Fetched[..10]).Order(StringComparer.Ordinal).ToList();
        var (firstDay, lastDay) = (days[0], days[^1]);

        var folder = Directory.CreateTempSubdirectory("marsad-eval-clusters-");
        try
        {
            var input = Path.Combine(folder.FullName, "articles.jsonl");
            var rows = new List<(string Fetched, string Id, string Line)>();
            using (var reader = new StreamReader(new GZipStream(File.OpenRead(corpus), CompressionMode.Decompress)))
                while (reader.ReadLine() is { } line)
                {
                    var root = JsonDocument.Parse(line).RootElement;
                    var id = root.GetProperty("id").GetString()!;
                    var fetched = root.GetProperty("fetched").GetString() ?? "";
                    var keep = scope == "window"
                        ? string.CompareOrdinal(fetched[..Math.Min(10, fetched.Length)], firstDay) >= 0
                          && string.CompareOrdinal(fetched[..Math.Min(10, fetched.Length)], lastDay) <= 0
                          && (root.GetProperty("text").GetString() ?? "").Trim().Length >= 50
                        : wanted.Contains(id);
                    if (keep) rows.Add((fetched, id, line));
                }
            File.WriteAllLines(input, rows.OrderBy(r => r.Fetched, StringComparer.Ordinal).ThenBy(r => r.Id, StringComparer.Ordinal).Select(r => r.Line));

            using var store = MarsadStore.Open(Path.Combine(folder.FullName, "data"));
            var pipeline = MarsadPipeline.Default;
            var analyzer = new BatchAnalyzer(pipeline);
            var analyses = new AnalysisStore(store, pipeline);
            var started = DateTime.UtcNow;
            new Ingestor(store) { ChunkCommitted = (chunk, _) => analyses.Save(analyzer.Analyze(chunk)) }.Ingest([input]);
            Console.WriteLine($"{rows.Count:N0} articles ingested and analysed in {(DateTime.UtcNow - started).TotalSeconds:0.0} s ({scope}); {gold.Count} labelled.");

            var articleOf = ArticleIds(store, gold.Select(g => g.Id));
            var scored = gold.Where(g => articleOf.ContainsKey(g.Id)).ToList();
            var goldEvents = scored.Select(g => g.Event).ToList();
            var goldStories = scored.Select(g => g.Story ?? "none:" + g.Id).ToList();

            Console.WriteLine();
            Console.WriteLine("| system | B³ P | B³ R | B³ F1 | pair P | pair R | pair F1 | clusters | story B³ F1 | story pair F1 |");
            Console.WriteLine("|---|---|---|---|---|---|---|---|---|---|");
            Print("all singletons", ClusterScores.Of(goldEvents, scored.Select(g => g.Id).ToList()), null);
            foreach (var threshold in thresholds)
            {
                var index = new StoryIndex(StoryOptions.Default with { EventThreshold = threshold });
                new StoryRebuild(store, index).Recluster();
                var placed = new StoryRepository(store).Placements();
                var events = scored.Select(g => placed[articleOf[g.Id]].Cluster).ToList();
                var stories = scored.Select(g => placed[articleOf[g.Id]].Story).ToList();
                Print($"Marsad clusterer, threshold {threshold:0.00}", ClusterScores.Of(goldEvents, events), ClusterScores.Of(goldStories, stories));
            }
            var baseline = CosineBaseline.Build(store, scored.Select(g => articleOf[g.Id]).ToList());
            var best = Enumerable.Range(5, 91).Select(k => k / 100.0)
                .Select(t => (Threshold: t, Scores: ClusterScores.Of(goldEvents, baseline.SingleLink(t))))
                .ToList();
            var bestPair = best.MaxBy(b => b.Scores.PairF1);
            var bestB3 = best.MaxBy(b => b.Scores.BcubedF1);
            Print($"TF-IDF cosine single-link, best pairwise threshold {bestPair.Threshold:0.00}", bestPair.Scores, null);
            Print($"TF-IDF cosine single-link, best B³ threshold {bestB3.Threshold:0.00}", bestB3.Scores, null);
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            folder.Delete(recursive: true);
        }
    }

    private static void Print(string name, ClusterScores s, ClusterScores? story) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {s.BcubedPrecision:0.000} | {s.BcubedRecall:0.000} | {s.BcubedF1:0.000} | {s.PairPrecision:0.000} | {s.PairRecall:0.000} | {s.PairF1:0.000} | {s.Clusters} | {(story is null ? "" : story.BcubedF1.ToString("0.000", CultureInfo.InvariantCulture))} | {(story is null ? "" : story.PairF1.ToString("0.000", CultureInfo.InvariantCulture))} |"));

    private static Dictionary<string, string> ArticleIds(MarsadStore store, IEnumerable<string> sourceIds) =>
        sourceIds.Select(s => (Source: s, Ids: store.Articles.MatchIds(s, limit: 1))).Where(p => p.Ids.Count == 1)
            .ToDictionary(p => p.Source, p => p.Ids[0], StringComparer.Ordinal);

    /// <summary>The baseline the dev README describes: TF-IDF over the scored articles' stems (title and text), cosine, single link.</summary>
    private sealed class CosineBaseline
    {
        private readonly List<(int A, int B, double Cosine)> _pairs = [];
        private readonly int _count;

        private CosineBaseline(int count) => _count = count;

        public static CosineBaseline Build(MarsadStore store, IReadOnlyList<string> ids)
        {
            var text = new Pipeline.PipelineBuilder().UseText().Build();
            var profiler = new StoryProfiler(StoryOptions.Default with { TitleWeight = 1 });
            var bags = ids.Select(id =>
            {
                var article = store.Articles.Get(id)!;
                var document = text.Run(article);
                return profiler.Profile(article, document.Get(TextLayers.Tokens), document.GetOrDefault(TextLayers.Words), [], [], null).Terms;
            }).ToList();
            var df = bags.SelectMany(b => b.Keys).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
            var vectors = bags.Select(b =>
            {
                var v = b.ToDictionary(p => p.Key, p => p.Value * (Math.Log((1.0 + bags.Count) / (1.0 + df[p.Key])) + 1));
                var norm = Math.Sqrt(v.Values.Sum(x => x * x));
                return v.ToDictionary(p => p.Key, p => p.Value / norm);
            }).ToList();
            var baseline = new CosineBaseline(ids.Count);
            for (var a = 0; a < vectors.Count; a++)
                for (var b = a + 1; b < vectors.Count; b++)
                    baseline._pairs.Add((a, b, vectors[a].Sum(p => p.Value * vectors[b].GetValueOrDefault(p.Key))));
            return baseline;
        }

        public List<string> SingleLink(double threshold)
        {
            var parent = Enumerable.Range(0, _count).ToArray();
            int Find(int x) { while (parent[x] != x) x = parent[x] = parent[parent[x]]; return x; }
            foreach (var (a, b, cosine) in _pairs) if (cosine >= threshold) parent[Find(a)] = Find(b);
            return [.. Enumerable.Range(0, _count).Select(i => Find(i).ToString(CultureInfo.InvariantCulture))];
        }
    }
}
