namespace Marsad.Quotes;

/// <summary>A quote read back from the store with its article's outlet and date and the sentence it came from.</summary>
public sealed record StoredQuote(string ArticleId, string? Outlet, string? Title, DateTimeOffset? Published, Quote Quote, string Sentence);
