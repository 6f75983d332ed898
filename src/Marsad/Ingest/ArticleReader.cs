namespace Marsad.Ingest;

/// <summary>
/// Reads articles from files and folders as one ordered stream of articles and problems; one bad file or
/// line becomes a problem in the stream and reading goes on. Order is deterministic (plan order, then line
/// order) even though parsing, decoding and hashing run on <see cref="IngestOptions.Parallelism"/> threads:
/// a sequential scan cuts the sources into blocks of work, each block is completed in parallel and yielded
/// in order. At most one block (≤ 256 items, ≤ 32 M characters or bytes) is held beyond what the caller keeps.
/// </summary>
public static class ArticleReader
{
    private const int BlockItems = 256;
    private const long BlockWeight = 32L * 1024 * 1024;

    public static IEnumerable<IngestItem> Read(IEnumerable<string> paths, IngestOptions? options = null) =>
        Read(SourcePlan.For(paths), options);

    public static IEnumerable<IngestItem> Read(SourcePlan plan, IngestOptions? options = null, ReadCounters? counters = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        options ??= IngestOptions.Default;
        counters ??= new ReadCounters();

        foreach (var problem in plan.Problems) yield return IngestItem.Of(problem);

        var block = new List<PendingItem>(BlockItems);
        long weight = 0;
        foreach (var file in plan.Files)
        {
            foreach (var pending in Scan(file, options, counters))
            {
                block.Add(pending);
                weight += pending.Weight;
                if (block.Count < BlockItems && weight < BlockWeight) continue;
                foreach (var item in Complete(block, options)) yield return item;
                block.Clear();
                weight = 0;
            }
            counters.FileDone();
        }
        foreach (var item in Complete(block, options)) yield return item;
    }

    private static IEnumerable<PendingItem> Scan(SourceFile file, IngestOptions options, ReadCounters counters) => file.Kind switch
    {
        SourceKind.JsonLines or SourceKind.GzipJsonLines => JsonLinesReader.Read(file, options, counters),
        SourceKind.Text => TextFileReader.Read(file, options, counters),
        SourceKind.Html => HtmlArticleReader.Read(file, options, counters),
        _ => throw new ArgumentOutOfRangeException(nameof(file), file.Kind, "unknown source kind"),
    };

    private static IEnumerable<IngestItem> Complete(List<PendingItem> block, IngestOptions options)
    {
        if (block.Count == 0) return [];
        var results = new IngestItem[block.Count][];
        if (options.Parallelism <= 1 || block.Count == 1)
        {
            for (var i = 0; i < block.Count; i++) results[i] = block[i].CompleteSafely();
        }
        else
        {
            Parallel.For(0, block.Count, new ParallelOptions { MaxDegreeOfParallelism = options.Parallelism },
                i => results[i] = block[i].CompleteSafely());
        }
        return results.SelectMany(r => r);
    }
}
