using Marsad.Search;
using Marsad.Storage;

namespace Marsad.Api.Web;

/// <summary>The search page: the form, and the result or the reason there is none (no query, no index, a bad filter).</summary>
public sealed record SearchModel(SearchForm Form, SearchResult? Result, string? Problem)
{
    public static SearchModel Read(MarsadStore store, SearchService search, SearchForm form)
    {
        if (string.IsNullOrWhiteSpace(form.Q)) return new SearchModel(form, null, null);
        try
        {
            var query = new SearchQuery(form.Q)
            {
                Outlet = Blank(form.Outlet),
                From = ParseDay(form.From),
                To = ParseDay(form.To),
                Entity = Blank(form.Entity),
                EventType = Blank(form.Type),
                Story = Blank(form.Story),
            };
            return new SearchModel(form, search.Search(query, store), null);
        }
        catch (SearchException e)
        {
            return new SearchModel(form, null, $"{e.Code}: {e.Detail}");
        }
    }

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static DateOnly? ParseDay(string? s) =>
        string.IsNullOrWhiteSpace(s) ? null
        : DateOnly.TryParseExact(s.Trim(), "yyyy-MM-dd", out var d) ? d
        : throw new SearchException(SearchException.BadFilter, $"'{s}' is not a date (yyyy-mm-dd).");
}
