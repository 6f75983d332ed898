using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

/// <summary>Words written after a verb of saying that are not its subject: the first person's own verb (أقول) has its
/// subject in its prefix, a comma and و open a circumstantial clause, a time or a manner adverb says when or how, not who.</summary>
public sealed class WordsAfterTheCueThatNameNoSpeakerTests
{
    [Fact]
    public void AVerbOfTheFirstPersonNamesNoOneAfterIt()
    {
        var quote = Assert.Single(Analyze("أقول لكم ونسيم البحر يسبقني: «عيدكم سعيد»."));

        Assert.Equal("عيدكم سعيد", quote.Text);
        Assert.Null(quote.Speaker);
    }

    [Fact]
    public void ACircumstantialClauseAfterTheCueLeavesTheSpeakerToTheOneBefore()
    {
        var quotes = Analyze("قال المحلل سعيد الراشد إن السوق ستتحسن. وتابع، وكان يجيب عن سؤال: «لا خوف على المستثمرين».");

        Assert.Equal(["السوق ستتحسن", "لا خوف على المستثمرين"], quotes.Select(q => q.Text));
        Assert.Equal(["per:~سعيد-الراشد", "per:~سعيد-الراشد"], quotes.Select(q => q.Speaker?.EntityId));
    }

    [Fact]
    public void AnAdverbialOfTimeAfterAStatementIsNoIssuer()
    {
        var quote = Assert.Single(Analyze("وقال البيان في وقت متأخر من السبت إن القوات أسقطت طائرة صغيرة."));

        Assert.Equal("البيان", quote.Speaker?.Text);
    }

    [Fact]
    public void ATimeAfterTheSubjectEndsIt()
    {
        var quote = Assert.Single(Analyze("وقال الجنرال يوم الجمعة الماضي إن القوات انسحبت."));

        Assert.Equal("الجنرال", quote.Speaker?.Text);
    }

    [Fact]
    public void AnAdverbOfHowStronglyEndsTheSubject()
    {
        var quote = Assert.Single(Analyze("ونفت الشركة الناشئة بشدة أن تكون قد سرحت موظفيها."));

        Assert.Equal("الشركة الناشئة", quote.Speaker?.Text);
    }

    [Fact]
    public void TheNumberAfterADrawnOutArticleStaysWithTheSubject()
    {
        var quote = Assert.Single(Analyze("وأعرب وزراء خارجية الدول الـ12 عن أملهم في أن تنجح المفاوضات."));

        Assert.Equal("وزراء خارجية الدول الـ12", quote.Speaker?.Text);
    }
}
