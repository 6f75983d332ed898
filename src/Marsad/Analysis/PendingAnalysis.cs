using Marsad.Documents;
using Marsad.Ingest;
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
public sealed record PendingResult(string Worker, int Analyzed, int LostLeases, long Sentences, long Tokens)
{
    /// <summary>Articles a step failed on: taken off the queue (another claim would fail again), left stored and unanalysed.</summary>
    public IReadOnlyList<IngestProblem> NotAnalysed { get; init; } = [];
}

/// <summary>
/// One worker of <c>marsad analyze --pending</c>: claims a chunk of the queue (<see cref="AnalysisQueue"/>), analyses it,
/// and saves the articles it still holds in one transaction that also takes them off the queue — so a save is all or
/// nothing and an article is saved by one worker once. A chunk is saved on another thread while the next is analysed. When the queue has only other workers' live leases left it waits
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
        var failed = new List<Article>();
        var notAnalysed = new List<IngestProblem>();
        var analyzer = new BatchAnalyzer(pipeline, options.Parallelism)
        {
            Failed = (article, e) =>
            {
                failed.Add(article);
                notAnalysed.Add(AnalysisFailure.Problem(article, e));
            },
        };
        var analyses = new AnalysisStore(store, pipeline);
        var totals = new AnalysisTotals();
        var lost = 0;
        // A chunk is saved while the next one is analysed: with several workers a save may wait for another's turn
        // (SqlDialect.TakeSaveTurn), and that wait then costs no analysis time. The store's connection is used by one
        // thread at a time: the next claim waits for the save before it.
        Task<(List<Document> Kept, int Lost)>? saving = null;
        void Finish()
        {
            if (saving is null) return;
            var (kept, lostHere) = saving.GetAwaiter().GetResult();
            saving = null;
            lost += lostHere;
            foreach (var document in kept) totals.Add(document);
        }
        try
        {
            var claimed = queue.Claim(worker, options.ChunkSize, options.LeaseTime);
            while (!cancellationToken.IsCancellationRequested)
            {
                if (claimed.Count == 0)
                {
                    Finish();
                    if (queue.Remaining() == 0) break;
                    Wait(queue.NextExpiry(), cancellationToken);
                    claimed = queue.Claim(worker, options.ChunkSize, options.LeaseTime);
                    continue;
                }
                failed.Clear();
                var documents = analyzer.Analyze(claimed, cancellationToken);
                Finish();
                var next = cancellationToken.IsCancellationRequested ? [] : queue.Claim(worker, options.ChunkSize, options.LeaseTime);
                var chunk = claimed;
                List<Article> dropped = [.. failed];
                saving = Task.Run(() => Save(worker, queue, analyses, chunk, documents, dropped));
                claimed = next;
            }
            Finish();
        }
        finally
        {
            // Leaving by an exception: the store stays untouched until the save in flight has ended (its outcome is lost
            // with the exception; an unsaved chunk goes back to the queue when its lease runs out).
            ((IAsyncResult?)saving)?.AsyncWaitHandle.WaitOne();
        }
        return new PendingResult(worker, totals.Articles, lost, totals.Sentences, totals.Tokens) { NotAnalysed = notAnalysed };
    }

    private (List<Document> Kept, int Lost) Save(string worker, AnalysisQueue queue, AnalysisStore analyses,
        IReadOnlyList<Article> claimed, IReadOnlyList<Document> documents, IReadOnlyList<Article> failed)
    {
        List<Document> kept;
        using (var transaction = store.BeginTransaction())
        {
            var held = queue.Hold(worker, claimed.Select(a => a.Id), transaction);
            kept = [.. documents.Where(d => held.Contains(d.Article.Id))];
            analyses.Save(kept, transaction);
            queue.Drop([.. failed.Select(a => a.Id).Where(held.Contains)], transaction);
            transaction.Commit();
        }
        Saved?.Invoke(kept);
        return (kept, documents.Count - kept.Count);
    }

    private void Wait(DateTimeOffset? expiry, CancellationToken cancellationToken)
    {
        var now = (clock ?? TimeProvider.System).GetUtcNow();
        var wait = expiry is { } until && until - now < s_poll ? until - now + TimeSpan.FromMilliseconds(20) : s_poll;
        cancellationToken.WaitHandle.WaitOne(wait < TimeSpan.Zero ? TimeSpan.Zero : wait);
    }
}
