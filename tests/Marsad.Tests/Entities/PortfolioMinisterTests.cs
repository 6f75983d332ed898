using Marsad.Entities;
using Marsad.Entities.Linking;

namespace Marsad.Tests.Entities;

/// <summary>
/// A minister named by his portfolio, «وزير» and the words a ministry is named with, is a role phrase; apposed to a name
/// it is that person's role (<c>RoleAfterNameTests</c>), and so it is before a one-word title and a name; alone it is the
/// holder of that portfolio. After a deputy's noun an office names no holder; a minister of state's portfolio follows with ل.
/// </summary>
public sealed class PortfolioMinisterTests
{
    private static readonly DateTimeOffset June2016 = new(2016, 6, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void MinistersOfOneStateByDifferentPortfoliosAreDifferentHolders()
    {
        var found = EntityTestPipeline.Analyze("واجتمع وزير الموارد المائية العراقي مع وزير النفط العراقي لبحث الخطة.", June2016);

        var ministers = found.Entities.Where(e => e.Type == EntityType.PER).ToList();
        Assert.Equal(["وزير الموارد المائية العراقي", "وزير النفط العراقي"], ministers.SelectMany(e => e.Mentions).Select(m => m.Text).Order());
        Assert.Equal(2, ministers.Count);
        Assert.All(ministers, e => Assert.Equal(MentionKind.Role, Assert.Single(e.Mentions).Kind));
    }

    [Theory]
    [InlineData("وافتتح وزير الكهرباء الكويتي الأمير سالم بن ناصر المحطة الجديدة.", "وزير الكهرباء الكويتي")]
    [InlineData("وافتتح وزير الخارجية الكويتي الأمير سالم بن ناصر المعرض الجديد.", "وزير الخارجية الكويتي")]
    public void AnOfficeBeforeAOneWordTitleAndANameIsThatNamesHolder(string text, string office)
    {
        var found = EntityTestPipeline.Analyze(text, June2016);

        var person = Assert.Single(found.Entities, e => e.Type == EntityType.PER);
        Assert.Equal([office, "الأمير", "سالم بن ناصر"], person.Mentions.Select(m => m.Text));
        Assert.Equal(EntityRules.RoleApposition, person.Mentions[0].Rule);
    }

    [Theory]
    [InlineData("وزار نائب وزير الدفاع السعودي القاعدة الجوية أمس.")]
    [InlineData("وقالت مساعدة وزير الخارجية الأمريكي إن المفاوضات مستمرة.")]
    [InlineData("وحضر نائب وزير الزراعة المصري افتتاح المعرض.")]
    public void AnOfficeAfterADeputysNounNamesNoHolder(string text)
    {
        var found = EntityTestPipeline.Analyze(text, June2016);

        Assert.DoesNotContain(found.Entities, e => e.Type == EntityType.PER);
    }

    [Theory]
    [InlineData("وقال وزير الدولة للشؤون الخارجية العماني إن الحوار هو الحل.", "وزير الدولة للشؤون الخارجية العماني")]
    [InlineData("وحضر وزير الدولة لشؤون الدفاع القطري حفل التخريج.", "وزير الدولة لشؤون الدفاع القطري")]
    [InlineData("وصرح وزير الدولة البحريني للشؤون الخارجية، سالم الكعبي، بأن اللقاء كان مثمرا.", "وزير الدولة البحريني للشؤون الخارجية")]
    // A portfolio in construct runs over indefinite nouns to its definite word.
    [InlineData("وحضر وزير الدولة لشؤون مجلس الوزراء البحريني الاجتماع الطارئ.", "وزير الدولة لشؤون مجلس الوزراء البحريني")]
    [InlineData("وقال وزير الدولة لشؤون مجلس الشورى العماني إن الجلسة أجلت.", "وزير الدولة لشؤون مجلس الشورى العماني")]
    public void AMinisterOfStateIsNamedWithThePortfolioAfterLam(string text, string office)
    {
        var found = EntityTestPipeline.Analyze(text, June2016);

        var minister = Assert.Single(found.Entities, e => e.Type == EntityType.PER);
        Assert.Equal(MentionKind.Role, Assert.Single(minister.Mentions, m => m.Text == office).Kind);
    }

    [Fact]
    public void AMinisterOfStateWithNoStateIsTheTitledNameAfterHim()
    {
        var found = EntityTestPipeline.Analyze("واستقبل وزير الدولة للشؤون الخارجية الدكتور ماجد الحربي سفير اليابان أمس.", June2016);

        var minister = Assert.Single(found.Entities, e => e.Type == EntityType.PER);
        Assert.Equal(["وزير الدولة للشؤون الخارجية", "ماجد الحربي"], minister.Mentions.Where(m => m.Text != "الدكتور").Select(m => m.Text));
        Assert.Equal(EntityRules.RoleApposition, minister.Mentions[0].Rule);
    }

    [Fact]
    public void AMinisterOfStateWithHisStateBeforeThePortfolioIsFormerByTheWordAfterIt()
    {
        var found = EntityTestPipeline.Analyze("وقال وزير الدولة الكويتي للشؤون الخارجية السابق إن الأزمة ستطول.", June2016);

        Assert.DoesNotContain(found.Entities, e => e.Type == EntityType.PER);
    }
}
