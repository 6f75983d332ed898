using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

/// <summary>
/// Names before the cue that do not speak: a fronted topic («وعن …») says what the words are about, a place ending a
/// description set off by a comma is not what a relative pronoun stands for, and a fronted attribution answered by
/// «فإن» after a comma covers the clause after it, not the one before.
/// </summary>
public sealed class TopicsAndDescriptionsBeforeTheCueTests
{
    [Fact]
    public void APlaceInAFrontedTopicIsNotTheSpeakerOfTheCueAfterIt()
    {
        var quotes = Analyze("قالت الممثلة ريم الحسن إن الدور الجديد صعب جدا. "
            + "وعن الأعمال التي يشارك فيها نجوم من سوريا قالت: «أحب متابعتها بهدوء بعد رمضان». "
            + "وحول هذا العمل، ترى الممثلة أن القصة ممتعة، إلا أن النقاد يرون أن الحوار ضعيف.");

        Assert.Equal(4, quotes.Count);
        Assert.Equal("أحب متابعتها بهدوء بعد رمضان", quotes[1].Text);
        Assert.Equal("ريم الحسن", quotes[1].Speaker!.Text);
        // Past the comma the topic has ended: the contrast's own subject speaks.
        Assert.Equal("الحوار ضعيف", quotes[3].Text);
        Assert.Equal("النقاد", quotes[3].Speaker!.Text);
    }

    [Fact]
    public void APersonTalkedAboutInAFrontedTopicIsNotTheSpeaker()
    {
        var quotes = Analyze("أكد الكاتب سامي الفهد أن الرواية جاهزة للنشر. وعن المخرج عادل القحطاني قال إنه صديق قديم يعرف ما يريد.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("صديق قديم يعرف ما يريد", quotes[1].Text);
        Assert.Equal("سامي الفهد", quotes[1].Speaker!.Text);
    }

    [Fact]
    public void AFrontedQuestionOpenedByAboutWhatNamesNoSubject()
    {
        var quotes = Analyze("قالت المطربة هدى الشمري إن ألبومها الجديد جاهز. "
            + "وعمّا إذا كانت تتابع المسلسلات التي يمثل فيها نجوم من مصر قالت: «أتابعها كلما سمح وقتي».");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("أتابعها كلما سمح وقتي", quotes[1].Text);
        Assert.Equal("هدى الشمري", quotes[1].Speaker!.Text);
    }

    [Fact]
    public void ARelativePronounAfterACommaStandsForThePersonADescriptionEndingInAPlaceFollows()
    {
        var quotes = Analyze("والتقينا خالد العمري مدير شركة النقل في مصر، الذي قال إن الأسعار سترتفع قريبا.");

        var quote = Assert.Single(quotes);
        Assert.Equal("الأسعار سترتفع قريبا", quote.Text);
        Assert.Equal("خالد العمري", quote.Speaker!.Text);
    }

    [Fact]
    public void AnAttributionAnsweredByFaInnaAfterACommaCoversTheClauseAfterIt()
    {
        var quotes = Analyze("وأغلقت الشرطة الطرق المؤدية إلى الميناء، وبحسب مصادر محلية فإن المحافظ عقد اجتماعا عاجلا مع القادة.");

        var quote = Assert.Single(quotes);
        Assert.Equal("المحافظ عقد اجتماعا عاجلا مع القادة", quote.Text);
        Assert.Equal("مصادر محلية", quote.Speaker!.Text);
    }

    [Fact]
    public void AnIndirectClauseEndsAtTheFullStopAfterAYearsEraLetter()
    {
        var quotes = Analyze("وأوضح التقرير أن المبيعات ارتفعت بنسبة كبيرة في العام 2013م. وقدر حجم الاستثمارات في القطاع بنحو عشرة مليارات ريال.");

        var quote = Assert.Single(quotes);
        Assert.Equal("المبيعات ارتفعت بنسبة كبيرة في العام 2013م", quote.Text);
    }
}
