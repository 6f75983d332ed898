using Marsad.Stories;

namespace Marsad.Tests.Stories;

/// <summary>The story terms one coded event gives (<see cref="StoredEvents.SignaturesOf"/>).</summary>
public sealed class EventSignatureTests
{
    [Fact]
    public void AnEventCodedWithBothActorsAlsoGivesEachActorAlone()
    {
        Assert.Equal(
            ["SANCTION:gpe:bahrain:gpe:iran", "SANCTION:gpe:bahrain:", "SANCTION::gpe:iran"],
            StoredEvents.SignaturesOf("SANCTION", "gpe:bahrain", "gpe:iran"));
    }

    [Fact]
    public void AnEventWithOneActorGivesItsOneSignature()
    {
        Assert.Equal(["ASSAULT:org:isis:"], StoredEvents.SignaturesOf("ASSAULT", "org:isis", null));
        Assert.Equal(["COERCE::gpe:bahrain"], StoredEvents.SignaturesOf("COERCE", "", "gpe:bahrain"));
    }
}
