using Marsad.Storage;
using Marsad.Stories;
using Marsad.Stories.Views;

namespace Marsad.Api;

/// <summary>
/// The last <see cref="Capacity"/> stories read by <c>GET /api/stories/{id}</c> and the story page: reading a large story
/// (its texts, events and outlet comparison) takes hundreds of milliseconds, and analysts come back to the same stories.
/// Keyed by story id (a cluster or article id is resolved to its story first) and the store's stamp (<see cref="StampedCache{TValue}"/>).
/// </summary>
public sealed class StoryDetailCache(StoreAccess stores)
{
    public const int Capacity = 64;

    private readonly StampedCache<StoryView> _cache = new(Capacity, stores.Stamps);

    /// <summary>The story <paramref name="id"/> names (a story, cluster or article id), from the cache when the store has not changed.</summary>
    public StoryView Read(MarsadStore store, string id)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (string.IsNullOrWhiteSpace(id) || new StoryRepository(store).StoryOf(id.Trim()) is not { } storyId) return StoryView.Read(store, id);
        return _cache.Get(store, storyId, () => StoryView.Read(store, storyId));
    }
}
