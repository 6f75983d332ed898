using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

/// <summary>Verbs of estimation (رجّح «deemed likely», استبعد «deemed unlikely») report the speaker's view like any verb
/// of saying; their impersonal passive opening a sentence («ويرجح أن») is nobody's words.</summary>
public sealed class VerbsOfEstimationTests
{
    [Fact]
    public void AVerbOfDeemingLikelyReportsTheViewOfItsSubject()
    {
        var quote = Assert.Single(Analyze("رجّح المركز الوطني للأرصاد أن تهطل أمطار غزيرة على المنطقة الشرقية غدا."));

        Assert.Equal("تهطل أمطار غزيرة على المنطقة الشرقية غدا", quote.Text);
        Assert.Equal("رجّح", quote.Cue!.Text);
        Assert.Equal("المركز الوطني للأرصاد", quote.Speaker!.Text);
    }

    [Fact]
    public void AVerbOfDeemingUnlikelyReportsTheViewOfItsSubject()
    {
        var quote = Assert.Single(Analyze("واستبعد المحلل فهد الدوسري أن تنخفض أسعار النفط قبل نهاية الشهر."));

        Assert.Equal("تنخفض أسعار النفط قبل نهاية الشهر", quote.Text);
        Assert.Equal("فهد الدوسري", quote.Speaker!.Text);
    }

    [Fact]
    public void TheImpersonalPassiveOfEstimationOpeningASentenceIsNoQuote() =>
        Assert.Empty(Analyze("ويرجح أن يعلن الاتحاد تشكيلته الجديدة الأسبوع المقبل."));

    [Fact]
    public void TheImpersonalPassiveOfEstimationWithATimeBeforeItsComplementizerIsNoQuote() =>
        Assert.Empty(Analyze("ويستبعد حتى اللحظة أن يعود التيار الكهربائي إلى الحي قبل المساء."));

    [Fact]
    public void TheImpersonalPassiveOfEstimationWithATimeAsideBetweenCommasIsNoQuote() =>
        Assert.Empty(Analyze("ويرجح، حتى الآن على الأقل، أن يكون سبب الحريق تماسا كهربائيا في المستودع."));
}
