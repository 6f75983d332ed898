using Marsad.Documents;
using Marsad.Entities;
using Marsad.Pipeline;
using Marsad.Storage;
using Marsad.Text;
using Marsad.Tests.Support;

namespace Marsad.Tests.Entities;

public sealed class SqliteEntityRepositoryTests() : EntityRepositoryTests(StoreKind.Sqlite);

public sealed class PostgreSqlEntityRepositoryTests() : EntityRepositoryTests(StoreKind.PostgreSql);

/// <summary>The entity repository on each kind of store (the store is made on first use, so a missing server skips).</summary>
public abstract class EntityRepositoryTests(StoreKind kind) : IDisposable
{
    private static readonly AnalysisPipeline Pipeline = new PipelineBuilder().UseText().UseEntities().Build();

    private TestStore? _target;
    private MarsadStore? _opened;
    private EntityRepository? _repository;

    private MarsadStore _store => _opened ??= (_target ??= TestStore.Create(kind)).Open();

    private EntityRepository _entities => _repository ??= new EntityRepository(_store);

    public void Dispose()
    {
        _opened?.Dispose();
        _target?.Dispose();
        GC.SuppressFinalize(this);
    }

    private Document Store(string id, string text, string outlet)
    {
        var article = new Article { Id = id, Text = text, Outlet = outlet, Published = new DateTimeOffset(2022, 9, 12, 8, 0, 0, TimeSpan.Zero) };
        _store.Articles.AddBatch([article]);
        var document = Pipeline.Run(article);
        _entities.SaveArticleEntities(document);
        return document;
    }

    [Fact]
    public void OnePersonAcrossOutletsIsOneStoredEntityWithCounts()
    {
        Store("a1", "قال أنتوني بلينكن إن واشنطن تدعم تيرانا. وأضاف بلينكن أن التعاون مستمر.", "outlet-a");
        Store("a2", "اتصل وزير الخارجية الأمريكي أنتوني بلينكن برئيس الوزراء الألباني.", "outlet-b");

        var blinken = Assert.Single(_entities.FindByName("بلينكن"));
        Assert.Equal("per:antony-blinken", blinken.Id);
        Assert.Equal(2, blinken.ArticleCount);
        Assert.Equal(4, blinken.MentionCount);
        Assert.Contains("أنتوني بلينكن", blinken.Aliases);
        Assert.Equal("Antony Blinken", blinken.NameEn);
    }

    [Fact]
    public void CountsMoveByWhatAReanalysedArticleAddsAndTakesAway()
    {
        Store("a1", "قال أنتوني بلينكن إن التعاون مستمر. وأضاف بلينكن أن الحوار قائم.", "outlet-a");
        Store("a2", "وصل أنتوني بلينكن إلى القاهرة.", "outlet-b");
        Assert.Equal((3L, 2L), Counts("per:antony-blinken"));

        // a1 analysed again with a text that no longer names him: its two mentions go, a2's stay.
        var changed = new Article { Id = "a1", Text = "قال المتحدث إن التعاون مستمر.", Outlet = "outlet-a" };
        _entities.SaveArticleEntities(Pipeline.Run(changed));
        Assert.Equal((1L, 1L), Counts("per:antony-blinken"));

        var gone = new Article { Id = "a2", Text = "وصل الوفد إلى القاهرة.", Outlet = "outlet-b" };
        _entities.SaveArticleEntities(Pipeline.Run(gone));
        Assert.Null(_entities.Get("per:antony-blinken"));
        Assert.Equal((1L, 1L), Counts("loc:cairo"));
    }

    private (long Mentions, long Articles) Counts(string id) =>
        _entities.Get(id) is { } e ? (e.MentionCount, e.ArticleCount) : (0, 0);

    [Fact]
    public void ReanalysingAnArticleDoesNotDoubleItsMentions()
    {
        var document = Store("a1", "قال أنتوني بلينكن إن واشنطن تدعم تيرانا.", "outlet-a");
        _entities.SaveArticleEntities(document);
        _entities.SaveArticleEntities(document);

        var blinken = _entities.Get("per:antony-blinken")!;
        Assert.Equal((1L, 1L), (blinken.MentionCount, blinken.ArticleCount));
    }

    [Fact]
    public void FindByNameMatchesEnglishArabicVariantsAndAliases()
    {
        Store("a1", "وصل الوفد إلى طهران. وقال يائير لابيد إن إسرائيل مستعدة.", "outlet-a");

        Assert.Equal("per:yair-lapid", Assert.Single(_entities.FindByName("Yair Lapid")).Id);
        Assert.Equal("per:yair-lapid", Assert.Single(_entities.FindByName("يائير لابيد")).Id);
        Assert.Equal("per:yair-lapid", Assert.Single(_entities.FindByName("لابيد")).Id);
        Assert.Equal("gpe:israel", Assert.Single(_entities.FindByName("اسرائيل")).Id);
        Assert.Empty(_entities.FindByName("بوتين"));
    }

    [Fact]
    public void MentionsComeWithTheirSentence()
    {
        Store("a1", "عقد الاجتماع صباحا. وأعلن الاحتلال إغلاق المعابر.", "outlet-a");

        var mention = Assert.Single(_entities.Mentions("gpe:israel"));
        Assert.Equal("الاحتلال", mention.Text);
        Assert.True(mention.Loaded);
        Assert.Equal("وأعلن الاحتلال إغلاق المعابر.", mention.Sentence);
        Assert.Equal("outlet-a", mention.Outlet);
    }

    [Fact]
    public void ListOrdersByArticlesAndFiltersByType()
    {
        Store("a1", "التقى أنتوني بلينكن في برلين نظيرته الألمانية.", "outlet-a");
        Store("a2", "وصل الرئيس إلى برلين أمس.", "outlet-b");

        var places = _entities.List(EntityType.LOC);
        Assert.Equal("loc:berlin", places[0].Id);
        Assert.Equal(2, places[0].ArticleCount);
        Assert.All(_entities.List(EntityType.PER), e => Assert.Equal(EntityType.PER, e.Type));
    }
}
