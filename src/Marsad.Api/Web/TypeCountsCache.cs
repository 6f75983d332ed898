using Marsad.Events;
using Marsad.Storage;
using Marsad.Views;

namespace Marsad.Api.Web;

/// <summary>
/// The events page's type counts for the last <see cref="Capacity"/> filters: counting the events a filter keeps by type
/// and day reads all of them (about a second at 30,000 articles), and paging through the events asks for the same counts
/// on every page. Keyed by the filters and the store's stamp (<see cref="StampedCache{TValue}"/>). Without filters the
/// counts are read from the aggregate kept on save (<c>event_type_days</c>), so the first load after a change is cheap too.
/// </summary>
public sealed class TypeCountsCache(StoreAccess stores)
{
    public const int Capacity = 32;

    private readonly StampedCache<TypeCounts> _cache = new(Capacity, stores.Stamps);

    public TypeCounts Read(MarsadStore store, EventFilter filter) =>
        _cache.Get(store, string.Join("\n", filter.Type, filter.Actor, filter.Target, filter.Modality, filter.Outlet, filter.From, filter.To),
            () => TypeCounts.Of(new EventRepository(store).CountsByDay(EventsView.Query(store, filter))));
}
