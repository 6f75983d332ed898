using Marsad.Documents;

namespace Marsad.Ingest;

/// <summary>
/// A publication date the source gave that Marsad could not take: unreadable (<c>unparseable-date</c>) or impossible for
/// a news article (<c>implausible-date</c>). The article is stored without it (the time step dates it from its text),
/// the raw value stays in <see cref="Article.Extra"/>, and the article is flagged.
/// </summary>
public sealed record UnreadDate(string Field, string? Value, string Code, string Reason)
{
    public static UnreadDate Of(string field, string? value, string reason) =>
        new(field, value, reason.StartsWith("its year", StringComparison.Ordinal) ? IngestProblemCodes.ImplausibleDate : IngestProblemCodes.UnparseableDate, reason);

    public IngestProblem Problem(string at, string source) => new(at, Code,
        $"{source} gives {Field} \"{Value}\" but {Reason}; the article was stored without a publication date (kept in extra.{Field}) and flagged {Code}; fix the source or give --date-order.");

    /// <summary>The problem (if any) followed by the article flagged with it.</summary>
    public static IngestItem[] Report(UnreadDate? date, string at, string source, Article article) => date is null
        ? [IngestItem.Of(article)]
        : [IngestItem.Of(date.Problem(at, source)), IngestItem.Of(article.WithFlags([date.Code]))];
}
