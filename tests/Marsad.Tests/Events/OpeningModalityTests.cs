namespace Marsad.Tests.Events;

/// <summary>
/// Modality read before the act: an attribution opening its clause («، وبحسب النقابة فإن …», «كما يقول السكان»), a
/// verb of telling whose object is the act through ب («أفادت مصادر باعتقال …») or whose topic it is through عن («تحدثت
/// مصادر عن اعتقال …»), and a claim verb read only across its
/// complementiser («تدعي الجماعة أن …»).
/// </summary>
public sealed class OpeningModalityTests
{
    [Fact]
    public void AnAttributionOpeningAClauseAfterACommaMakesTheActReported() =>
        Assert.Equal(["COERCE/arrest reported"], EventTestPipeline.Coded(
            "وتواصلت الاحتجاجات في العاصمة، وبحسب نقابة الصحفيين فإن الشرطة اعتقلت ثلاثة صحفيين."));

    [Fact]
    public void AsAResidentSaysMakesTheActAfterItReported() =>
        Assert.Equal(["COERCE/arrest reported"], EventTestPipeline.Coded(
            "والسبب كما يقول أحد السكان هو اعتقال الشرطة ثلاثة صحفيين في العاصمة."));

    [Fact]
    public void AnActRightAfterTheSourceOfAlsoAnnouncedIsNotToldByIt() =>
        Assert.Equal(["SANCTION/discontinue asserted"], EventTestPipeline.Coded(
            "وأعلن الوزير كما أعلن الرئيس فرض عقوبات على الشركة."));

    [Fact]
    public void AnActSourcesToldOfThroughBaIsReported() =>
        Assert.Equal(["COERCE/arrest reported"], EventTestPipeline.Coded(
            "وأفادت مصادر محلية باعتقال الشرطة ثلاثة صحفيين في العاصمة."));

    [Fact]
    public void AVisitAStatementToldOfThroughBaIsReported() =>
        Assert.Equal(["CONSULT/visit reported"], EventTestPipeline.Coded(
            "وصدر بيان رسمي أفاد بزيارة وزير الخارجية الفرنسي إلى القاهرة."));

    [Fact]
    public void AnActSourcesTalkAboutIsReported() =>
        Assert.Equal(["COERCE/arrest reported"], EventTestPipeline.Coded(
            "وتحدثت مصادر محلية عن اعتقال الشرطة ثلاثة صحفيين في العاصمة."));

    [Fact]
    public void AnActAReportIsAboutIsReported() =>
        Assert.Equal(["COERCE/arrest reported"], EventTestPipeline.Coded(
            "ونشرت منظمة حقوقية تقريرا عن اعتقال عشرات الطلاب في العاصمة."));

    [Fact]
    public void AnActAfterAnOutcomeVerbIsNoTopicOfTelling() =>
        Assert.Equal(["ASSAULT/- asserted"], EventTestPipeline.Coded(
            "وأسفر الهجوم عن مقتل خمسة جنود قرب الحدود."));

    [Fact]
    public void AnActSomeoneDefendsIsNotTold() =>
        Assert.Equal(["SUPPORT/- asserted", "COERCE/arrest asserted"], EventTestPipeline.Coded(
            "ودافع الوزير عن اعتقال الطلاب في العاصمة."));

    [Fact]
    public void ClaimingWithAComplementiserMakesTheActAlleged() =>
        Assert.Equal(["ASSAULT/- alleged"], EventTestPipeline.Coded(
            "وتدعي الجماعة أن مقاتليها قتلوا عشرة جنود قرب الحدود."));

    [Fact]
    public void NamedAfterACommonNounIsNoClaim() =>
        Assert.Equal(["COERCE/arrest reported"], EventTestPipeline.Coded(
            "وقال شاب يدعى خالد إن الشرطة اعتقلته في العاصمة."));

    [Fact]
    public void AnAttributionOpeningAClauseWithADocumentIsNoTeller() =>
        Assert.Equal(["SANCTION/discontinue asserted"], EventTestPipeline.Coded(
            "ووفق نص الاتفاق، فرضت الحكومة عقوبات على الشركة."));

    [Fact]
    public void ARelativeClauseOnTheSourceIsNotWhatItTells() =>
        Assert.Equal(["COERCE/arrest asserted"], EventTestPipeline.Coded(
            "وبحسب ناشطين من المعارضة التي اعتقلت الشرطة قادتها، فإن المدينة هادئة."));

    [Fact]
    public void AnOperationJoinedToAnAnnouncedOneIsAnnouncedWithIt() =>
        Assert.Equal(["COERCE/arrest reported", "COERCE/seize reported"], EventTestPipeline.Coded(
            "وأعلنت الشرطة توقيف خمسة رجال يشتبه في انتمائهم إلى عصابة لتهريب المخدرات في الميناء، ومصادرة أسلحتهم."));
}
