using Marsad.Quotes;
using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

/// <summary>Where an indirect clause ends: when the sentence splitter ran on, a full stop outside paired marks ends it; a
/// participle of another act of the speaker's after a comma («، مطالبا»، «، مشيدة») ends it too.</summary>
public sealed class ReportedClauseEndTests
{
    [Fact]
    public void AFullStopOutsidePairedMarksEndsTheClauseWhenAnUnpairedMarkJoinedTheSentences()
    {
        var quotes = Analyze("وقال المصدر \"إن المدير يدرس العرض المقدم من النادي. مضيفا \"انه يدرس جديا فكرة الانتقال. سيتخذ قراره في الأسبوعين المقبلين\". وأشار إلى أن الأندية الأربعة هي الأهلي والنصر والهلال والاتحاد. وتضم البطولة عشرة فرق من المنطقة.");

        Assert.Equal("الأندية الأربعة هي الأهلي والنصر والهلال والاتحاد", quotes[2].Text);
        Assert.Equal("وأشار", quotes[2].Cue!.Text);
    }

    [Fact]
    public void AContrastCarryingTheSpeakersPronounEndsTheClauseBeforeHisNextReport()
    {
        var quotes = Analyze("وقال وزير الداخلية خالد يوسف إن بلاده سوف تبدي تضامنا، لكنه أشار إلى أن هذه قضية حساسة في البلاد.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("بلاده سوف تبدي تضامنا", quotes[0].Text);
        Assert.Equal("هذه قضية حساسة في البلاد", quotes[1].Text);
        Assert.Equal("خالد يوسف", quotes[1].Speaker!.Text);
    }

    [Fact]
    public void APrepositionOfStandardWithNoSourceAfterItDoesNotEndTheClause()
    {
        var quotes = Analyze("وأوضح المدير خالد العمري أن الرسوم تتغير بحسب المسافة والوزن، وأن الطلبات تعالج وفق الأنظمة المعمول بها.");

        Assert.Single(quotes);
        Assert.Equal("الرسوم تتغير بحسب المسافة والوزن، وأن الطلبات تعالج وفق الأنظمة المعمول بها", quotes[0].Text);
    }

    [Fact]
    public void AQuotationMarkAtEitherEndOfAnIndirectClauseStaysWhenItsPairIsInside()
    {
        var quotes = Analyze("وأوضح المدير أن «ميتسوبيشي» سلمت الدفعة الأولى من القطارات. وأضاف أن التأخير كان «خارجا عن إرادة الجميع».");

        Assert.Equal(["«ميتسوبيشي» سلمت الدفعة الأولى من القطارات", "التأخير كان «خارجا عن إرادة الجميع»"], quotes.Select(q => q.Text));
    }

    [Fact]
    public void ABareVerbOfSayingAfterACommaThatIntroducesNothingIsTheClausesOwnVerb()
    {
        var quotes = Analyze("وأوضح المدير خالد العمري أن إنتاج المصنع الجديد، وهو الأكبر في المنطقة، يبلغ ألف طن يوميا.");

        Assert.Single(quotes);
        Assert.Equal("إنتاج المصنع الجديد، وهو الأكبر في المنطقة، يبلغ ألف طن يوميا", quotes[0].Text);
    }

    [Fact]
    public void AParticipleOfAnotherActOfTheSpeakerAfterACommaEndsTheReport()
    {
        var quotes = Analyze("وأكد المدير خالد العمري أن المشروع سيكتمل قبل نهاية العام، مطالبا الشركات المنفذة بمضاعفة جهودها. "
            + "وقالت الوزيرة سارة أحمد إن الخطة الجديدة تشمل كل المدارس، مشيدة بجهود المعلمين.");

        Assert.Equal(["المشروع سيكتمل قبل نهاية العام", "الخطة الجديدة تشمل كل المدارس"], quotes.Select(q => q.Text));
    }

    [Fact]
    public void AParticipleOfSayingWithItsComplementizerOpensTheNextReportWithoutAComma()
    {
        var quotes = Analyze("وقال المدير خالد العمري إن المبيعات ارتفعت هذا العام مشيرا إلى أن الطلب على المنتجات المحلية تضاعف.");

        Assert.Equal(["المبيعات ارتفعت هذا العام", "الطلب على المنتجات المحلية تضاعف"], quotes.Select(q => q.Text));
        Assert.Equal("per:~خالد-العمري", quotes[1].Speaker!.EntityId);
    }

    [Fact]
    public void AParticipleWithItsComplementizerIsACueFarFromTheVerbOfSaying()
    {
        var quotes = Analyze("وأكد الأمين العام سعيد الشهري أن الجمعية تقدم خدماتها لجميع الأسر منوها بأن عدد المستفيدين تجاوز خمسة آلاف.");

        Assert.Equal(["الجمعية تقدم خدماتها لجميع الأسر", "عدد المستفيدين تجاوز خمسة آلاف"], quotes.Select(q => q.Text));
        Assert.Equal("per:~سعيد-الشهري", quotes[1].Speaker!.EntityId);
    }

    [Fact]
    public void ANounOfSayingAfterACommaEndsTheClauseAndIntroducesTheSameSpeakersDirectWords()
    {
        var quotes = Analyze("وأكد الأمين العام سعيد الشهري أن الجمعية ماضية في توسيع برامجها، بقوله: «لن نترك أسرة محتاجة دون دعم».");

        Assert.Equal(["الجمعية ماضية في توسيع برامجها", "لن نترك أسرة محتاجة دون دعم"], quotes.Select(q => q.Text));
        Assert.Equal(QuoteKind.Direct, quotes[1].Kind);
        Assert.Equal("per:~سعيد-الشهري", quotes[1].Speaker!.EntityId);
    }

    [Fact]
    public void APronounOfTheNounOfSayingStandsForTheClausesSpeakerNotTheNameBeforeIt()
    {
        var quotes = Analyze("وأكد وزير الخارجية الكيني سامسون موانغي أن حركة الشباب تواصل هجماتها على كينيا، بقوله: «لن نتراجع أمام الإرهاب».");

        Assert.Equal(["حركة الشباب تواصل هجماتها على كينيا", "لن نتراجع أمام الإرهاب"], quotes.Select(q => q.Text));
        Assert.Equal(["سامسون موانغي", "سامسون موانغي"], quotes.Select(q => q.Speaker!.Text));
    }
}
