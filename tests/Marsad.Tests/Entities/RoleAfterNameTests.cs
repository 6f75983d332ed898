using Marsad.Entities;
using Marsad.Entities.Linking;

namespace Marsad.Tests.Entities;

/// <summary>An office apposed right after a person's name describes that person (<c>RoleAfterName</c>).</summary>
public sealed class RoleAfterNameTests
{
    private static readonly DateTimeOffset June2016 = new(2016, 6, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("وصرح ناصر القحطاني وزير الخارجية بأن المحادثات كانت مثمرة.", "ناصر القحطاني", "وزير الخارجية")]
    [InlineData("وقال ماجد الشمري، وزير الدفاع، إن التدريبات انتهت.", "ماجد الشمري", "وزير الدفاع")]
    [InlineData("وأكد ناصر القحطاني وزير الخارجية الكويتي أن بلاده تدعم الاتفاق.", "ناصر القحطاني", "وزير الخارجية الكويتي")]
    // A minister by his portfolio (PortfolioMinisterTests), with or without a state.
    [InlineData("وصرح ناصر القحطاني وزير الصحة بأن المستشفيات جاهزة.", "ناصر القحطاني", "وزير الصحة")]
    [InlineData("وقالت سلمى الحربي، وزيرة الشؤون الاجتماعية، إن البرنامج توسع.", "سلمى الحربي", "وزيرة الشؤون الاجتماعية")]
    [InlineData("وأكد ناصر القحطاني وزير الموارد المائية العراقي أن السدود ممتلئة.", "ناصر القحطاني", "وزير الموارد المائية العراقي")]
    public void AnOfficeRightAfterANameIsThatPersonsRole(string text, string name, string office)
    {
        var found = EntityTestPipeline.Analyze(text, June2016);

        var person = Assert.Single(found.Entities, e => e.Type == EntityType.PER);
        Assert.Equal([name, office], person.Mentions.Select(m => m.Text));
        Assert.Equal(MentionKind.Role, person.Mentions[1].Kind);
        Assert.Equal(EntityRules.RoleApposition, person.Mentions[1].Rule);
    }

    [Theory]
    [InlineData("وقال ماجد الشمري رئيس مجلس الإدارة إن الأرباح ارتفعت.")]
    [InlineData("وقال ماجد الشمري الرئيس التنفيذي للشركة إن الأرباح ارتفعت.")]
    [InlineData("التقى ماجد الشمري ووزير الخارجية وفدا من رجال الأعمال.")]
    public void AnOfficeHeadingALongerOneOrOpeningTheNextItemIsNoRoleOfTheName(string text)
    {
        var found = EntityTestPipeline.Analyze(text, June2016);

        var person = Assert.Single(found.Entities, e => e.Id == "per:~ماجد-الشمري");
        Assert.DoesNotContain(person.Mentions, m => m.Kind == MentionKind.Role);
    }
}
