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
        return WithSidecar(article, file.Path, issues, options.DateOrder);
    }

    /// <summary>
    /// Applies sidecar metadata; the sidecar's fields win over what was found in the file itself. Problems of the
    /// file's decoding (<paramref name="issues"/>), of the sidecar, and a date neither could give are reported before
    /// the article, which carries each as a flag.
    /// </summary>
    internal static IngestItem[] WithSidecar(Article article, string path, IReadOnlyList<DecodeIssue> issues, DateOrder order,
        UnreadDate? unreadDate = null)
    {
        var items = new List<IngestItem>();
        var unreadAt = path;
        var meta = Sidecar.Read(path, order, out var problem, out var sidecarIssues);
        if (problem is not null) items.Add(IngestItem.Of(problem));
        var sidecar = Sidecar.PathFor(path);
        if (sidecarIssues.Count > 0)
        {
            items.AddRange(DecodeReport.Problems(sidecar!, sidecarIssues).Select(IngestItem.Of));
            article = article.WithFlags(sidecarIssues.Select(i => i.Code));
        }
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
            if (meta.Published is not null) unreadDate = null;
            else if (meta.UnreadDate is not null) (unreadDate, unreadAt) = (meta.UnreadDate, sidecar!);
        }
        if (unreadDate is not null)
        {
            items.Add(IngestItem.Of(unreadDate.Problem(unreadAt, unreadAt)));
            article = article.WithFlags([unreadDate.Code]);
        }
        items.AddRange(DecodeReport.WithArticle(path, issues, article));
        return [.. items];
    }
}
