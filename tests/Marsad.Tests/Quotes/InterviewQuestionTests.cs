using Marsad.Quotes;
using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

/// <summary>A question put to someone («* هل تعتقد أن…؟») asks what they think: the verb of thinking in it reports no
/// one's words. A speaker who asks («وتساءل الوزير: هل…؟») keeps the quote.</summary>
public sealed class InterviewQuestionTests
{
    [Fact]
    public void AYesNoQuestionPutToTheGuestReportsNothing() =>
        Assert.Empty(Analyze("* هل تعتقد أن المنتخب قادر على بلوغ الدور النهائي هذا العام؟"));

    [Fact]
    public void AWhQuestionAfterTheInterviewersMarkReportsNothing() =>
        Assert.Empty(Analyze("س: لماذا ترى أن أسعار الإيجارات سترتفع في الصيف المقبل؟"));

    [Fact]
    public void ASpeakerWhoAsksKeepsTheQuestionAsTheirWords()
    {
        var quote = Assert.Single(Analyze("وتساءل وزير الاقتصاد: «هل تستطيع الشركات الصغيرة تحمل هذه الرسوم؟»."));

        Assert.Equal(QuoteKind.Direct, quote.Kind);
        Assert.Equal("وتساءل", quote.Cue!.Text);
        Assert.Equal("وزير الاقتصاد", quote.Speaker!.Text);
    }

    [Fact]
    public void AStatementThatEndsInAQuestionMarkButOpensWithTheCueStaysAQuote()
    {
        var quote = Assert.Single(Analyze("وقال رئيس البلدية إن المشروع سيكتمل قبل الشتاء، فمن يصدق ذلك؟"));

        Assert.Equal(QuoteKind.Indirect, quote.Kind);
        Assert.Equal("وقال", quote.Cue!.Text);
    }
}
