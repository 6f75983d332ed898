using Marsad.Documents;
using Marsad.Pipeline;

namespace Marsad.Analysis;

/// <summary>
/// Runs a pipeline over a batch of articles on all cores and returns the documents in input order,
/// so reports and JSON output stay deterministic. An article a step fails on is left out of the result and handed to
/// <see cref="Failed"/> (in input order, after the batch): the rest of the batch is analysed all the same.
/// </summary>
public sealed class BatchAnalyzer(AnalysisPipeline pipeline, int maxDegreeOfParallelism = -1)
{
    public AnalysisPipeline Pipeline { get; } = pipeline;

    /// <summary>Called with each article a step failed on; without it the first failure is thrown.</summary>
    public Action<Article, StepFailedException>? Failed { get; init; }

    public IReadOnlyList<Document> Analyze(IReadOnlyList<Article> articles, CancellationToken cancellationToken = default)
    {
        var documents = new Document?[articles.Count];
        var failures = new StepFailedException?[articles.Count];
        Parallel.For(0, articles.Count,
            new ParallelOptions { MaxDegreeOfParallelism = maxDegreeOfParallelism, CancellationToken = cancellationToken },
            i =>
            {
                try
                {
                    documents[i] = Pipeline.Run(articles[i]);
                }
                catch (StepFailedException e) when (Failed is not null)
                {
                    failures[i] = e;
                }
            });
        for (var i = 0; i < failures.Length; i++)
            if (failures[i] is { } failure) Failed!(articles[i], failure);
        return [.. documents.OfType<Document>()];
    }
}
