using Marsad.Documents;
using Marsad.Pipeline;

namespace Marsad.Analysis;

/// <summary>
/// Runs a pipeline over a batch of articles on all cores and returns the documents in input order,
/// so reports and JSON output stay deterministic.
/// </summary>
public sealed class BatchAnalyzer(AnalysisPipeline pipeline, int maxDegreeOfParallelism = -1)
{
    public AnalysisPipeline Pipeline { get; } = pipeline;

    public IReadOnlyList<Document> Analyze(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default)
    {
        var documents = new Document[articles.Count];
        Parallel.For(0, articles.Count,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken },
            i => documents[i] = Pipeline.Run(articles[i]));
        return documents;
    }
}
