namespace Marsad.Tests.Events;

/// <summary>
/// An act named as a charge through ب right before it («بتهم الاعتداء», modality.tsv adjacent) is what someone is charged
/// with, not an act the text tells. Since evsense21 a charge is a backdrop word (backdrop.tsv), so the act right after it
/// codes no event of its own; the arrest or sentence the charge is given for stays asserted.
/// </summary>
public sealed class ChargeModalityTests
{
    [Fact]
    public void AnAssaultNamedAsTheChargesOfAnArrestIsNoEventOfItsOwn() =>
        Assert.Equal(["COERCE/arrest asserted"], EventTestPipeline.Coded(
            "واعتقلت الشرطة طالبين في المدينة بتهم الاعتداء على حارس المدرسة."));
}
