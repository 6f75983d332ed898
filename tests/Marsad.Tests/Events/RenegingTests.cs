using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// Backing down from one's own promise, pledge, commitment or agreement is reneging, REJECT (PLOVER's GSR codes «reneged on
/// his commitment» so), no concession to another party (evsense25), also from commitments with their owner's pronoun
/// (التزام keeps its root letters ال, which the segmenter never strips before a pronoun) or after a quantifier (evsense26);
/// backing down from a decision stays CONCEDE.
/// </summary>
public sealed class RenegingTests
{
    [Fact]
    public void BackingDownFromOwnPromisesIsRejection() =>
        Assert.Equal(["REJECT/- asserted"], Coded("وتراجعت الحكومة عن الوعود التي قطعتها للمعلمين."));

    [Fact]
    public void BackingDownFromADecisionStaysAConcession() =>
        Assert.Equal(["CONCEDE/- asserted"], Coded("وتراجع المجلس البلدي عن قرار إغلاق السوق الشعبي."));

    [Fact]
    public void BackingDownFromOnesOwnCommitmentsIsRejection() =>
        Assert.Equal(["REJECT/- asserted"], Coded("وتراجعت الحكومة الليبية عن التزاماتها تجاه الموظفين."));

    [Fact]
    public void BackingDownFromAllOnesPledgesIsRejection() =>
        Assert.Equal(["REJECT/- asserted"], Coded("وتراجع الحزب الحاكم عن جميع تعهداته للناخبين."));
}
