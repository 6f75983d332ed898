using System.Text.Json.Nodes;
using Marsad.Documents;
using Marsad.Storage;
using Marsad.Stories;
using Marsad.Tests.Support;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

using static Marsad.Tests.Stories.WireTexts;

namespace Marsad.Tests.Stories;

public sealed class SqliteStoryIndexTests() : StoryIndexTests(StoreKind.Sqlite);

public sealed class PostgreSqlStoryIndexTests() : StoryIndexTests(StoreKind.PostgreSql);

/// <summary>The online story index on each kind of store.</summary>
public abstract class StoryIndexTests(StoreKind kind)
{
    private static Article Article(string text, string outlet, string fetched) => new()
    {
        Id = ArticleIdentity.Of(text),
        Text = text,
        Outlet = outlet,
        Extra = new JsonObject { ["fetched"] = fetched },
    };

    private static StoryPlacement Add(MarsadStore store, StoryIndex index, Article article)
    {
        store.Articles.AddBatch([article]);
        var profile = Profile(article);
        using var transaction = store.BeginTransaction();
        var placement = index.Add(profile, transaction);
        transaction.Commit();
        return placement;
    }

    [Fact]
    public void ARepostTheNextDayIsANearDuplicateInTheWireItemsCluster()
    {
        using var target = TestStore.Create(kind);
        using var store = target.Open();
        var index = new StoryIndex();
        var wire = Add(store, index, Article(Wire, "was", "2015-08-10 09:00:00"));
        var other = Add(store, index, Article(Other, "okaz", "2015-08-10 12:00:00"));

        var repost = Add(store, index, Article(Repost, "alwatan", "2015-08-11 08:00:00"));

        var near = Assert.Single(repost.NearDuplicates);
        Assert.Equal((ArticleIdentity.Of(Wire), 0.9487), (near.Id, near.Containment));
        Assert.Equal(wire.ClusterId, repost.ClusterId);
        Assert.NotEqual(wire.ClusterId, other.ClusterId);
        Assert.Null(repost.DuplicateOf);
    }

    [Fact]
    public void ACopyThatDiffersOnlyInPunctuationIsAnExactDuplicate()
    {
        using var target = TestStore.Create(kind);
        using var store = target.Open();
        var index = new StoryIndex();
        Add(store, index, Article(Other, "okaz", "2015-08-10 12:00:00"));

        var copy = Add(store, index, Article(Other.Replace(" وأوضحت", "، وأوضحت"), "alyaum", "2015-08-10 13:00:00"));

        Assert.Equal(ArticleIdentity.Of(Other), copy.DuplicateOf);
    }

    [Fact]
    public void PlacingAnArticleAgainReplacesItsPlace()
    {
        using var target = TestStore.Create(kind);
        using var store = target.Open();
        var index = new StoryIndex();
        Add(store, index, Article(Wire, "was", "2015-08-10 09:00:00"));
        Add(store, index, Article(Repost, "alwatan", "2015-08-11 08:00:00"));

        Add(store, index, Article(Repost, "alwatan", "2015-08-11 08:00:00"));

        var repository = new StoryRepository(store);
        Assert.Equal(2, repository.Placements().Count);
        var thread = Assert.Single(repository.Threads());
        var cluster = Assert.Single(thread.Clusters);
        Assert.Equal(2, cluster.Articles.Count);
        Assert.Single(repository.NearDuplicates(ArticleIdentity.Of(Wire)));
        Assert.Equal("near", Assert.Single(repository.DuplicateGroups()).Kind);
    }

    [Fact]
    public void AnArticlePlacedAgainWithinAChunkIsWeighedWithTheStoredTermCounts()
    {
        using var target = TestStore.Create(kind);
        using var store = target.Open();
        var index = new StoryIndex();
        var wire = Article(Wire, "was", "2015-08-10 09:00:00");
        var other = Article(Other, "okaz", "2015-08-10 12:00:00");
        Add(store, index, wire);
        store.Articles.AddBatch([other]);

        // One chunk: the other article caches its terms' counts, then the wire item is taken out and placed again.
        PairEvidence inChunk;
        using (var transaction = store.BeginTransaction())
        {
            index.Add(Profile(other), transaction);
            index.Add(Profile(wire), transaction);
            inChunk = index.Compare(wire.Id, other.Id, transaction)!;
            transaction.Commit();
        }
        using var fresh = store.BeginTransaction();
        var fromStore = new StoryIndex().Compare(wire.Id, other.Id, fresh)!;

        Assert.True(inChunk.Words > 0, "the two articles share words, so their counts matter");
        Assert.Equal(fromStore, inChunk);
    }

    [Fact]
    public void TwoReportsNamingOneCityButDifferentPeopleShareThePlaceNotTheEntities()
    {
        using var target = TestStore.Create(kind);
        using var store = target.Open();
        var index = new StoryIndex();
        var toll = Article("أعلنت صحة عسير أن مستشفى عسير المركزي استقبل 40 مصاباً إثر التفجير.", "3alyoum", "2015-08-07 09:00:00");
        var imam = Article("روى إمام مسجد قوات الطوارئ بعسير اللحظات الأخيرة قبل التفجير.", "almadina", "2015-08-07 11:00:00");
        foreach (var (article, entities) in new[] { (toll, new[] { "loc:~عسير", "per:~سعيد-النقير" }), (imam, ["loc:~عسير", "per:~عبدالله-الشهراني"]) })
        {
            store.Articles.AddBatch([article]);
            using var adding = store.BeginTransaction();
            index.Add(new StoryProfiler().Profile(article, Tokenizer.Tokenize(ArabicNormalizer.Normalize(article.Text)), null, entities, [], null), adding);
            adding.Commit();
        }

        using var transaction = store.BeginTransaction();
        var evidence = index.Compare(toll.Id, imam.Id, transaction)!;

        Assert.Equal((1.0, 0.0), (Math.Round(evidence.Places, 6), evidence.Entities));
    }

    // Two reports from Asir among 20 other local items: the story model reads their shared region by how common it is in
    // the store (the shipped floor: the idf of a term in one article in 50), the event model as a whole kind agreeing.
    [Theory]
    [InlineData("loc:~عسير", 0.070)]
    [InlineData("loc:~جازان", 0.649)]
    public void ARegionMostStoredArticlesNameIsWeakStoryEvidenceAndARareOneStrong(string fillerPlace, double storyPlaces)
    {
        using var target = TestStore.Create(kind);
        using var store = target.Open();
        var index = new StoryIndex();
        void Place(Article article, string[] entities)
        {
            store.Articles.AddBatch([article]);
            using var adding = store.BeginTransaction();
            index.Add(new StoryProfiler().Profile(article, Tokenizer.Tokenize(ArabicNormalizer.Normalize(article.Text)), null, entities, [], null), adding);
            adding.Commit();
        }
        var toll = Article("أعلنت صحة عسير أن مستشفى عسير المركزي استقبل 40 مصاباً إثر التفجير.", "3alyoum", "2015-08-07 09:00:00");
        var imam = Article("روى إمام مسجد قوات الطوارئ بعسير اللحظات الأخيرة قبل التفجير.", "almadina", "2015-08-07 11:00:00");
        Place(toll, ["loc:~عسير"]);
        Place(imam, ["loc:~عسير"]);
        for (var i = 1; i <= 20; i++)
            Place(Article($"افتتحت البلدية الحديقة رقم {i} في الحي الشمالي بحضور الأهالي.", "alwatan", "2015-08-07 12:00:00"), [fillerPlace]);

        using var transaction = store.BeginTransaction();
        var forStory = index.Compare(toll.Id, imam.Id, transaction, forStory: true)!;
        var forEvent = index.Compare(toll.Id, imam.Id, transaction)!;

        Assert.Equal((storyPlaces, 1.0), (Math.Round(forStory.Places, 3), Math.Round(forEvent.Places, 6)));
    }

    // Two Jeddah items of one day, a book fair and a road closed by rain: the city they share alone is no evidence of one
    // story once a place needs an actor or event beside it (StoryPlaceSupport); the same city with a shared organisation
    // still counts in full. The event model reads the place either way.
    [Theory]
    [InlineData(0.0, false, 1.0)]
    [InlineData(0.3, false, 0.0)]
    [InlineData(0.3, true, 1.0)]
    public void ACityTwoReportsShareWithNoActorOrEventCountsNothingForTheStoryModel(double support, bool sharedActor, double storyPlaces)
    {
        using var target = TestStore.Create(kind);
        using var store = target.Open();
        var index = new StoryIndex(StoryOptions.Default with { StoryEvidenceFloor = 0, StoryPlaceSupport = support });
        string[] entities = sharedActor ? ["loc:~جدة", "org:~أمانة-جدة"] : ["loc:~جدة"];
        var fair = Article("افتتحت الأمانة معرضاً للكتاب على الواجهة البحرية في جدة مساء أمس.", "okaz", "2015-08-07 09:00:00");
        var rain = Article("أغلقت الأمانة طريقاً رئيسياً في جدة بعد هطول أمطار غزيرة.", "almadina", "2015-08-07 11:00:00");
        PlaceWithEntities(store, index, fair, entities);
        PlaceWithEntities(store, index, rain, entities);

        using var transaction = store.BeginTransaction();
        var forStory = index.Compare(fair.Id, rain.Id, transaction, forStory: true)!;
        var forEvent = index.Compare(fair.Id, rain.Id, transaction)!;

        Assert.Equal((storyPlaces, 1.0), (Math.Round(forStory.Places, 6), Math.Round(forEvent.Places, 6)));
    }

    // The Crown Prince's phone call with Hadi, reported twice, and Hadi's appeal to respect the truce, the same day
    // (2015-07-25). A third report of the call also names the truce, the Houthis and Saleh, so the truce report is closer
    // to it than either report of the call; both clusters reach the threshold, and it joins the one more of whose members
    // report its happening.
    [Fact]
    public void AnArticleReachingTwoClustersJoinsTheOneMoreOfWhoseMembersReportIt()
    {
        using var target = TestStore.Create(kind);
        using var store = target.Open();
        // Shared entities alone decide here (p = 0.5 at an entity cosine of 0.5, 0.8 from 0.57), so the test reads the choice of cluster.
        var index = new StoryIndex(StoryOptions.Default with { EventModel = new LinkModel(-10, 0, 0, 20, 0, 0, 0, 0), EventThreshold = 0.8 });
        string[] call = ["per:mohammed-bin-salman", "per:abdrabbuh-mansur-hadi"];
        string[] truce = ["per:abdrabbuh-mansur-hadi", "org:houthis", "per:ali-abdullah-saleh"];
        StoryPlacement Place(string text, string outlet, string fetched, string[] entities)
        {
            var article = Article(text, outlet, fetched);
            store.Articles.AddBatch([article]);
            using var transaction = store.BeginTransaction();
            var placement = index.Add(new StoryProfiler().Profile(article, Tokenizer.Tokenize(ArabicNormalizer.Normalize(article.Text)), null, entities, [], null), transaction);
            transaction.Commit();
            return placement;
        }

        var first = Place("تلقى صاحب السمو الملكي الأمير محمد بن سلمان ولي ولي العهد اتصالاً هاتفياً من فخامة الرئيس عبدربه منصور هادي رئيس الجمهورية اليمنية.",
            "alweeam", "2015-07-25 09:00:00", call);
        var second = Place("ولي ولي العهد يبحث هاتفياً مع الرئيس اليمني جهود دعم الشرعية والإغاثة في اليمن.", "sabq", "2015-07-25 10:00:00", call);
        var appeal = Place("دعا الرئيس اليمني عبدربه منصور هادي الميليشيات الحوثية وقوات المخلوع صالح إلى احترام الهدنة الإنسانية.",
            "aawsat", "2015-07-25 11:00:00", truce);
        var third = Place("بحث ولي ولي العهد مع الرئيس اليمني في اتصال هاتفي خرق الميليشيات الحوثية وقوات صالح للهدنة الإنسانية.",
            "alriyadh", "2015-07-25 12:00:00", [.. call, .. truce.Skip(1)]);

        Assert.Equal((first.ClusterId, "ev-" + appeal.ArticleId, first.ClusterId), (second.ClusterId, appeal.ClusterId, third.ClusterId));
    }

    // The Asir bombing's reports (the toll, the imam's account) and the Crown Prince's meeting with Asir's emir grew as two
    // threads that share no entity; his visit to the wounded names all of them. It continues one thread, and the other,
    // two of whose clusters it reaches strongly, joins it; with joining off, or more support asked, two threads stay.
    [Theory]
    [InlineData(0.8, 2, 1)]
    [InlineData(0.8, 3, 2)]
    [InlineData(0.0, 2, 2)]
    public void AReportLinkingSeveralClustersOfTwoThreadsJoinsThem(double mergeAt, int support, int threads) =>
        Assert.Equal(threads, ThreadsAfterTheVisit(StoryOptions.Default with { StoryMergeThreshold = mergeAt, StoryMergeSupport = support, StoryThreadProfile = 0 }));

    // The same two threads under the hub rule (one hub each: the toll, the first meeting): the visit continues one
    // thread through its hub and, linking the other's hub as strongly, joins it when hub joins are on at 0.8; at 0.99
    // (above its links) or off, two threads stay.
    [Theory]
    [InlineData(0.8, 1)]
    [InlineData(0.99, 2)]
    [InlineData(0.0, 2)]
    public void AReportLinkingTheHubsOfTwoThreadsJoinsThem(double join, int threads) =>
        Assert.Equal(threads, ThreadsAfterTheVisit(StoryOptions.Default with { StoryHubs = 1, StoryHubJoin = join, StoryThreadProfile = 0 }));

    // The same two threads judged by their profiles: the visit links to each thread's profile (p 0.98) and continues one;
    // with thread joins at 0.8 the other joins it under the earlier thread's id (the bombing's, begun by its first
    // report); at 0.99 (above its links) or off, two threads stay.
    [Theory]
    [InlineData(0.8, 1)]
    [InlineData(0.99, 2)]
    [InlineData(0.0, 2)]
    public void AReportCloseToTheProfilesOfTwoThreadsJoinsThemUnderTheEarlierId(double join, int threads)
    {
        var ids = new List<string>();
        Assert.Equal(threads, ThreadsAfterTheVisit(StoryOptions.Default with { StoryThreadJoin = join }, ids));
        Assert.Contains("st-" + ArticleIdentity.Of(FirstBombingReport), ids);
    }

    private const string FirstBombingReport = "أعلنت الصحة ارتفاع عدد ضحايا تفجير مسجد قوات الطوارئ في عسير إلى خمسة عشر.";

    /// <summary>The threads after the Asir bombing's two reports, the two meetings and the visit naming both are placed (their ids into <paramref name="ids"/>).</summary>
    private int ThreadsAfterTheVisit(StoryOptions options, List<string>? ids = null)
    {
        using var target = TestStore.Create(kind);
        using var store = target.Open();
        // Shared entities alone decide one story (p 0.8 from a cosine of 0.57).
        var index = EntityStoryIndex(options);
        string[] bombing = ["loc:~عسير", "org:~قوات-الطوارئ-الخاصة"];
        string[] meeting = ["per:~محمد-بن-نايف", "per:~فيصل-بن-خالد"];
        void Place(string text, string outlet, string fetched, string[] entities) => PlaceWithEntities(store, index, Article(text, outlet, fetched), entities);

        Place(FirstBombingReport, "3alyoum", "2015-08-06 18:00:00", bombing);
        Place("روى إمام مسجد قوات الطوارئ في عسير ما رآه لحظة التفجير.", "almadina", "2015-08-07 09:00:00", bombing);
        Place("استقبل الأمير محمد بن نايف أمير منطقة عسير الأمير فيصل بن خالد في مكتبه.", "alriyadh", "2015-08-08 10:00:00", meeting);
        Place("بحث الأمير محمد بن نايف مع الأمير فيصل بن خالد شؤون منطقة عسير.", "okaz", "2015-08-09 10:00:00", meeting);

        Place("زار الأمير محمد بن نايف يرافقه الأمير فيصل بن خالد مصابي تفجير مسجد قوات الطوارئ في عسير.", "was", "2015-08-10 10:00:00", [.. bombing, .. meeting]);

        var threads = new StoryRepository(store).Threads();
        ids?.AddRange(threads.Select(t => t.Id));
        return threads.Count;
    }

    // A drifting thread: a relief airlift, then a relief ship whose report also tells of coalition strikes, then a report
    // of the strikes alone, which shares nothing with the airlift. Single link (no cohesion) chains all three; asked to be
    // close to the thread's core (both its clusters), the strikes start their own thread; measured over the one closest
    // cluster only, they continue it again.
    [Theory]
    [InlineData(0.0, 0, 1)]
    [InlineData(0.6, 0, 2)]
    [InlineData(0.6, 1, 1)]
    public void ANewClusterCloseOnlyToTheNewestEndOfAThreadStartsItsOwn(double cohesion, int core, int threads) =>
        Assert.Equal(threads, ThreadsAfterADrift(StoryOptions.Default with { StoryCohesion = cohesion, StoryCoreClusters = core, StoryThreadProfile = 0 }));

    // The same drift under the hub rule: after the ship report the airlift and the ship are linked once each, so the
    // thread's one hub is the airlift (larger is equal, earlier wins); the strikes report, linked to the ship alone,
    // starts its own thread. With two hubs the ship is one, and the strikes continue the thread.
    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 2)]
    [InlineData(2, 1)]
    public void ANewClusterLinkedOnlyToAPeripheralClusterOfAThreadStartsItsOwn(int hubs, int threads) =>
        Assert.Equal(threads, ThreadsAfterADrift(StoryOptions.Default with { StoryHubs = hubs, StoryThreadProfile = 0 }));

    // The same drift judged against the thread's profile (the mean of its recent articles): the strikes report shares
    // half of what the ship report names and nothing of the airlift, so it is far from the two together (entity cosine
    // about 0.45) and starts its own thread, where its closest member alone (0.71) continued the thread.
    [Theory]
    [InlineData(0, 1)]
    [InlineData(30, 2)]
    public void ANewClusterCloseOnlyToOneMemberIsFarFromTheThreadsProfile(int profile, int threads) =>
        Assert.Equal(threads, ThreadsAfterADrift(StoryOptions.Default with { StoryThreadProfile = profile }));

    // What the thread choice decides on is shown to a watcher (for fitting the story model on profile links): the ship
    // report's link to the airlift thread's profile (its one member; entity cosine 0.58), then the strikes
    // report's link to the same thread, now the mean of the airlift and the ship. The airlift itself had no candidate.
    [Fact]
    public void EachProfileLinkANewClusterSeesIsShownWithTheEntityCosineTheStoryModelRead()
    {
        var seen = new List<StoryThreadProfile.Seen>();
        ThreadsAfterADrift(StoryOptions.Default with { StoryThreadProfile = 30 }, seen.Add);

        var airlift = "st-" + ArticleIdentity.Of(Airlift);
        Assert.Equal([(ArticleIdentity.Of(Ship), airlift, 0.58), (ArticleIdentity.Of(Strikes), airlift, 0.45)],
            seen.Select(s => (s.ArticleId, s.Story, Math.Round(s.Evidence.Entities, 2))).ToList());
    }

    private const string Airlift = "هبطت في مطار عدن طائرة إغاثة سعودية تحمل أدوية وسلالاً غذائية سلمها المركز إلى الهلال الأحمر اليمني.";
    private const string Ship = "رست في ميناء عدن سفينة إغاثة سعودية، فيما واصل التحالف غاراته على مواقع جماعة الحوثي.";
    private const string Strikes = "شن التحالف غارات جديدة على مواقع جماعة الحوثي في صعدة.";

    /// <summary>The threads after the airlift, the ship (with the strikes) and the strikes alone are placed.</summary>
    private int ThreadsAfterADrift(StoryOptions options, Action<StoryThreadProfile.Seen>? profileLinkSeen = null)
    {
        using var target = TestStore.Create(kind);
        using var store = target.Open();
        // Shared entities alone decide one story (p 0.98 from a cosine of 0.71).
        var index = EntityStoryIndex(options, profileLinkSeen);
        string[] relief = ["org:~مركز-الملك-سلمان-للإغاثة", "org:~الهلال-الأحمر-اليمني"];
        string[] strikes = ["org:~التحالف-العربي", "org:~جماعة-الحوثي"];
        void Place(string text, string outlet, string fetched, string[] entities) => PlaceWithEntities(store, index, Article(text, outlet, fetched), entities);

        Place(Airlift, "spa", "2015-08-06 10:00:00", relief);
        Place(Ship, "alriyadh", "2015-08-07 10:00:00", [.. relief, .. strikes]);
        Place(Strikes, "okaz", "2015-08-08 10:00:00", strikes);

        return new StoryRepository(store).Threads().Count;
    }

    /// <summary>An index where no two articles are one happening (each its own cluster) and shared entities alone decide one story (threshold 0.8).</summary>
    private static StoryIndex EntityStoryIndex(StoryOptions options, Action<StoryThreadProfile.Seen>? profileLinkSeen = null) => new(options with
    {
        EventModel = new LinkModel(-10, 0, 0, 0, 0, 0, 0, 0), StoryModel = new LinkModel(-10, 0, 0, 20, 0, 0, 0, 0),
        StoryThreshold = 0.8, StoryEvidenceFloor = 0,
    })
    { ProfileLinkSeen = profileLinkSeen };

    private static void PlaceWithEntities(MarsadStore store, StoryIndex index, Article article, string[] entities)
    {
        store.Articles.AddBatch([article]);
        using var transaction = store.BeginTransaction();
        index.Add(new StoryProfiler().Profile(article, Tokenizer.Tokenize(ArabicNormalizer.Normalize(article.Text)), null, entities, [], null), transaction);
        transaction.Commit();
    }

    private static StoryProfile Profile(Article article) =>
        new StoryProfiler().Profile(article, Tokenizer.Tokenize(ArabicNormalizer.Normalize(article.Text)), null, [], [], null);
}
