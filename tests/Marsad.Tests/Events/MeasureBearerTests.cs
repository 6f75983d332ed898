using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// An imposed measure (arguments.tsv, measure: sanctions, embargo, blockade, restrictions) names who bears it by «على»
/// after its adjectives; lifting or easing it acts on that bearer whatever preposition the trigger's row names
/// (sentences written for these tests).
/// </summary>
public sealed class MeasureBearerTests
{
    [Fact]
    public void LiftingSanctionsImposedOnAStateTargetsThatState() =>
        Assert.Equal(("كندا[CAN]", "فنزويلا[VEN]"),
            Actors(Only("ورفعت كندا العقوبات الاقتصادية المفروضة على فنزويلا.", PloverType.CONCEDE)));

    [Fact]
    public void EasingRestrictionsOnAStateNamedAfterANisbaTargetsTheBearerNotTheNisba() =>
        Assert.Equal(("اليابان[JPN]", "كوريا الجنوبية[KOR]"),
            Actors(Only("وخففت اليابان القيود التجارية اليابانية على كوريا الجنوبية.", PloverType.CONCEDE)));
}
