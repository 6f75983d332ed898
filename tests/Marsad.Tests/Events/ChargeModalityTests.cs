namespace Marsad.Tests.Events;

/// <summary>
/// An act named as a charge through ب right before it («بتهم الاعتداء», modality.tsv adjacent) is what someone is charged
/// with, not an act the text tells: alleged. The arrest or sentence the charge is given for stays asserted.
/// </summary>
public sealed class ChargeModalityTests
{
    [Fact]
    public void AnAssaultNamedAsTheChargesOfAnArrestIsAlleged() =>
        Assert.Equal(["COERCE/arrest asserted", "ASSAULT/- alleged"], EventTestPipeline.Coded(
            "واعتقلت الشرطة طالبين في المدينة بتهم الاعتداء على حارس المدرسة."));
}
