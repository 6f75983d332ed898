namespace Marsad.Documents;

/// <summary>
/// When an article was published: as its source said, or estimated from its content when the source
/// said nothing. <see cref="Evidence"/> names what the estimate rests on (e.g. the latest full date in the text).
/// </summary>
public sealed record PublicationDate(DateTimeOffset? Value, bool Estimated, string? Evidence = null)
{
    public static PublicationDate FromSource(Article article) => new(article.Published, Estimated: false);
}
