using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

/// <summary>A verb of saying whose subject is "whoever" («ومن يعتقد أن»), a personified noun after a quantifier («كل
/// المؤشرات تقول») or the impersonal passive («ويلاحظ أن») is the writer's own point: no quote, and no words put in the
/// mouth of the person quoted before.</summary>
public sealed class SubjectsThatSayNothingTests
{
    [Fact]
    public void WhoeverOpeningTheClauseSaysNothing()
    {
        var quote = Assert.Single(Analyze("وقال الوزير خالد العمري إن الخطة جاهزة. ومن يعتقد أن الأزمة انتهت فهو مخطئ."));

        Assert.Equal("الخطة جاهزة", quote.Text);
    }

    [Fact]
    public void ThoseWhoAfterAnotherWordStillSpeak()
    {
        var quotes = Analyze("وكانت الطبيبة منى الشهري أول من قال إن العلاج ناجح. ومن يعتقد أن المرض انتهى فهو واهم.");

        Assert.Equal(["العلاج ناجح"], quotes.Select(q => q.Text));
    }

    [Fact]
    public void APersonifiedNounAfterAQuantifierSaysNothing()
    {
        var quote = Assert.Single(Analyze("وقال المحلل سامي الحربي إن السوق متقلبة. لكن كل المؤشرات تقول إن الأسعار سترتفع."));

        Assert.Equal("السوق متقلبة", quote.Text);
    }

    [Fact]
    public void TheImpersonalPassiveOfNotingSaysNothing()
    {
        var quote = Assert.Single(Analyze("وقال المدير فهد القحطاني إن المدارس جاهزة. ويلاحظ أن عدد الطلاب تراجع هذا العام."));

        Assert.Equal("المدارس جاهزة", quote.Text);
    }
}
