using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// The actor an allegation's charge (its ب) follows is the accused, its target, not the accuser (Arguments.ChargedParty);
/// sentences written for these tests.
/// </summary>
public sealed class ChargedPartyTests
{
    [Fact]
    public void TheActorBeforeTheChargeAfterAnAccusingVerbIsTheAccused() =>
        Assert.Equal(("?", "الحكومة[-]"),
            Actors(Only("وقال المتحدث إن جانبا من النواب اتهم الحكومة بإهدار المال العام.", PloverType.ACCUSE)));

    [Fact]
    public void TheGenitiveBeforeTheChargeAfterAnAccusationNounIsTheAccused() =>
        Assert.Equal(("?", "المعارضة[-]"),
            Actors(Assert.Single(EventTestPipeline.Events("ودان الوزير اتهام المعارضة بالتآمر على الدولة."), e => e.Type == PloverType.ACCUSE && e.Mode == "allege")));

    [Fact]
    public void TheAccuserFollowedByTheAccusedStaysTheSubject() =>
        Assert.Equal(("المعارضة[-]", "الحكومة[-]"),
            Actors(Only("واتهمت المعارضة الحكومة بتزوير الانتخابات.", PloverType.ACCUSE)));
}
