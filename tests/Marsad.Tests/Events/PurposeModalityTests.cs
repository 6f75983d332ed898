using Marsad.Events;

namespace Marsad.Tests.Events;

/// <summary>
/// An act noun a clause aims at, after a word of purpose (modality.tsv `purpose`: بهدف، من أجل; or سعياً، تمهيداً in its
/// clause), the way is opened to («يمهد الطريق أمام», `path`), or a future verb makes as its indefinite object («ستفرض
/// عقوبات»), is still to come: planned, while the act that aims at it stays asserted.
/// </summary>
public sealed class PurposeModalityTests
{
    [Fact]
    public void AnActAfterAWordOfPurposeIsPlanned() =>
        Assert.Equal(["MOBILIZE/troops asserted", "COERCE/seize planned"], EventTestPipeline.Coded(
            "وحشدت الحكومة قواتها على الحدود بهدف اقتحام المدينة."));

    [Fact]
    public void AnActForTheSakeOfWhichOthersWorkIsPlanned() =>
        Assert.Equal(["ASSAULT/destroy planned"], EventTestPipeline.Coded(
            "وتعمل الدول المجاورة من أجل تدمير معاقل التنظيم في المنطقة."));

    [Fact]
    public void AnActSoughtAfterAVisitIsPlanned() =>
        Assert.Equal(["CONSULT/visit asserted", "CONCEDE/- planned"], EventTestPipeline.Coded(
            "وزار الوزير القاهرة سعيا إلى إطلاق سراح الرهائن."));

    [Fact]
    public void AnActAClauseWorksToPreventIsPlanned() =>
        Assert.Equal(["CONCEDE/- planned"], EventTestPipeline.Coded(
            "ويسعى النواب إلى جمع أصوات كافية لمنع رفع العقوبات عن البلاد."));

    [Fact]
    public void AnActSoughtThroughANounOfObtainingIsPlanned() =>
        Assert.Equal(["AGREE/- planned"], EventTestPipeline.Coded(
            "وتوجه رئيس الحكومة إلى العاصمة للحصول على موافقة المجلس على الخطة."));

    [Fact]
    public void AnActTheWayIsOpenedToIsPlanned() =>
        Assert.Equal(["CONCEDE/- planned"], EventTestPipeline.Coded(
            "وتبنى المجلس قرارا يمهد الطريق أمام رفع العقوبات عن البلاد."));

    [Fact]
    public void AnActTheFieldIsOpenedToIsPlanned() =>
        Assert.Equal(["CONCEDE/- planned"], EventTestPipeline.Coded(
            "ويفسح الاتفاق المجال لرفع العقوبات عن البلاد."));

    [Fact]
    public void AContactAMinisterWillMakeIsAnIntentionToMeet() =>
        Assert.Equal(["AGREE/- planned"], EventTestPipeline.Coded(
            "وسيجري الوزير اتصالا هاتفيا بنظيره الفرنسي."));

    [Fact]
    public void AnIndefiniteActNounAFutureVerbMakesIsPlanned() =>
        Assert.Equal(["SANCTION/discontinue planned"], EventTestPipeline.Coded(
            "وستفرض الحكومة عقوبات على الشركات المخالفة."));

    [Fact]
    public void AnActAFutureVerbGovernsThroughAPrepositionIsNotMadeByIt() =>
        Assert.Equal(["ASSAULT/- asserted"], EventTestPipeline.Coded(
            "وسيحقق المدعي العام في هجوم على مركز للشرطة."));

    [Fact]
    public void ATimeBeforeTheWayOpenedDatesTheResolutionNotTheLifting()
    {
        var lifting = EventTestPipeline.Only("وتبنى المجلس أمس قرارا يمهد الطريق أمام رفع العقوبات عن البلاد.", PloverType.CONCEDE);

        Assert.Null(lifting.Date);
    }
}
