namespace Marsad.Tests.Events;

/// <summary>
/// An act noun a clause aims at, after a word of purpose (modality.tsv `purpose`: بهدف، من أجل; or سعياً، تمهيداً in its
/// clause), is still to come: planned, while the act that aims at it stays asserted.
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
}
