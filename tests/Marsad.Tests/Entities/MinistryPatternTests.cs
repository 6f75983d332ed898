using Marsad.Entities;
using Marsad.Entities.Linking;

namespace Marsad.Tests.Entities;

/// <summary>
/// A ministry named by its portfolio, «وزارة» and the words of what it is for (context.tsv `ministry`, `portfolio`):
/// one organization for the whole name, however many words its portfolio joins, and no word past it.
/// </summary>
public sealed class MinistryPatternTests
{
    private static readonly DateTimeOffset June2024 = new(2024, 6, 10, 12, 0, 0, TimeSpan.Zero);

    private static EntityMention Ministry(ArticleEntities found) =>
        Assert.Single(found.Mentions, m => m.Rule == EntityRules.Ministry);

    [Theory]
    [InlineData("وأطلقت وزارة الزراعة والموارد المائية حملة لترشيد استهلاك المياه.", "وزارة الزراعة والموارد المائية")]
    [InlineData("وقالت وزارة التعليم العالي والبحث العلمي إن التسجيل يبدأ الأحد.", "وزارة التعليم العالي والبحث العلمي")]
    [InlineData("ووقعت وزارة الشؤون البلدية والقروية عقدا لصيانة الطرق.", "وزارة الشؤون البلدية والقروية")]
    [InlineData("وحذرت وزارة الاتصالات وتقنية المعلومات من رسائل احتيال.", "وزارة الاتصالات وتقنية المعلومات")]
    public void AMinistryWhosePortfolioJoinsSeveralWordsIsOneOrganization(string text, string name)
    {
        var found = EntityTestPipeline.Analyze(text, June2024);

        var ministry = Ministry(found);
        Assert.Equal((name, EntityType.ORG, MentionKind.Description), (ministry.Text, ministry.Type, ministry.Kind));
    }

    [Fact]
    public void TheVerbsObjectAfterTheMinistryIsNoPartOfItsName()
    {
        var found = EntityTestPipeline.Analyze("ودعت وزارة الصحة المسافرين إلى أخذ اللقاحات.", June2024);

        Assert.Equal("وزارة الصحة", Ministry(found).Text);
    }

    [Theory]
    [InlineData("وأعلنت وزارة الشباب والرياضة الأردنية موعد البطولة.", "وزارة الشباب والرياضة الأردنية", "gpe:jordan")]
    [InlineData("وقالت وزارة الأشغال العامة في الكويت إن الجسر سيفتتح قريبا.", "وزارة الأشغال العامة في الكويت", "gpe:kuwait")]
    public void AStateNamedRightAfterTheMinistryClosesItAndIsAMentionOfItsOwn(string text, string name, string state)
    {
        var found = EntityTestPipeline.Analyze(text, June2024);

        Assert.Equal(name, Ministry(found).Text);
        Assert.Contains(found.Mentions, m => m.EntityId == state);
    }

    [Fact]
    public void AMinistryAfterAPrepositionIsNamedWithoutIt()
    {
        var found = EntityTestPipeline.Analyze("وأرسل الطلب لوزارة الخدمة المدنية أمس.", June2024);

        Assert.Equal("وزارة الخدمة المدنية", Ministry(found).Text);
    }

    [Fact]
    public void AStatesMinistryOfTheGazetteerIsADescriptionAsEveryMinistryIs()
    {
        var found = EntityTestPipeline.Analyze("وأحالت وزارة العدل التونسية الملف إلى القضاء.", June2024);

        var ministry = Assert.Single(found.Mentions, m => m.EntityId == "org:justice-ministry-tunisia");
        Assert.Equal(("وزارة العدل التونسية", MentionKind.Description), (ministry.Text, ministry.Kind));
    }

    [Fact]
    public void MinistryWithoutAPortfolioWordIsNoName()
    {
        var found = EntityTestPipeline.Analyze("وقال مصدر في الوزارة إن وزارة جديدة قد تنشأ.", June2024);

        Assert.DoesNotContain(found.Mentions, m => m.Rule == EntityRules.Ministry);
    }
}
