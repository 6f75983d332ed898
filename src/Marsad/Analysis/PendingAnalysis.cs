using Marsad.Documents;
using Marsad.Pipeline;
using Marsad.Storage;

namespace Marsad.Analysis;

/// <summary>How a worker takes its share of the queue.</summary>
/// <param name="ChunkSize">Articles claimed at a time.</param>
/// <param name="Lease">How long a claim holds; a worker killed mid-chunk loses its chunk to others after this.</param>
/// <param name="Parallelism">Threads analysing one chunk (-1: all cores).</param>
public sealed record PendingOptions(int ChunkSize = 64, TimeSpan? Lease = null, int Parallelism = -1)
{
    public TimeSpan LeaseTime => Lease ?? TimeSpan.FromMinutes(10);
}

/// <summary>What one worker did: articles it analysed and saved, and those whose lease it lost to another worker.</summary>
public sealed record PendingResult(string Worker, int Analyzed, int LostLeases, long Sentences, long Tokens);

/// <summary>
/// One worker of <c>marsad analyze --pending</c>: claims a chunk of the queue (<see cref="AnalysisQueue"/>), analyses it,
/// and saves the articles it still holds in one transaction that also takes them off the queue — so a save is all or
/// nothing and an article is saved by one worker once. When the queue has only other workers' live leases left it waits
/// for them to be saved or to run out (their worker died) and takes them; it stops when the queue is empty.
/// </summary>
public sealed class PendingAnalysis(MarsadStore store, AnalysisPipeline pipeline, PendingOptions options, TimeProvider? clock = null)
{
    private static readonly TimeSpan s_poll = TimeSpan.FromMilliseconds(500);

    /// <summary>Called with each saved chunk (the analysed documents this worker saved), after its transaction commits.</summary>
    public Action<IReadOnlyList<Document>>? Saved { get; init; }

    public PendingResult Run(string worker, CancellationToken cancellationToken = default)
    {
        var queue = new AnalysisQueue(store, clock);
        var analyzer = new BatchAnalyzer(pipeline, options.Parallelism);
        var analyses = new AnalysisStore(store, pipeline);
        var totals = new AnalysisTotals();
        var lost = 0;
        while (!cancellationToken.IsCancellationRequested)
        {
            var claimed = queue.Claim(worker, options.ChunkSize, options.LeaseTime);
            if (claimed.Count == 0)
            {
                if (queue.Remaining() == 0) break;
                Wait(queue.NextExpiry(), cancellationToken);
                continue;
            }
            var documents = analyzer.Analyze(claimed, cancellationToken);
            List<Document> kept;
            using (var transaction = store.BeginTransaction())
            {
                var held = queue.Hold(worker, claimed.Select(a => a.Id), transaction);
                kept = [.. documents.Where(d => held.Contains(d.Article.Id))];
                analyses.Save(kept, transaction);
                transaction.Commit();
            }
            lost += documents.Count - kept.Count;
            foreach (var document in kept) totals.Add(document);
            Saved?.Invoke(kept);
        }
        return new PendingResult(worker, totals.Articles, lost, totals.Sentences, totals.Tokens);
    }

    private void Wait(DateTimeOffset? expiry, CancellationToken cancellationToken)
    {
        var now = (clock ?? TimeProvider.System).GetUtcNow();
        var wait = expiry is { } until && until - now < s_poll ? until - now + TimeSpan.FromMilliseconds(20) : s_poll;
        cancellationToken.WaitHandle.WaitOne(wait < TimeSpan.Zero ? TimeSpan.Zero : wait);
    }
}
