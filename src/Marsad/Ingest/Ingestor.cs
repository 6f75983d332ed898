using System.Collections.Concurrent;
using System.Diagnostics;
using Marsad.Documents;
using Marsad.Storage;
using System.Data.Common;

namespace Marsad.Ingest;

/// <summary>
/// Reads sources into a <see cref="MarsadStore"/>. Reading, parsing and hashing run ahead on other threads
/// (<see cref="ArticleReader"/>) through a bounded queue; writing stays on the calling thread, the store's single
/// writer. Articles are written in chunks of <see cref="IngestOptions.ChunkSize"/>, each in its own transaction,
/// so a crash or a failed write loses nothing committed before it, and re-running the same ingest skips what is
/// already stored (ids are content ids). A failed write (disk full, I/O error) stops the ingest and is returned in
/// <see cref="IngestSummary.StoreFailure"/> with the counts of what was committed, so a caller can still report them.
/// </summary>
public sealed class Ingestor(MarsadStore store, IngestOptions? options = null)
{
    private static readonly TimeSpan s_reportEvery = TimeSpan.FromMilliseconds(250);

    private readonly IngestOptions _options = Checked(options ?? IngestOptions.Default);

    private static IngestOptions Checked(IngestOptions options)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ChunkSize, 1, nameof(options.ChunkSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxFileBytes, 1, nameof(options.MaxFileBytes));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxJsonLineChars, 1, nameof(options.MaxJsonLineChars));
        return options;
    }

    /// <summary>
    /// Called on the writing thread after each chunk is committed, with every article of the chunk (stored or
    /// duplicate), so a caller such as <c>marsad analyze</c> can analyze what it ingests in one pass.
    /// </summary>
    public Action<IReadOnlyList<Article>, BatchResult>? ChunkCommitted { get; init; }

    public IngestSummary Ingest(IEnumerable<string> paths, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Ingest(SourcePlan.For(paths), progress, cancellationToken);

    public IngestSummary Ingest(SourcePlan plan, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default) =>
        Ingest((IArticleSource)plan, progress, cancellationToken);

    /// <summary>Stores what <paramref name="plan"/> reads: files, web pages and feeds, or several of them.</summary>
    public IngestSummary Ingest(IArticleSource plan, IProgress<IngestProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var run = new Run(store, plan, _options, progress, ChunkCommitted);
        using var queue = new BlockingCollection<IngestItem>(Math.Max(64, _options.ChunkSize * 2));
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);

        var reader = Task.Run(() =>
        {
            try
            {
                foreach (var item in plan.Read(_options, run.Counters, stop.Token)) queue.Add(item, stop.Token);
            }
            finally
            {
                queue.CompleteAdding();
            }
        }, stop.Token);

        try
        {
            foreach (var item in queue.GetConsumingEnumerable(stop.Token))
            {
                stop.Token.ThrowIfCancellationRequested();
                if (!run.Accept(item)) break;
            }
            run.Flush();
        }
        catch
        {
            stop.Cancel();
            try { reader.Wait(); } catch (AggregateException) { }
            throw;
        }
        if (run.Failure is not null)
        {
            stop.Cancel();
            try { reader.Wait(CancellationToken.None); } catch (AggregateException) { }
            run.Report(force: true);
            return run.Summary();
        }
        reader.GetAwaiter().GetResult();
        cancellationToken.ThrowIfCancellationRequested();
        run.Report(force: true);
        return run.Summary();
    }

    private sealed class Run(MarsadStore store, IArticleSource plan, IngestOptions options, IProgress<IngestProgress>? progress,
        Action<IReadOnlyList<Article>, BatchResult>? chunkCommitted)
    {
        private readonly List<Article> _chunk = new(options.ChunkSize);
        private readonly List<ArticleDuplicate> _duplicates = [];
        private readonly List<IngestProblem> _problems = [];
        private readonly Stopwatch _sinceReport = Stopwatch.StartNew();
        private int _read;
        private int _added;

        public ReadCounters Counters { get; } = new();

        public MarsadStoreException? Failure { get; private set; }

        /// <summary>Takes one item; false once writing has failed and the ingest must stop.</summary>
        public bool Accept(IngestItem item)
        {
            if (item.Problem is { } problem) _problems.Add(problem);
            else
            {
                _read++;
                _chunk.Add(item.Article!);
                if (_chunk.Count >= options.ChunkSize) Flush();
            }
            Report(force: false);
            return Failure is null;
        }

        public void Flush()
        {
            if (_chunk.Count == 0 || Failure is not null) return;
            BatchResult result;
            try
            {
                result = store.Articles.AddBatch(_chunk);
            }
            catch (DbException ex)
            {
                // The chunk's transaction rolled back: its articles were read but are not stored.
                _read -= _chunk.Count;
                Failure = MarsadStoreException.ForWrite(ex, store.DatabasePath,
                    $"The {_added:N0} articles stored before are committed and kept; the {_chunk.Count:N0} articles being written " +
                    $"(the first read from {_chunk[0].SourcePath}) and everything after them were not stored.");
                _chunk.Clear();
                return;
            }
            _added += result.Added;
            _duplicates.AddRange(result.Duplicates);
            try
            {
                chunkCommitted?.Invoke(_chunk, result);
            }
            catch (DbException ex)
            {
                Failure = MarsadStoreException.ForWrite(ex, store.DatabasePath,
                    $"All {_added:N0} articles read so far are stored, but what is kept after each chunk (the analysis of the {_chunk.Count:N0} " +
                    $"articles from {_chunk[0].SourcePath} on) was not, and nothing after them was read.");
            }
            _chunk.Clear();
            Report(force: true);
        }

        public void Report(bool force)
        {
            if (progress is null || (!force && _sinceReport.Elapsed < s_reportEvery)) return;
            _sinceReport.Restart();
            progress.Report(new IngestProgress(Counters.FilesDone, plan.SourceCount, Counters.BytesRead, plan.TotalBytes,
                _read, _added, _duplicates.Count, _problems.Count));
        }

        public IngestSummary Summary() => new(plan.SourceCount, _read, _added, _duplicates, _problems, options.DateOrder) { StoreFailure = Failure };
    }
}
