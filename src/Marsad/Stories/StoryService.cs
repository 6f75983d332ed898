using Marsad.Storage;
using Marsad.Stories.Comparison;
using Marsad.Stories.Timeline;
using Marsad.Stories.Views;

namespace Marsad.Stories;

/// <summary>
/// What the story commands (and later the HTTP API) ask for: duplicate groups, every story thread with its clusters
/// (stored articles not yet placed are placed first, so every article is in exactly one cluster), and one story with
/// its timeline and outlet comparison. Undated articles get their story-estimated dates (<see cref="StoryDating"/>, <see cref="ClusterDating"/>).
/// </summary>
public sealed class StoryService(MarsadStore store, StoryIndex? index = null)
{
    private readonly StoryIndex _index = index ?? new StoryIndex();

    /// <summary>Places the stored articles the index does not hold yet; returns how many.</summary>
    public int CatchUp() => new StoryRebuild(store, _index).CatchUp();

    public int Recluster(IProgress<int>? progress = null) => new StoryRebuild(store, _index).Recluster(progress);

    public IReadOnlyList<DuplicateGroup> Duplicates() => new StoryRepository(store).DuplicateGroups();

    /// <summary>The verified pairs inside a near-duplicate group, each with its shared passages aligned in both texts.</summary>
    public IReadOnlyList<DuplicatePair> Pairs(DuplicateGroup group)
    {
        var members = group.Articles.ToHashSet(StringComparer.Ordinal);
        var repository = new StoryRepository(store);
        var words = new Dictionary<string, Marsad.Stories.Duplicates.WordSequence>(StringComparer.Ordinal);
        Marsad.Stories.Duplicates.WordSequence Words(string id) => words.TryGetValue(id, out var w) ? w : words[id] = Marsad.Stories.Duplicates.WordSequence.Of(store.Articles.Get(id)!.Text);
        return [.. group.Articles.SelectMany(a => repository.NearDuplicates(a).Where(n => members.Contains(n.Id) && string.CompareOrdinal(a, n.Id) < 0)
            .Select(n => new DuplicatePair(a, n.Id, Marsad.Stories.Duplicates.OverlapMeasure.Measure(Words(a), Words(n.Id), _index.Options.ShingleSize))))];
    }

    public IReadOnlyList<StoryThread> Stories()
    {
        var threads = new StoryRepository(store).Threads();
        // Only threads holding an undated article can gain an estimate from another's text; reading the others' texts would
        // be wasted. An article dated only by an estimate can still be dated from its cluster (ClusterDating), without texts.
        return [.. threads.Select(t => t.Articles.Count() < 2 ? t
                : t.Articles.Any(a => StoryViews.DateOf(a) is null) ? Dated(t, Texts(t.Articles))
                : t.Articles.Any(a => !ClusterDating.HasOwnDate(a)) ? Dated(t, [])
                : t)
            .OrderBy(t => t.Start ?? DateOnly.MaxValue).ThenBy(t => t.Id, StringComparer.Ordinal)];
    }

    /// <summary>The story called <paramref name="id"/> (a story id, or a cluster or article id inside it), or null.</summary>
    public StoryDetail? Story(string id)
    {
        var repository = new StoryRepository(store);
        var storyId = repository.StoryOf(id);
        if (storyId is null || repository.Threads(storyId).FirstOrDefault() is not { } thread) return null;
        // A large story is dated and compared over a sample of its articles (StorySample): reading and aligning them all took minutes.
        var texts = Texts(StorySample.Of([.. thread.Articles]));
        var byId = texts.ToDictionary(t => t.Article.Id, StringComparer.Ordinal);
        thread = Dated(thread, texts);
        var ordered = thread.Clusters.SelectMany(c => c.Articles).Where(a => byId.ContainsKey(a.Id)).Select(a => byId[a.Id] with { Article = a })
            .OrderBy(t => StoryViews.DateOf(t.Article) ?? DateOnly.MaxValue).ThenBy(t => t.Article.Id, StringComparer.Ordinal).ToList();
        var events = StoredEvents.Open(store);
        var quotes = StoredQuotes.Open(store);
        var timeline = thread.Clusters.Select(c => new TimelineEntry(c.Date, c,
            [.. c.Articles.SelectMany(a => events.Signatures(store, a.Id)).Distinct().Order(StringComparer.Ordinal)])).ToList();
        return new StoryDetail(thread, timeline, ComparisonBuilder.Build(ordered, articleId => quotes.Speakers(store, articleId), articleId => quotes.UnnamedSpeakers(store, articleId))) { ArticlesCompared = ordered.Count };
    }

    private List<StoryText> Texts(IEnumerable<StoryArticle> articles) => [.. articles.Select(a => StoryText.Load(store, a))];

    /// <summary>The thread with its estimated dates: an offset from an event another article dates (<see cref="StoryDating"/>)
    /// first, else the date of its event cluster (<see cref="ClusterDating"/>).</summary>
    private static StoryThread Dated(StoryThread thread, IReadOnlyList<StoryText> texts)
    {
        var byOffset = StoryDating.Estimate(texts);
        var byCluster = ClusterDating.Estimate(thread.Articles.Where(a => !byOffset.ContainsKey(a.Id)));
        return StoryViews.WithDates(thread, byOffset.Concat(byCluster).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal));
    }
}
