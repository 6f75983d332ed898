using Marsad.Documents;

namespace Marsad.Quotes;

public static class QuoteLayers
{
    /// <summary>The article's quotes in text order; events inside a quote are attributed to its speaker.</summary>
    public static readonly Layer<IReadOnlyList<Quote>> Quotes = new("quotes");
}
