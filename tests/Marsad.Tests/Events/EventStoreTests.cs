using Marsad.Documents;
using Marsad.Events;
using Marsad.Events.Incidents;
using Marsad.Storage;
using Marsad.Tests.Support;

namespace Marsad.Tests.Events;

public sealed class SqliteEventStoreTests() : EventStoreTests(StoreKind.Sqlite);

public sealed class PostgreSqlEventStoreTests() : EventStoreTests(StoreKind.PostgreSql);

/// <summary>What saving an article's events and incidents leaves in the store, on each kind of store.</summary>
public abstract class EventStoreTests(StoreKind kind)
{
    private const string RiyadhText = "أعلنت الهيئة الوطنية للأمن السيبراني تعرض وزارة المالية لهجوم إلكتروني شل خدماتها.";
    private const string JeddahText = "قالت شركة الاتصالات إن هجوما إلكترونيا استهدف شبكتها في جدة وعطل خدمات العملاء.";
    private const string DammamText = "اتهمت الشركة مجموعة من القراصنة بسرقة بيانات عملائها في الدمام.";

    private static Article Make(string text, string published) => new()
    {
        Id = ArticleIdentity.Of(text),
        Text = text,
        Outlet = "صحيفة الاختبار",
        Published = DateTimeOffset.Parse(published + "T09:00:00Z"),
    };

    private static Event Attack(string id, PloverType type, string? date) =>
        new(id, type, null, null, [], EventModality.Asserted, null, null, null, null, date,
            [new EventMention("هجوم", new TextSpan(10, 14), new TextSpan(0, 20))]);

    private static CyberIncident Incident(string victim, string? date) =>
        new("inc1", "ev1", new EventActor(null, victim, new TextSpan(0, victim.Length), "SA", null), null, date, [], [], []);

    private static void Save(MarsadStore store, Article article, IReadOnlyList<Event> events, IReadOnlyList<CyberIncident> incidents)
    {
        using var transaction = store.BeginTransaction();
        new EventRepository(store).Save(article, events, incidents, transaction);
        transaction.Commit();
    }

    [Fact]
    public void ResavingAnArticleDropsTheIncidentOnlyItReportedAndKeepsOtherArticlesIncidents()
    {
        using var target = TestStore.Create(kind);
        using var store = target.Open();
        var riyadh = Make(RiyadhText, "2024-03-10");
        var jeddah = Make(JeddahText, "2024-03-11");
        store.Articles.AddBatch([riyadh, jeddah]);
        var ministry = Incident("وزارة المالية", "2024-03-10");
        var telecom = Incident("شركة الاتصالات", "2024-03-11");
        Save(store, riyadh, [Attack("ev1", PloverType.COERCE, "2024-03-10")], [ministry]);
        Save(store, jeddah, [Attack("ev1", PloverType.COERCE, "2024-03-11")], [telecom, ministry]);
        Save(store, riyadh, [Attack("ev1", PloverType.COERCE, "2024-03-10")], [telecom]);

        Save(store, jeddah, [Attack("ev1", PloverType.COERCE, "2024-03-11")], []);

        var kept = Assert.Single(new IncidentRepository(store).List());
        Assert.Equal(IncidentRepository.IncidentId(telecom.Key), kept.Id);
        Assert.Equal([riyadh.Id], kept.Articles.Select(a => a.ArticleId));
    }

    [Fact]
    public void UnfilteredTypeCountsFollowEveryResaveOfAnArticle()
    {
        using var target = TestStore.Create(kind);
        using var store = target.Open();
        var riyadh = Make(RiyadhText, "2024-03-10");
        var jeddah = Make(JeddahText, "2024-03-11");
        store.Articles.AddBatch([riyadh, jeddah]);
        Save(store, riyadh, [Attack("ev1", PloverType.COERCE, null), Attack("ev2", PloverType.ACCUSE, "2024-03-09")], []);
        Save(store, jeddah, [Attack("ev1", PloverType.COERCE, null), Attack("ev2", PloverType.COERCE, "2024-03")], []);

        Save(store, riyadh, [Attack("ev1", PloverType.PROTEST, null)], []);

        var repository = new EventRepository(store);
        var expected = new[] { ("2024-03-10", PloverType.PROTEST, 1), ("2024-03-11", PloverType.COERCE, 2) };
        Assert.Equal(expected, repository.CountsByDay(new EventQuery()));
        Assert.Equal(expected, repository.CountsByDay(new EventQuery { Outlet = "صحيفة الاختبار" }));
    }

    [Fact]
    public void TheEventsListRunsNewestArticleFirstUndatedArticlesLastAndPagesFromItsCursor()
    {
        using var target = TestStore.Create(kind);
        using var store = target.Open();
        var riyadh = Make(RiyadhText, "2024-03-10");
        var jeddah = Make(JeddahText, "2024-03-11");
        var dammam = new Article { Id = ArticleIdentity.Of(DammamText), Text = DammamText, Outlet = "صحيفة الاختبار" };
        store.Articles.AddBatch([riyadh, jeddah, dammam]);
        Save(store, dammam, [Attack("ev1", PloverType.ACCUSE, null)], []);
        Save(store, riyadh, [Attack("ev2", PloverType.COERCE, null), Attack("ev1", PloverType.ACCUSE, null)], []);
        Save(store, jeddah, [Attack("ev1", PloverType.COERCE, null)], []);
        var repository = new EventRepository(store);
        static (string, string)[] Keys(IReadOnlyList<StoredEvent> events) => events.Select(e => (e.ArticleId, e.Event.Id)).ToArray();

        var first = repository.List(new EventQuery { Limit = 2 });
        var rest = repository.List(new EventQuery { Limit = 10, After = (riyadh.Id, "ev1") });

        Assert.Equal([(jeddah.Id, "ev1"), (riyadh.Id, "ev1")], Keys(first));
        Assert.Equal([(riyadh.Id, "ev2"), (dammam.Id, "ev1")], Keys(rest));
        Assert.Equal([(riyadh.Id, "ev1"), (dammam.Id, "ev1")], Keys(repository.List(new EventQuery { Type = PloverType.ACCUSE })));
        // An event without a date of its own is kept by its article's day; one whose article has no date, by no range.
        Assert.Equal([(riyadh.Id, "ev1"), (riyadh.Id, "ev2")], Keys(repository.List(new EventQuery { From = "2024-03-10", To = "2024-03-10" })));
        Assert.Equal([(jeddah.Id, "ev1"), (riyadh.Id, "ev1"), (riyadh.Id, "ev2")], Keys(repository.List(new EventQuery { To = "2024-12-31" })));
    }
}
