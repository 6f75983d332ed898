using Marsad.Documents;

namespace Marsad.Ingest;

/// <summary>One result of reading sources: either an article or the problem that kept one from being read.</summary>
public sealed class IngestItem
{
    private IngestItem(Article? article, IngestProblem? problem)
    {
        Article = article;
        Problem = problem;
    }

    public Article? Article { get; }

    public IngestProblem? Problem { get; }

    public bool IsArticle => Article is not null;

    public static IngestItem Of(Article article) => new(article ?? throw new ArgumentNullException(nameof(article)), null);

    public static IngestItem Of(IngestProblem problem) => new(null, problem ?? throw new ArgumentNullException(nameof(problem)));

    public override string ToString() => Article is not null ? $"article {Article.Id} ({Article.SourcePath})" : Problem!.ToString();
}
