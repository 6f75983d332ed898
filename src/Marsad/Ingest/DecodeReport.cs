using Marsad.Documents;

namespace Marsad.Ingest;

/// <summary>Turns the <see cref="DecodeIssue"/>s of one source into reported problems and flags on its article.</summary>
internal static class DecodeReport
{
    private const int LinesNamed = 3;

    /// <summary>
    /// One problem per kind of issue for a whole file (<paramref name="path"/>), naming the first few lines and
    /// their byte offsets; the article is kept, so each message says what was stored.
    /// </summary>
    public static IEnumerable<IngestProblem> Problems(string path, IReadOnlyList<DecodeIssue> issues)
    {
        foreach (var group in issues.GroupBy(i => i.Code))
        {
            var list = group.ToList();
            var named = string.Join("; ", list.Take(LinesNamed).Select(i => i.Describe()));
            var more = list.Count > LinesNamed ? $"; and {list.Count - LinesNamed:N0} more line(s)" : "";
            var at = list.Count == 1 ? $"{path}:{list[0].Line}" : path;
            yield return new IngestProblem(at, group.Key, group.Key == IngestProblemCodes.InvalidUtf8
                ? $"{path} is UTF-8 with damaged bytes: {named}{more}; the article was stored with U+FFFD in their place and flagged {group.Key}; re-export the source if the lost characters matter."
                : $"{path} mixes encodings: {named}{more}; the article was stored as read and flagged {group.Key}; check those lines.");
        }
    }

    /// <summary>The problems of <paramref name="issues"/> followed by the article carrying their codes as flags.</summary>
    public static IEnumerable<IngestItem> WithArticle(string path, IReadOnlyList<DecodeIssue> issues, Article article)
    {
        foreach (var problem in Problems(path, issues)) yield return IngestItem.Of(problem);
        yield return IngestItem.Of(article.WithFlags(issues.Select(i => i.Code)));
    }
}
