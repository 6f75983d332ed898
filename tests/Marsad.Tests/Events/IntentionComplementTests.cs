using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// An intention, اعتزم, is AGREE only by a complement of cooperation (triggers.tsv, evsense12): a firm's plan to launch a
/// product or to invest promises nobody anything, while a planned visit is still an intention to meet.
/// </summary>
public sealed class IntentionComplementTests
{
    [Fact]
    public void AFirmPlanningToLaunchAProductAgreesToNothing() =>
        Assert.Empty(Coded("وتعتزم الشركة طرح جهاز لوحي جديد في الأسواق الشهر المقبل."));

    [Fact]
    public void APlannedVisitIsStillAnIntentionToMeet() =>
        Assert.Equal(["AGREE/- planned"], Coded("ويعتزم وزير الخارجية الياباني زيارة الكويت الأسبوع المقبل."));
}
