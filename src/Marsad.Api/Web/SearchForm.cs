namespace Marsad.Api.Web;

/// <summary>The search page's query string, with the same filters as <c>marsad search</c>.</summary>
public sealed record SearchForm(string? Q, string? Outlet, string? From, string? To, string? Entity, string? Type, string? Story)
{
    /// <summary>This form's query string with one filter changed (facet links).</summary>
    public string With(string? outlet = null, string? from = null, string? to = null, string? entity = null)
    {
        var pairs = new List<(string, string?)>
        {
            ("q", Q), ("outlet", outlet ?? Outlet), ("from", from ?? From), ("to", to ?? To), ("entity", entity ?? Entity), ("type", Type), ("story", Story),
        };
        return "/search?" + string.Join("&", pairs.Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2!)));
    }
}
