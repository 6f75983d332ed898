namespace Marsad.Search;

/// <summary>A search that cannot run as asked, with a code a script or the API can act on.</summary>
public sealed class SearchException(string code, string message, Exception? inner = null) : Exception($"{code} {message}", inner)
{
    /// <summary>The query text does not parse (unbalanced quotes or parentheses, a dangling operator).</summary>
    public const string BadQuery = "MARSAD-Q001";

    /// <summary>The query has no word to search for (only punctuation or operators).</summary>
    public const string EmptyQuery = "MARSAD-Q002";

    /// <summary>A filter needs a table this store does not have yet (events, stories), or names something unknown.</summary>
    public const string BadFilter = "MARSAD-Q003";

    /// <summary>There is no search index in the data folder.</summary>
    public const string NoIndex = "MARSAD-Q004";

    /// <summary>Another process is writing the index (an ingest or reindex running).</summary>
    public const string IndexBusy = "MARSAD-Q005";

    public string Code { get; } = code;

    /// <summary>The message without its code, for outputs that print the code apart.</summary>
    public string Detail { get; } = message;
}
