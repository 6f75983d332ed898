using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

/// <summary>Words in marks right after a noun of a title or a work (title-nouns.tsv: عنوان، رواية، برنامج) are a name: not
/// the quote of a cue after them, and a cue among them says nothing.</summary>
public sealed class TitlesOfWorksTests
{
    [Fact]
    public void AHeadlineBeforeTheCueIsNoQuote()
    {
        var quotes = Analyze("وتحت عنوان «المدينة تستعد لموسم الأمطار» قالت الصحيفة: «أنهت البلدية تنظيف قنوات التصريف».");

        Assert.Equal(["أنهت البلدية تنظيف قنوات التصريف"], quotes.Select(q => q.Text));
    }

    // Guard: a work's noun with its article closing the speaker's phrase is its genitive; the marks after it hold his words.
    [Fact]
    public void TheMarksAfterAFilmsDirectorHoldHisWords()
    {
        var quote = Assert.Single(Analyze("وقال مخرج الفيلم «صورنا المشاهد في ثلاث مدن خلال عامين»."));

        Assert.Equal("صورنا المشاهد في ثلاث مدن خلال عامين", quote.Text);
    }

    [Fact]
    public void ACueInsideANovelsTitleSaysNothing()
    {
        var quotes = Analyze("وفي رواية «الرجل الذي يعتقد أنه يطير» يكتب المؤلف عن طفولته في القرية.");

        Assert.Empty(quotes);
    }
}
