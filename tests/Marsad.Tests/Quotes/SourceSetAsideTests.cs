using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

/// <summary>
/// «…، كما يقول فلان.»: «كما» with a verb of saying and its subject closing the sentence sets the source aside in the
/// statement before it. A trailing attribution keeps the closing mark of the words in marks its statement opens.
/// </summary>
public sealed class SourceSetAsideTests
{
    [Fact]
    public void KamaWithAVerbOfSayingAtTheEndAttributesTheStatementBeforeIt()
    {
        var quote = Assert.Single(Analyze("وتراجعت مبيعات الخضار في السوق المركزي هذا الشهر، كما يقول التاجر سامر الخطيب."));

        Assert.Equal("وتراجعت مبيعات الخضار في السوق المركزي هذا الشهر", quote.Text);
        Assert.Equal("سامر الخطيب", quote.Speaker!.Text);
        Assert.Equal("كما يقول", quote.Cue!.Text);
    }

    [Fact]
    public void ASourceSetAsideIsRememberedForTheBareVerbInTheNextSentence()
    {
        var quotes = Analyze("وفي المدينة القديمة يزداد الإقبال على الأسواق، كما قال التاجر سامر الخطيب. وقال: «الناس يعودون بعد العيد».");

        Assert.Equal(["وفي المدينة القديمة يزداد الإقبال على الأسواق", "الناس يعودون بعد العيد"], quotes.Select(q => q.Text));
        Assert.All(quotes, q => Assert.Equal("سامر الخطيب", q.Speaker!.Text));
    }

    [Fact]
    public void ATrailingAttributionKeepsTheClosingMarkOfWordsInMarksInsideTheStatement()
    {
        var quote = Assert.Single(Analyze("وستكتمل المرحلة الأولى في الصيف، «لكن التمويل ما زال ناقصا»، بحسب الجمعية الزراعية الأهلية."));

        Assert.Equal("وستكتمل المرحلة الأولى في الصيف، «لكن التمويل ما زال ناقصا»", quote.Text);
    }

    [Fact]
    public void KamaWithAVerbAndItsOwnObjectSetsNothingAside() =>
        Assert.Empty(Analyze("وأغلقت البلدية السوق القديم للصيانة، كما أكد المحافظ أهمية الصيانة."));

    /// <summary>Guard beside the one above: a title and a name is one phrase, the name closing it.</summary>
    [Fact]
    public void ATitledNameClosingTheSourceStillSpeaks()
    {
        var quote = Assert.Single(Analyze("وارتفعت أسعار الشقق في وسط المدينة هذا العام، كما قال السيد فاركاش."));

        Assert.Equal("فاركاش", quote.Speaker!.Text);
    }
}
