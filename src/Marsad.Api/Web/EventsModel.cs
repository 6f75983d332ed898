using Marsad.Storage;
using Marsad.Views;

namespace Marsad.Api.Web;

/// <summary>
/// The events page: one page of the events its filters keep (<see cref="EventsView"/>, the object of
/// <c>GET /api/events</c> with the same query) and how many of each PLOVER type they hold over time.
/// </summary>
public sealed record EventsModel(EventFilter Filter, string? After, EventsView View, TypeCounts Counts)
{
    public const int PageSize = 100;

    public static EventsModel Read(MarsadStore store, TypeCountsCache counts, EventFilter filter, string? after)
    {
        filter = new EventFilter(Blank(filter.Type), Blank(filter.Actor), Blank(filter.Target), Blank(filter.Modality), Blank(filter.Outlet),
            Blank(filter.From), Blank(filter.To));
        var view = EventsView.Read(store, filter, PageSize, Blank(after));
        return new EventsModel(filter, Blank(after), view, counts.Read(store, filter));
    }

    /// <summary>The query string of these filters (and a cursor), for the JSON twin and the next page.</summary>
    public string Query(string? after = null)
    {
        var pairs = new (string, string?)[]
        {
            ("type", Filter.Type), ("actor", Filter.Actor), ("target", Filter.Target), ("modality", Filter.Modality),
            ("outlet", Filter.Outlet), ("from", Filter.From), ("to", Filter.To), ("after", after),
        };
        var query = string.Join("&", pairs.Where(p => !string.IsNullOrEmpty(p.Item2)).Select(p => p.Item1 + "=" + Uri.EscapeDataString(p.Item2!)));
        return query.Length == 0 ? "" : "?" + query;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
