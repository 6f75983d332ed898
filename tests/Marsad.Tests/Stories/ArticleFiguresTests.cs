using Marsad.Documents;
using Marsad.Pipeline;
using Marsad.Stories;
using Marsad.Text;

namespace Marsad.Tests.Stories;

/// <summary>
/// The counts a headline and lead state (<see cref="ArticleFigures"/>): read as figure terms, and compared between two
/// articles as evidence of one happening (same count of one thing) or of two (counts of one thing that cannot both hold).
/// </summary>
public sealed class ArticleFiguresTests
{
    private static readonly AnalysisPipeline Text = new PipelineBuilder().UseText().Build();

    private static IReadOnlyList<string> Terms(string title, string text)
    {
        var article = new Article { Id = "a", Title = title, Text = text };
        var document = Text.Run(article);
        return ArticleFigures.Terms(article, document.Get(TextLayers.Tokens), document.GetOrDefault(TextLayers.Sentences), []);
    }

    private static (bool Agree, bool Conflict) Compare(IReadOnlyList<string> a, IReadOnlyList<string> b) =>
        ArticleFigures.Compare([.. a.Select(t => ArticleFigures.Parse(t)!)], [.. b.Select(t => ArticleFigures.Parse(t)!)]);

    [Fact]
    public void TheHeadlinesAndTheLeadsCountsAreReadAndTheBodysAreNot()
    {
        var terms = Terms("الجوازات تصحح أوضاع 350 ألف مقيم",
            "أعلنت المديرية العامة للجوازات تصحيح أوضاع 350 ألف مقيم يمني خلال الأشهر الماضية. وكانت المديرية قد استقبلت في الأسبوع الأول 12 ألف طلب.");

        // Headline and lead name one count of residents; the second sentence's 12 thousand requests is past the lead.
        Assert.Equal(["#مقيم=350000"], terms);
    }

    [Fact]
    public void TwoTollsOfOneThingThatCannotBothHoldConflict()
    {
        var attacks = Terms("مقتل 45 شخصا في هجمات شمال نيجيريا", "قتل 45 شخصا في هجمات شنها مسلحون على قرى في شمال نيجيريا.");
        var bombing = Terms("مقتل 14 شخصا في تفجير انتحاري بالكاميرون", "قتل 14 شخصا في تفجير نفذته انتحارية في سوق بشمال الكاميرون.");

        Assert.Equal(["#شخص=45"], attacks);
        Assert.Equal((false, true), Compare(attacks, bombing));
    }

    [Fact]
    public void AVagueCountAgreesWithAFigureInItsRange()
    {
        var figure = Terms("إصابة 40 متظاهرا في مواجهات بالعاصمة", "أصيب 40 متظاهرا في مواجهات مع الشرطة وسط العاصمة.");
        var vague = Terms("عشرات المتظاهرين مصابون في مواجهات العاصمة", "أصيب عشرات المتظاهرين في مواجهات مع الشرطة.");

        Assert.Equal((true, false), Compare(figure, vague));
    }

    [Fact]
    public void ArticlesCountingDifferentThingsNeitherAgreeNorConflict()
    {
        var teachers = Terms("تعليم جازان يعين 120 معلما", "عينت إدارة التعليم في جازان 120 معلما في مدارس المنطقة.");
        var schools = Terms("افتتاح 30 مدرسة في جازان", "افتتحت إدارة التعليم في جازان 30 مدرسة جديدة.");

        Assert.Equal((false, false), Compare(teachers, schools));
    }

    [Fact]
    public void AFigureTermReadsBackAsItsCount()
    {
        var count = ArticleFigures.Parse("#قتيل=10-99")!;

        Assert.Equal(("قتيل", 10m, 99m), (count.Counted, count.Value, count.Max));
        Assert.Null(ArticleFigures.Parse("^قتيل"));
    }
}
