using Marsad.Quotes;
using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

/// <summary>Words news writes between a verb of saying and the person who speaks: the one spoken to («قال لي»), the body a
/// spokesperson speaks for, a short name in marks inside the speaker's title; the person named after them speaks. A pronoun
/// opening a circumstantial clause («قال وهو يبتسم») names nobody: the speaker is the one the article spoke of.</summary>
public sealed class WordsBetweenVerbAndSpeakerTests
{
    [Fact]
    public void TheOneSpokenToIsSteppedOverToTheSubject()
    {
        var quote = Assert.Single(Analyze("وفي مقابلة قصيرة قال لي أيمن الصفدي إن المفاوضات ستستأنف قريبا."));

        Assert.Equal("المفاوضات ستستأنف قريبا", quote.Text);
        Assert.Equal("per:ayman-safadi", quote.Speaker!.EntityId);
    }

    [Fact]
    public void APronounOpeningACircumstantialClauseIsNoSpeaker()
    {
        var quotes = Analyze("وقال أيمن الصفدي إن الاجتماع كان مثمرا. ثم قال وهو يبتسم: «سنلتقي مجددا».");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("سنلتقي مجددا", quotes[1].Text);
        Assert.Equal("per:ayman-safadi", quotes[1].Speaker!.EntityId);
    }

    [Fact]
    public void ThePersonNamedAfterASpokespersonsBodySpeaks()
    {
        var quote = Assert.Single(Analyze("وقال المتحدث الرسمي لهيئة الهلال الأحمر بمنطقة الرياض خالد العمري إن فرق الإسعاف نقلت المصابين إلى المستشفى."));

        Assert.Equal("فرق الإسعاف نقلت المصابين إلى المستشفى", quote.Text);
        Assert.Equal("خالد العمري", quote.Speaker!.Text);
    }

    [Fact]
    public void AShortNameInMarksInsideTheTitleDoesNotHideThePerson()
    {
        var quote = Assert.Single(Analyze("وذكر رئيس نادي الطلبة في «بوسطن» خالد العمري أن الحادث أحزن الجميع."));

        Assert.Equal("الحادث أحزن الجميع", quote.Text);
        Assert.Equal("خالد العمري", quote.Speaker!.Text);
    }

    [Fact]
    public void ATimeAfterTheSpeakerDoesNotPutTheComplementOutOfReach()
    {
        var quote = Assert.Single(Analyze("وأعلنت الهيئة العامة للطيران المدني صباح اليوم الأحد 12 أغسطس، أن الرحلات ستعود إلى طبيعتها."));

        Assert.Equal("الرحلات ستعود إلى طبيعتها", quote.Text);
        Assert.Equal("وأعلنت", quote.Cue!.Text);
    }

    [Fact]
    public void AMannerWordRightAfterTheVerbIsNoSpeaker()
    {
        var quotes = Analyze("وقال أيمن الصفدي إن الاجتماع كان مثمرا. ثم قال ساخرا: «لن نقبل هذه الشروط». وأضاف بغضب: «لا تعليق».");

        Assert.Equal(3, quotes.Count);
        Assert.Equal("لن نقبل هذه الشروط", quotes[1].Text);
        Assert.Equal("per:ayman-safadi", quotes[1].Speaker!.EntityId);
        Assert.Equal("لا تعليق", quotes[2].Text);
        Assert.Equal("per:ayman-safadi", quotes[2].Speaker!.EntityId);
    }

    [Fact]
    public void AMannerWordInTheFeminineEndsTheSubject()
    {
        var quote = Assert.Single(Analyze("وقالت المعلمة مبتسمة: «سنبدأ الدرس الآن»."));

        Assert.Equal("سنبدأ الدرس الآن", quote.Text);
        Assert.Equal("المعلمة", quote.Speaker!.Text);
    }

    [Fact]
    public void AnAdverbOfHowPlainlyItWasSaidIsNoSpeaker()
    {
        var quotes = Analyze("ولذلك فإن اللجنة الوطنية تقر ضمنا أن الخطة تأخرت. وقالوا صراحة إن التمويل لم يصل.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("اللجنة الوطنية", quotes[0].Speaker!.Text);
        Assert.Equal("التمويل لم يصل", quotes[1].Text);
        Assert.Equal("اللجنة الوطنية", quotes[1].Speaker!.Text);
    }

    [Fact]
    public void ABodysNameInMarksInsideTheTitleIsNotTheQuoteAfterTheColon()
    {
        var quote = Assert.Single(Analyze("وقال خالد العمري رئيس «شركة الأفق للاستشارات العقارية» في جدة: «نتوقع نموا قويا في الطلب هذا العام»."));

        Assert.Equal("نتوقع نموا قويا في الطلب هذا العام", quote.Text);
        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("خالد العمري", quote.Speaker!.Text);
    }

    [Fact]
    public void ABodysNameInMarksInsideTheTitleIsNotTheQuoteBeforeACommaAndLongerWords()
    {
        var quote = Assert.Single(Analyze("ويقول خالد العمري مدير شركة \"الأفق\" للاستشارات، \"نتوقع نموا قويا في الطلب على المساكن هذا العام\"."));

        Assert.Equal("نتوقع نموا قويا في الطلب على المساكن هذا العام", quote.Text);
        Assert.Equal("خالد العمري", quote.Speaker!.Text);
    }

    [Fact]
    public void ABodyNamedWholeInMarksAfterTheVerbSpeaks()
    {
        var quote = Assert.Single(Analyze("وأكد «المرصد السوري لحقوق الإنسان» أن الاشتباكات تجددت في ريف حلب الشمالي."));

        Assert.Equal("org:sohr", quote.Speaker!.EntityId);
        Assert.Equal("الاشتباكات تجددت في ريف حلب الشمالي", quote.Text);
    }
}
