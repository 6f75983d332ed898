namespace Marsad.Tests.Events;

/// <summary>
/// Verbs that change what a negation or an exchange says of the act after them (modality.tsv `escape`, `avoid`,
/// `exchange`): a negated escape tells that the act happened; an act refrained from was not done, unless the refraining
/// is negated; what is given in exchange under an agreement is still to come.
/// </summary>
public sealed class ScopeVerbModalityTests
{
    [Fact]
    public void ANegatedEscapeLeavesTheActAsserted() =>
        Assert.Equal(["ASSAULT/aerial asserted"], EventTestPipeline.Coded(
            "لكن البلدة لم تسلم من غارات الطيران خلال الأسبوع."));

    [Fact]
    public void AnActRefrainedFromIsNegated() =>
        Assert.Equal(["AGREE/- negated"], EventTestPipeline.Coded(
            "وتقاعست الحكومة عن الموافقة على خطة السلام."));

    [Fact]
    public void AnActARefusalVerbRefrainsFromIsNegated() =>
        Assert.Equal(["REJECT/- asserted", "COERCE/arrest negated"], EventTestPipeline.Coded(
            "وامتنعت الشرطة عن اعتقال المتظاهرين أمام البرلمان."));

    [Fact]
    public void ANegatedRefrainingLeavesTheActAsserted() =>
        Assert.Equal(["COERCE/arrest asserted"], EventTestPipeline.Coded(
            "ولم يمتنع عن اعتقال المتظاهرين أمام البرلمان."));

    [Fact]
    public void AnActGivenInExchangeUnderAnAgreementIsPlanned() =>
        Assert.Equal(["SUPPORT/- asserted", "CONCEDE/- planned"], EventTestPipeline.Coded(
            "ووقعت الحكومة اتفاقا مع المتمردين يقضي بتسليم أسلحتهم مقابل الإفراج عن الأسرى."));
}
