using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// Recipients read against the actor's own state: nobody visits his own state, so a party of the visitor's state named
/// on the way (the visitor himself after ل) is not where the visit goes; and a demand that an envoy be recalled is
/// addressed to the state he serves, not to the one he is accredited to; and a reception after an
/// arrival received the one who arrived (sentences written for these tests).
/// </summary>
public sealed class OwnStateRecipientTests
{
    [Fact]
    public void AVisitGoesToTheForeignCapitalNotToTheVisitorNamedAfterLam() =>
        Assert.Equal("الجزائر[DZA]",
            Actor(Only("ونفت الرئاسة التونسية ما نشرته صحف جزائرية عن زيارة قريبة للرئيس التونسي إلى الجزائر.", PloverType.CONSULT).Target));

    [Fact]
    public void ADemandToRecallAnEnvoyIsAddressedToTheStateHeServesNotTheOneHeIsAccreditedTo() =>
        Assert.Equal(("نواب أردنيون[JOR]", "السفير الأردني[JOR]"),
            Actors(Only("وطالب نواب أردنيون بسحب السفير الأردني لدى تل أبيب.", PloverType.REQUEST)));

    [Fact]
    public void AReceptionAfterAnArrivalReceivedTheOneWhoArrived() =>
        Assert.Equal(("الرئيس الفرنسي[FRA]", "ولي العهد السعودي[SAU]"),
            Actors(Only("وصل الرئيس الفرنسي إلى الرياض مساء أمس، واستقبله ولي العهد السعودي في المطار.", PloverType.CONSULT)));
}
