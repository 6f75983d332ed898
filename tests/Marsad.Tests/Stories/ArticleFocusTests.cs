using System.Text.Json.Nodes;
using Marsad.Analysis;
using Marsad.Documents;
using Marsad.Entities;
using Marsad.Pipeline;
using Marsad.Stories;
using Marsad.Storage;
using Marsad.Tests.Support;
using Marsad.Text;

namespace Marsad.Tests.Stories;

/// <summary>What an article is about: the entities its headline and lead name (<see cref="ArticleFocus"/>).</summary>
public sealed class ArticleFocusTests
{
    private static readonly AnalysisPipeline s_text = new PipelineBuilder().UseText().Build();

    private static ArticleFocus Read(string title, string text, IEnumerable<(string, int)> mentions, EntityRecognizer? recognizer)
    {
        var article = new Article { Id = "a1", Title = title, Text = text, Extra = new JsonObject { ["fetched"] = "2015-08-10 09:00:00" } };
        return ArticleFocus.Read(article, s_text.Run(article).Get(TextLayers.Sentences), mentions, recognizer, new DateOnly(2015, 8, 10));
    }

    [Fact]
    public void TheHeadlineIsReadForEntitiesTheBodyDoesNotName()
    {
        var focus = Read("تفجير انتحاري يستهدف مسجداً في أبها", "استهدف انتحاري مسجداً لقوات الطوارئ أثناء صلاة الظهر، وأسفر التفجير عن سقوط قتلى ومصابين.",
            [], EntityRecognizer.Default);

        Assert.Equal(["loc:abha"], focus.Headline);
        Assert.Empty(focus.Lead);
    }

    [Fact]
    public void WithoutARecognizerTheHeadlineIsNotReadForEntities()
    {
        var focus = Read("تفجير انتحاري يستهدف مسجداً في أبها", "استهدف انتحاري مسجداً لقوات الطوارئ أثناء صلاة الظهر.", [], null);

        Assert.Empty(focus.Headline);
    }

    [Fact]
    public void OnlyTheEntitiesOfTheLeadAreTheLeadsNotAPlaceNamedInTheLastSentence()
    {
        const string text = "التقى وزير الخارجية عادل الجبير في برلين اليوم نظيره الألماني فرانك فالتر شتاينماير وبحثا الأزمة السورية. "
            + "ويتوجه الجبير غداً إلى موسكو للقاء نظيره الروسي.";
        var berlin = text.IndexOf("برلين", StringComparison.Ordinal);
        var moscow = text.IndexOf("موسكو", StringComparison.Ordinal);

        var focus = Read("الجبير وشتاينماير يبحثان الأزمة السورية", text, [("per:adel-al-jubeir", 20), ("loc:berlin", berlin), ("loc:moscow", moscow)], null);

        Assert.Equal(["loc:berlin", "per:adel-al-jubeir"], focus.Lead);
    }

    [Fact]
    public void ALeadWrittenWithoutFullStopsEndsBeforeThePlacesOfTheArticlesLastLines()
    {
        const string text = "واصل الفريق الأول لكرة القدم بالنادي تدريباته اليومية على فترتين صباحية ومسائية في معسكره المقام حالياً بمدينة "
            + "إسطنبول التركية حيث أدى اللاعبون تدريباتهم الصباحية في صالة الحديد بهدف رفع المعدل اللياقي والبدني لكافة اللاعبين بينما ركز "
            + "المدرب في الفترة المسائية على الجوانب الفنية والتكتيكية وتطبيق الجمل الهجومية والدفاعية وسط حضور إداري كامل ويلتقي الفريق "
            + "في أولى مبارياته الودية فريقاً محلياً يوم الأحد المقبل على أن يعود إلى المملكة نهاية الشهر الجاري لخوض مباراة ودية أخيرة "
            + "في نجران قبل انطلاق الموسم";
        var istanbul = text.IndexOf("إسطنبول", StringComparison.Ordinal);
        var najran = text.IndexOf("نجران", StringComparison.Ordinal);

        var focus = Read("الفريق يواصل تدريباته في معسكر إسطنبول", text, [("loc:istanbul", istanbul), ("loc:najran", najran)], null);

        Assert.Equal(["loc:istanbul"], focus.Lead);
    }

    [Theory]
    [InlineData("%loc:berlin", TermKind.FocusPlace)]
    [InlineData("@loc:berlin", TermKind.Place)]
    public void AHeadlineOrLeadPlaceIsAFocusTermApartFromThePlacesOfTheBody(string term, TermKind kind) =>
        Assert.Equal(kind, TermKinds.Of(term));

    // Al-Jubeir's talks in Berlin, then in Moscow the next day: one minister, the same files, written alike. The Berlin
    // report ends by announcing the Moscow visit, so Moscow is among its places; its headline and lead are in Berlin.
    private const string BerlinTalks = "عقد وزير الخارجية عادل الجبير في برلين اليوم جلسة مباحثات مع نظيره الألماني فرانك فالتر شتاينماير "
        + "تناولت الأزمة السورية والأوضاع في اليمن والاتفاق النووي مع إيران. وقال الجبير في مؤتمر صحفي مشترك إن المملكة تدعم حلاً "
        + "سياسياً في سوريا يقوم على إعلان جنيف الأول. ويتوجه الجبير غداً إلى موسكو حيث يلتقي وزير الخارجية الروسي سيرغي لافروف.";

    private const string MoscowTalks = "عقد وزير الخارجية عادل الجبير في موسكو اليوم جلسة مباحثات مع نظيره الروسي سيرغي لافروف "
        + "تناولت الأزمة السورية والأوضاع في اليمن والاتفاق النووي مع إيران. وقال الجبير في مؤتمر صحفي مشترك إن المملكة تدعم حلاً "
        + "سياسياً في سوريا يقوم على إعلان جنيف الأول.";

    private const string BerlinAgain = "عقد وزير الخارجية عادل الجبير في برلين جلسة مباحثات مع نظيره الألماني فرانك فالتر شتاينماير "
        + "تناولت الأزمة السورية والأوضاع في اليمن والاتفاق النووي مع إيران. وأكد الجبير في مؤتمر صحفي مشترك دعم المملكة لحل سياسي في سوريا.";

    private static Article Report(string title, string text, string outlet, string fetched) => new()
    {
        Id = ArticleIdentity.Of(text),
        Title = title,
        Text = text,
        Outlet = outlet,
        Extra = new JsonObject { ["fetched"] = fetched },
    };

    /// <summary>The event clusters of <paramref name="reports"/> analysed and saved in order into a new store.</summary>
    private static IReadOnlyDictionary<string, (string Cluster, string Story)> Placed(Article[] reports)
    {
        using var target = TestStore.Create(StoreKind.Sqlite);
        using var store = target.Open();
        store.Articles.AddBatch(reports);
        new AnalysisStore(store).Save([.. reports.Select(MarsadPipeline.Default.Run)]);
        return new StoryRepository(store).Placements();
    }

    [Fact]
    public void TwoTalksOfOneMinisterHeadlinedInDifferentCitiesAreTwoEventsAndAnotherReportOfOneJoinsIt()
    {
        Article[] reports =
        [
            Report("الجبير يبحث مع شتاينماير في برلين الأزمة السورية", BerlinTalks, "okaz", "2015-08-10 10:00:00"),
            Report("الجبير يبحث مع شتاينماير في برلين الأزمة السورية والملف اليمني", BerlinAgain, "alwatan", "2015-08-10 18:00:00"),
            Report("الجبير يبحث مع لافروف في موسكو الأزمة السورية", MoscowTalks, "alriyadh", "2015-08-11 10:00:00"),
        ];
        var placed = Placed(reports);
        Assert.Equal(("ev-" + reports[0].Id, "ev-" + reports[0].Id, "ev-" + reports[2].Id),
            (placed[reports[0].Id].Cluster, placed[reports[1].Id].Cluster, placed[reports[2].Id].Cluster));
    }

    // One fire reported twice: one outlet sets it in Jeddah, the other quotes the civil defence of the Makkah region.
    // Before cities counted as their region, the headline places (loc:jeddah; loc:mecca) had nothing in common and the
    // clusterer never joined the two reports, however alike their words.
    [Fact]
    public void AReportSetInACityAndOneSetInItsRegionJoinOneEvent()
    {
        Article[] reports =
        [
            Report("الدفاع المدني يخمد حريقاً في مستودع للأخشاب بجدة",
                "أخمدت فرق الدفاع المدني في جدة مساء اليوم حريقاً اندلع في مستودع للأخشاب بحي الصناعية دون تسجيل إصابات. "
                + "وأوضح المتحدث الرسمي للدفاع المدني أن ثماني فرق إطفاء شاركت في إخماد حريق مستودع الأخشاب وتبريد الموقع.",
                "okaz", "2015-07-24 10:00:00"),
            Report("مدني منطقة مكة المكرمة يخمد حريق مستودع للأخشاب",
                "أوضح المتحدث الرسمي للدفاع المدني بمنطقة مكة المكرمة أن ثماني فرق إطفاء أخمدت مساء اليوم حريقاً اندلع في مستودع "
                + "للأخشاب بحي الصناعية دون تسجيل إصابات، وشاركت الفرق في إخماد حريق مستودع الأخشاب وتبريد الموقع.",
                "alriyadh", "2015-07-24 18:00:00"),
        ];
        var placed = Placed(reports);
        Assert.Equal(("ev-" + reports[0].Id, "ev-" + reports[0].Id), (placed[reports[0].Id].Cluster, placed[reports[1].Id].Cluster));
    }
}
