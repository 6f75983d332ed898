using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// Air strikes and raids mark what they hit by ضد as by على (Resources/Events/triggers.tsv, the strike rows); sentences
/// written for these tests.
/// </summary>
public sealed class StrikeAgainstTargetTests
{
    [Fact]
    public void RaidsWagedAgainstFightersHitThem() =>
        Assert.Equal(("المقاتلات[-]", "مسلحي التنظيم[-]"),
            Actors(Only("وشنت المقاتلات غارات ضد مسلحي التنظيم قرب الحدود.", PloverType.ASSAULT)));

    [Fact]
    public void StrikesAgainstPositionsHitThem() =>
        Assert.Equal(("الطائرات الحربية[-]", "مواقع[-]"),
            Actors(Only("وتشن الطائرات الحربية ضربات ضد مواقع المتمردين.", PloverType.ASSAULT)));
}
