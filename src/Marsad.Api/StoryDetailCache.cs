using Marsad.Search;
using Marsad.Storage;
using Marsad.Stories;
using Marsad.Stories.Views;

namespace Marsad.Api;

/// <summary>
/// The last <see cref="Capacity"/> stories read by <c>GET /api/stories/{id}</c> and the story page. Reading a large story
/// (its texts, events and outlet comparison) takes hundreds of milliseconds, and analysts come back to the same stories.
/// Entries are keyed by story id and the store's <see cref="IndexStamp"/> (articles, analyses, events, story assignments),
/// so any ingest, analysis or re-placement makes them miss: the cache never serves a story older than the store.
/// </summary>
public sealed class StoryDetailCache
{
    public const int Capacity = 64;

    private readonly Lock _lock = new();
    private readonly LinkedList<(string Key, StoryView View)> _recent = new();
    private readonly Dictionary<string, LinkedListNode<(string Key, StoryView View)>> _byKey = new(StringComparer.Ordinal);

    /// <summary>The story <paramref name="id"/> names (a story, cluster or article id), from the cache when the store has not changed.</summary>
    public StoryView Read(MarsadStore store, string id)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (string.IsNullOrWhiteSpace(id) || new StoryRepository(store).StoryOf(id.Trim()) is not { } storyId) return StoryView.Read(store, id);
        var key = storyId + "\n" + IndexStamp.Read(store).Serialize();
        lock (_lock)
            if (_byKey.TryGetValue(key, out var hit))
            {
                _recent.Remove(hit);
                _recent.AddFirst(hit);
                return hit.Value.View;
            }
        var view = StoryView.Read(store, storyId);
        lock (_lock)
        {
            if (_byKey.ContainsKey(key)) return view;
            _byKey[key] = _recent.AddFirst((key, view));
            while (_recent.Count > Capacity)
            {
                _byKey.Remove(_recent.Last!.Value.Key);
                _recent.RemoveLast();
            }
        }
        return view;
    }
}
