using Marsad.Documents;

namespace Marsad.Ingest;

/// <summary>A plain text file is one article: its whole decoded text, with metadata from its sidecar if any.</summary>
internal static class TextFileReader
{
    public static IEnumerable<PendingItem> Read(SourceFile file, IngestOptions options, ReadCounters counters)
    {
        yield return new PendingItem(file.Path, () => ReadOne(file, options, counters), file.Length);
    }

    private static IngestItem[] ReadOne(SourceFile file, IngestOptions options, ReadCounters counters)
    {
        var text = SourceBytes.ReadText(file, options, counters, out var problem, out var issues);
        if (text is null) return [IngestItem.Of(problem!)];
        var article = new Article { Id = ArticleIdentity.Of(text), Text = text, SourcePath = file.Path };
        return WithSidecar(article, file.Path, issues);
    }

    /// <summary>Applies sidecar metadata; the sidecar's fields win over what was found in the file itself.</summary>
    internal static IngestItem[] WithSidecar(Article article, string path, IReadOnlyList<DecodeIssue> issues)
    {
        var meta = Sidecar.Read(path, out var problem, out var sidecarIssues);
        if (meta is not null)
        {
            article = article with
            {
                SourceId = meta.SourceId ?? article.SourceId,
                Outlet = meta.Outlet ?? article.Outlet,
                Url = meta.Url ?? article.Url,
                Title = meta.Title ?? article.Title,
                Published = meta.Published ?? article.Published,
                Extra = meta.Extra ?? article.Extra,
            };
        }
        var items = new List<IngestItem>();
        if (problem is not null) items.Add(IngestItem.Of(problem));
        if (sidecarIssues.Count > 0)
        {
            var sidecar = Sidecar.PathFor(path)!;
            items.AddRange(DecodeReport.Problems(sidecar, sidecarIssues).Select(IngestItem.Of));
            article = article.WithFlags(sidecarIssues.Select(i => i.Code));
        }
        items.AddRange(DecodeReport.WithArticle(path, issues, article));
        return [.. items];
    }
}
