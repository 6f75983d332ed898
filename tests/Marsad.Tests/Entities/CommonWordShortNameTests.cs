using Marsad.Entities.Linking;

namespace Marsad.Tests.Entities;

/// <summary>
/// A person's short form that is also an ordinary word (marked ? in people.tsv) names them only in an article that
/// already does, as their other family names do.
/// </summary>
public sealed class CommonWordShortNameTests
{
    [Theory]
    [InlineData("ترأس المحافظ اجتماع لجنة الطوارئ صباح أمس في مقر الإمارة.", "per:liz-truss")]
    [InlineData("دعا الخطيب في درسه إلى الاحتكام إلى الشرع في حل الخلافات بين الجيران.", "per:ahmed-al-sharaa")]
    [InlineData("عاد الكاتب إلى بلده بعد عشرين عاما قضاها في المنفى.", "per:mohamed-al-menfi")]
    [InlineData("يضم المتحف قطعا نادرة من العهد العثماني وخرائط قديمة للمدينة.", "per:saadeddine-othmani")]
    public void AnOrdinaryWordThatIsAlsoAShortNameLinksNoOneOnItsOwn(string text, string person)
    {
        var found = EntityTestPipeline.Analyze(text);

        Assert.Null(found.Find(person));
    }

    [Fact]
    public void TheSameShortFormLinksThePersonTheArticleAlreadyNames()
    {
        var found = EntityTestPipeline.Analyze(
            "استقبل أحمد الشرع وفدا أوروبيا في دمشق. وقال الشرع إن بلاده تريد علاقات متوازنة مع جيرانها.",
            new DateTimeOffset(2025, 6, 10, 9, 0, 0, TimeSpan.Zero));

        var sharaa = found.Entity("per:ahmed-al-sharaa");
        Assert.Equal(["أحمد الشرع", "الشرع"], sharaa.Mentions.Select(m => m.Text));
        Assert.Equal(EntityRules.ShortInContext, sharaa.Mentions[1].Rule);
    }
}
