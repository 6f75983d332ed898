using System.Runtime.CompilerServices;
using System.Text.Json;
using Marsad.Documents;
using Marsad.Entities;
using Marsad.Pipeline;
using Marsad.Reporting;
using Marsad.Storage;
using Marsad.Text;

namespace Marsad.Stories;

/// <summary>
/// Pipeline step for stories. <see cref="Annotate"/> (parallel, per article) builds the article's
/// <see cref="StoryProfile"/>; <see cref="Save"/> (in order, inside the chunk's transaction) places it in the store's
/// <see cref="StoryIndex"/>: exact and near duplicates, event cluster, story thread. Its article fields
/// (<c>duplicate_of</c>, <c>near_duplicates</c>, <c>event_cluster</c>, <c>story</c>) depend on other articles, so they are
/// read from the store when an article is written (<see cref="ICrossArticleContributor"/>), never kept with the analysis.
/// </summary>
public sealed class StoryAnnotator(StoryOptions? options = null) : IAnnotator, IStoredStep, ICrossArticleContributor, IReportContributor
{
    private readonly StoryProfiler _profiler = new(options);
    private readonly ConditionalWeakTable<MarsadStore, StoryIndex> _indexes = [];
    private readonly ConditionalWeakTable<MarsadStore, StoredEvents> _events = [];
    private readonly ConditionalWeakTable<MarsadStore, Comparison.StoredQuotes> _quotes = [];

    public StoryOptions Options { get; } = options ?? StoryOptions.Default;

    /// <summary>What reads the headline's entities (<see cref="ArticleFocus"/>) when the entity step ran: the default recognizer.</summary>
    internal static EntityRecognizer HeadlineRecognizer => EntityRecognizer.Default;

    public string Name => "stories";

    public IReadOnlyList<Layer> Requires { get; } = [TextLayers.Tokens];

    // Entities and the time step's date sharpen the profile; without them it is words alone.
    // The headline is read for entities only when the entity step ran (its recognizer, not a second one).
    public IReadOnlyList<Layer> Reads { get; } = [TextLayers.Words, TextLayers.Sentences, EntityLayers.Entities, DocumentLayers.Publication];

    public IReadOnlyList<Layer> Produces { get; } = [StoryLayers.Profile];

    public void Annotate(Document document)
    {
        var found = document.GetOrDefault(EntityLayers.Entities);
        var publication = document.GetOrDefault(DocumentLayers.Publication);
        var focus = ArticleFocus.Read(document.Article, document.GetOrDefault(TextLayers.Sentences),
            found?.Mentions.Select(m => (m.EntityId, m.Span.Start)) ?? [], found is null ? null : HeadlineRecognizer,
            StoryClock.DayOf(document.Article, publication).Day is { } day ? StoryClock.Date(day) : null);
        document.Set(StoryLayers.Profile, _profiler.Profile(document.Article, document.Get(TextLayers.Tokens),
            document.GetOrDefault(TextLayers.Words), found?.Entities.Select(e => e.Id) ?? [], [], publication, focus));
    }

    public void Save(Document document, StoreTransaction transaction)
    {
        if (document.GetOrDefault(StoryLayers.Profile) is not { } profile) return;
        // The events step saves before this one (it comes earlier in the pipeline), so its rows for the article are here.
        var events = _events.GetValue(transaction.Store, StoredEvents.Open).Signatures(profile.ArticleId, transaction);
        if (events.Count > 0) profile = StoryProfiler.WithEvents(profile, events, Options);
        // Likewise the quotes step's rows.
        profile = StoryProfiler.WithQuotes(profile, _quotes.GetValue(transaction.Store, Comparison.StoredQuotes.Open).Said(profile.ArticleId, transaction), Options);
        IndexFor(transaction.Store).Add(profile, transaction);
    }

    /// <summary>The index this step keeps for a store (its caches live as long as the store).</summary>
    public StoryIndex IndexFor(MarsadStore store) => _indexes.GetValue(store, _ => new StoryIndex(Options));

    public void WriteCrossArticleJson(string articleId, MarsadStore? store, Utf8JsonWriter writer) =>
        StoryRelations.Write(store is null ? null : new StoryRepository(store).Relations(articleId), writer);

    public ReportSection? Report(JsonElement article) => StoryRelations.Report(article);
}
