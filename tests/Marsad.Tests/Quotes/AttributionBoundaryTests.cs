using Marsad.Entities.Linking;
using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

/// <summary>
/// Where a source phrase ends and the reported words begin: a verb ends the source, the ف that answers a fronted
/// attribution belongs to neither, and a preposition with a pronoun stands between a verb of saying and its subject.
/// </summary>
public sealed class AttributionBoundaryTests
{
    [Theory]
    [InlineData("يصل")]
    [InlineData("ويقول")]
    [InlineData("سيعود")]
    [InlineData("يطالبون")]
    public void AMasculineImperfectWhoseStemNewsAlsoWritesWithTaIsAVerb(string word) =>
        Assert.True(InflectedVerb.IsMasculineImperfect(word));

    [Theory]
    [InlineData("يناير")]   // no تناير
    [InlineData("يهود")]    // no تهود
    [InlineData("تقول")]    // feminine: not asked
    [InlineData("يد")]      // too short
    public void ANounInYaIsNoMasculineImperfect(string word) =>
        Assert.False(InflectedVerb.IsMasculineImperfect(word));

    [Theory]
    [InlineData("شهد")]
    [InlineData("وبلغ")]
    public void AThreeLetterWordWithBothImperfectsReadsAsAPerfect(string word) =>
        Assert.True(InflectedVerb.IsTriliteralPerfect(word));

    [Theory]
    [InlineData("سعد")]     // a given name
    [InlineData("مجلس")]    // four letters
    [InlineData("يناير")]
    public void AGivenNameOrALongerWordIsNoThreeLetterPerfect(string word) =>
        Assert.False(InflectedVerb.IsTriliteralPerfect(word));

    [Fact]
    public void TheFaAnsweringAFrontedAttributionIsLeftOutOfTheQuote()
    {
        var quote = Assert.Single(Analyze("وبحسب مصادر أمنية، فقد ارتفع عدد الجرحى إلى عشرين شخصا."));

        Assert.Equal("مصادر أمنية", quote.Speaker!.Text);
        Assert.Equal("ارتفع عدد الجرحى إلى عشرين شخصا", quote.Text);
    }

    [Fact]
    public void AVerbAfterTheSourceOfABareAttributionBeginsTheAttributedWords()
    {
        var text = "وبحسب وزارة الزراعة المصرية شهد محصول القمح هذا العام زيادة كبيرة في الدلتا.";
        var quote = Assert.Single(Analyze(text));

        Assert.Equal("وزارة الزراعة المصرية", quote.Speaker!.Text);
        Assert.Equal("شهد محصول القمح هذا العام زيادة كبيرة في الدلتا", quote.Text);
        Assert.Equal(quote.Text, quote.Span.Slice(text));
    }

    [Fact]
    public void ABodysNameInMarksAfterAResumptivePronounIsTheSubjectNotAQuote()
    {
        var quote = Assert.Single(Analyze("وجاء ذلك في وقت أكدت فيه شركة «الأفق للتطوير العقاري» أن الطلب على الشقق تراجع هذا العام."));

        Assert.Equal(Marsad.Quotes.QuoteKind.Indirect, quote.Kind);
        Assert.Equal("الطلب على الشقق تراجع هذا العام", quote.Text);
        Assert.Equal("شركة «الأفق للتطوير العقاري»", quote.Speaker!.Text);
    }

    [Fact]
    public void ANounInYaAfterAContrastIsTheSubjectNotAVerb()
    {
        var quotes = Analyze("وقال المحافظ إن الوضع في الحي هادئ. إلا أن يهود المدينة يقولون إن الحي يعيش في خوف.");

        Assert.Equal(["الوضع في الحي هادئ", "الحي يعيش في خوف"], quotes.Select(q => q.Text));
        Assert.Equal("يهود المدينة", quotes[1].Speaker!.Text);
    }
}
