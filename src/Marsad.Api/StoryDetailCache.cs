using Marsad.Storage;
using Marsad.Stories;
using Marsad.Stories.Views;
using Marsad.Views;

namespace Marsad.Api;

/// <summary>
/// The last <see cref="Capacity"/> stories read by <c>GET /api/stories/{id}</c> and the story page: reading a large story
/// (its texts, events and outlet comparison) takes hundreds of milliseconds, and analysts come back to the same stories.
/// Keyed by story id (a cluster or article id is resolved to its story first) and the store's stamp (<see cref="StampedCache{TValue}"/>).
/// The JSON of the last <see cref="JsonCapacity"/> stories asked for by the API is kept too: writing the largest
/// story at 30,000 articles (3.6 MB) cost more CPU than reading it from this cache.
/// </summary>
public sealed class StoryDetailCache(StoreAccess stores)
{
    public const int Capacity = 64;
    public const int JsonCapacity = 8;

    private readonly StampedCache<StoryView> _cache = new(Capacity, stores.Stamps);
    private readonly StampedCache<byte[]> _json = new(JsonCapacity, stores.Stamps);

    /// <summary>The story <paramref name="id"/> names (a story, cluster or article id), from the cache when the store has not changed.</summary>
    public StoryView Read(MarsadStore store, string id)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (string.IsNullOrWhiteSpace(id) || new StoryRepository(store).StoryOf(id.Trim()) is not { } storyId) return StoryView.Read(store, id);
        return _cache.Get(store, storyId, () => StoryView.Read(store, storyId));
    }

    /// <summary>The story's JSON as <see cref="StoryView.Write"/> writes it with <see cref="ViewJson.Options"/>, from the cache when the store has not changed.</summary>
    public byte[] ReadJson(MarsadStore store, string id)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (string.IsNullOrWhiteSpace(id) || new StoryRepository(store).StoryOf(id.Trim()) is not { } storyId) return Serialize(StoryView.Read(store, id));
        return _json.Get(store, storyId, () => Serialize(Read(store, storyId)));
    }

    private static byte[] Serialize(StoryView view)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, ViewJson.Options)) view.Write(writer);
        return buffer.WrittenSpan.ToArray();
    }
}
