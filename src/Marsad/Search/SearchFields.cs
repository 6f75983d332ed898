namespace Marsad.Search;

/// <summary>
/// The fields of one article in the search index. Only the id is stored: titles, texts and dates of hits are read
/// from the store, which stays the one copy of an article. <c>title</c> and <c>text</c> hold <see cref="SearchTerms"/>;
/// the rest are exact values for filters (indexed terms) and facets and sorting (doc values).
/// </summary>
internal static class SearchFields
{
    public const string Id = "id";
    public const string Title = "title";
    public const string Text = "text";
    /// <summary>Each pair of adjacent common words of the title (<see cref="CommonWords"/>), as one term
    /// (<see cref="WordPairs"/>): which articles hold a phrase's words side by side, without reading the words'
    /// positions. Named with the common-word list's fingerprint: an index made with another list has none of it.</summary>
    public static readonly string TitlePairs = "title_pairs." + CommonWords.Fingerprint;
    /// <summary>Each pair of adjacent common words of the text, as one term (<see cref="WordPairs"/>).</summary>
    public static readonly string TextPairs = "text_pairs." + CommonWords.Fingerprint;
    public const string Outlet = "outlet";
    /// <summary>The day the article was published in the outlet's own time zone (or the date the time step settled on):
    /// yyyyMMdd as a number for range filters, yyyy-MM-dd as sorted doc values for the facet.</summary>
    public const string Day = "day";
    /// <summary>Publication instant, UTC ticks, for sorting by date (0 when unknown).</summary>
    public const string Published = "published";
    public const string Entity = "entity";
    public const string EventType = "event_type";
    public const string Story = "story";
    /// <summary>The near-duplicate group (<see cref="DuplicateKeys"/>), only on articles that have near duplicates: its
    /// key in hex, as sorted doc values for collapsing (global ordinals index arrays) and as a term to find a group's
    /// members when it changes.</summary>
    public const string DuplicateGroup = "dup_group";
    /// <summary>Numeric doc value breaking ties between equal hits (<see cref="IndexDocument.IdOrder"/>): stable across
    /// updates, merges and rebuilds.</summary>
    public const string IdOrder = "id_order";
}
