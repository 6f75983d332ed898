using Marsad.Quotes;
using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

/// <summary>A preposition next to the words that name a speaker belongs to the verb or the phrase, not to the speaker: the
/// preposition a verb of saying governs before its report («أشار المتحدث إلى أن») names no body the spokesperson speaks
/// for, the ل of «وفقا لـ»، «طبقا لـ» written on the source's first word is none of the source's words, and a name with ل
/// after an unnamed source is the one it spoke to («شهود عيان لوكالة رويترز»).</summary>
public sealed class PrepositionsAroundTheSpeakerTests
{
    [Fact]
    public void APrepositionBeforeTheComplementiserIsNoBodyTheSpokespersonSpeaksFor()
    {
        var quote = Assert.Single(Analyze("ولفت المتحدث إلى أن الرحلات المتجهة إلى الشمال ستستأنف صباح الأحد."));

        Assert.Equal("الرحلات المتجهة إلى الشمال ستستأنف صباح الأحد", quote.Text);
        Assert.Equal("المتحدث", quote.Speaker!.Text);
    }

    [Fact]
    public void TheOutletAnUnnamedSourceSpokeToIsNoneOfItsWords()
    {
        var quote = Assert.Single(Analyze("وأفاد شهود عيان لوكالة رويترز أن الاشتباكات استمرت حتى الفجر في شوارع المدينة."));

        Assert.Equal("الاشتباكات استمرت حتى الفجر في شوارع المدينة", quote.Text);
        Assert.Equal("شهود عيان", quote.Speaker!.Text);
        Assert.Null(quote.Speaker.EntityId);
    }

    [Fact]
    public void TheAttributionsLamIsNoneOfTheUnnamedSourcesWords()
    {
        var quote = Assert.Single(Analyze("ووفقا لمصدر أمني مطلع، فقد أغلقت الطرق المؤدية إلى الميناء."));

        Assert.Equal("مصدر أمني مطلع", quote.Speaker!.Text);
        Assert.Null(quote.Speaker.EntityId);
        Assert.Equal("أغلقت الطرق المؤدية إلى الميناء", quote.Text);
    }

    [Fact]
    public void AfterTheAttributionsLamTheArticleGetsItsAlefBack()
    {
        var quote = Assert.Single(Analyze("وطبقا للمصادر الطبية، فقد نقل المصابون إلى مستشفى المدينة."));

        Assert.Equal("المصادر الطبية", quote.Speaker!.Text);
        Assert.Equal("نقل المصابون إلى مستشفى المدينة", quote.Text);
    }

    [Fact]
    public void AKnownOutletWithLamRightAfterTheVerbIsTheOneSpokenTo()
    {
        var quote = Assert.Single(Analyze("وقال لرويترز مسؤول حكومي إن المحادثات ستستأنف الأسبوع المقبل."));

        Assert.Equal("مسؤول حكومي", quote.Speaker!.Text);
        Assert.Null(quote.Speaker.EntityId);
        Assert.Equal("المحادثات ستستأنف الأسبوع المقبل", quote.Text);
    }

    [Fact]
    public void WordsInMarksAfterTheOutletSpokenToBelongToTheVerbNotToTheParticipleAfterThem()
    {
        var quotes = Analyze("وقال لرويترز «سنواصل العمل مع جميع الأطراف دون استثناء» مضيفا أن الاجتماع المقبل سيعقد في جنيف.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("سنواصل العمل مع جميع الأطراف دون استثناء", quotes[0].Text);
        Assert.Equal(QuoteKind.Direct, quotes[0].Kind);
        Assert.Null(quotes[0].Speaker);
        Assert.Equal("الاجتماع المقبل سيعقد في جنيف", quotes[1].Text);
    }
}
