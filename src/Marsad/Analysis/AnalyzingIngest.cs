using Marsad.Documents;
using Marsad.Ingest;
using Marsad.Pipeline;
using Marsad.Storage;
using Marsad.Text;

namespace Marsad.Analysis;

/// <summary>
/// Ingests sources and analyses each chunk as soon as it is committed, saving the analyses (<see cref="AnalysisStore"/>):
/// one pass over the input, memory bounded by the chunk size. What <c>marsad analyze</c> and <c>POST /api/analyze</c> run.
/// An article read twice in one run is analysed once; one a step fails on stays stored and is reported as an
/// <see cref="IngestProblemCodes.AnalysisFailed"/> problem.
/// </summary>
public sealed class AnalyzingIngest(MarsadStore store, AnalysisPipeline pipeline, IngestOptions? options = null)
{
    /// <summary>Called on the writing thread with each analysed chunk, in input order, after it is saved.</summary>
    public Action<IReadOnlyList<Document>>? Analyzed { get; init; }

    /// <summary>Called on the writing thread with each committed chunk's articles once their analyses are saved.</summary>
    public Action<IReadOnlyList<Article>>? Committed { get; init; }

    public IngestSummary Run(IEnumerable<string> paths, AnalysisTotals totals, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Run(SourcePlan.For(paths), totals, progress, cancellationToken);

    /// <summary>Ingests and analyses what <paramref name="source"/> reads: files, web pages and feeds.</summary>
    public IngestSummary Run(IArticleSource source, AnalysisTotals totals, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        var failed = new List<IngestProblem>();
        var analyzer = new BatchAnalyzer(pipeline) { Failed = (article, e) => failed.Add(AnalysisFailure.Problem(article, e)) };
        var analysisStore = new AnalysisStore(store, pipeline);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var ingestor = new Ingestor(store, options)
        {
            ChunkCommitted = (chunk, _) =>
            {
                var documents = analyzer.Analyze([.. chunk.Where(a => seen.Add(a.Id))], cancellationToken);
                // Stored so `marsad show` reads the results and `marsad entities` sees one entity across outlets.
                analysisStore.Save(documents);
                foreach (var document in documents) totals.Add(document);
                Analyzed?.Invoke(documents);
                Committed?.Invoke(chunk);
            },
        };
        var summary = ingestor.Ingest(source, progress, cancellationToken);
        return failed.Count == 0 ? summary : summary with { Problems = [.. summary.Problems, .. failed] };
    }
}

/// <summary>Counts of what an analysing ingest analysed: articles, sentences, tokens, and articles per outlet.</summary>
public sealed class AnalysisTotals
{
    private readonly Dictionary<string, int> _byOutlet = new(StringComparer.Ordinal);

    public int Articles { get; private set; }

    public long Sentences { get; private set; }

    public long Tokens { get; private set; }

    /// <summary>Articles per outlet, most first (unknown outlets as "(unknown)").</summary>
    public IEnumerable<KeyValuePair<string, int>> ByOutlet =>
        _byOutlet.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal);

    public void Add(Document document)
    {
        Articles++;
        Sentences += document.GetOrDefault(TextLayers.Sentences)?.Count ?? 0;
        Tokens += document.GetOrDefault(TextLayers.Tokens)?.Count ?? 0;
        var outlet = document.Article.Outlet ?? "(unknown)";
        _byOutlet[outlet] = _byOutlet.GetValueOrDefault(outlet) + 1;
    }

    /// <summary>The totals as fields of the open summary object (after the ingest fields).</summary>
    public void WriteFields(System.Text.Json.Utf8JsonWriter writer)
    {
        writer.WriteNumber("analyzed", Articles);
        writer.WriteNumber("sentences", Sentences);
        writer.WriteNumber("tokens", Tokens);
    }
}
