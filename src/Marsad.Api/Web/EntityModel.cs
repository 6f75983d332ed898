using Marsad.Entities;
using Marsad.Events;
using Marsad.Quotes;
using Marsad.Storage;
using Marsad.Stories;
using Marsad.Stories.Views;
using Marsad.Views;

namespace Marsad.Api.Web;

/// <summary>
/// The entity page: the entity and its mentions (<see cref="EntityView"/>), its quotes, the events it acts in or is the
/// target of, and — from the articles of the shown mentions, as the stories are — the stories it appears in and the
/// entities mentioned beside it.
/// </summary>
public sealed record EntityModel(EntityView View, IReadOnlyList<StoredQuote> Quotes, IReadOnlyList<StoredEvent> AsSource, IReadOnlyList<StoredEvent> AsTarget,
    IReadOnlyList<(StoryThread Story, int Mentions)> Stories, IReadOnlyList<CoOccurrence> CoOccurring)
{
    public const int Limit = 200;
    public const int StoriesShown = 10;
    public const int CoOccurringShown = 20;

    public static EntityModel Read(MarsadStore store, string id)
    {
        var view = EntityView.Read(store, id, Limit);
        var ids = view.Entities.Select(e => e.Entity.Id).ToList();
        return new EntityModel(
            view,
            new QuoteRepository(store).List(new QuoteQuery { SpeakerIds = ids, Limit = 50 }),
            new EventRepository(store).List(new EventQuery { ActorIds = ids, Limit = 50 }),
            new EventRepository(store).List(new EventQuery { TargetIds = ids, Limit = 50 }),
            StoriesOf(store, view),
            new EntityRepository(store).CoOccurring([.. view.Entities.SelectMany(e => e.Mentions).Select(m => m.ArticleId)], ids, CoOccurringShown));
    }

    /// <summary>The number of articles the shown mentions come from: what <see cref="CoOccurring"/> counts over.</summary>
    public int ArticlesShown => View.Entities.SelectMany(e => e.Mentions).Select(m => m.ArticleId).Distinct(StringComparer.Ordinal).Count();

    /// <summary>The stories holding the articles of the shown mentions, the most mentioning first.</summary>
    private static IReadOnlyList<(StoryThread, int)> StoriesOf(MarsadStore store, EntityView view)
    {
        var stories = new StoryRepository(store);
        return [.. view.Entities.SelectMany(e => e.Mentions).Select(m => stories.StoryOf(m.ArticleId)).OfType<string>()
            .GroupBy(id => id, StringComparer.Ordinal).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Take(StoriesShown)
            .Select(g => (Story: stories.Threads(g.Key).FirstOrDefault(), Count: g.Count())).Where(s => s.Story is not null).Select(s => (s.Story!, s.Count))];
    }

    /// <summary>Mentions per publication day, oldest first, for the chart.</summary>
    public IReadOnlyList<KeyValuePair<string, long>> MentionsByDay() =>
        [.. View.Entities.SelectMany(e => e.Mentions).Where(m => m.Published is not null)
            .GroupBy(m => Display.Date(m.Published)).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new KeyValuePair<string, long>(g.Key, g.Count()))];
}
