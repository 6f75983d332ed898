using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// A noun of a part of a whole before من («أجزاء من», «جزء من»; Resources/Events/arguments.tsv, quantifier) leads the target
/// search to the whole the act fell on; sentences written for these tests.
/// </summary>
public sealed class PartOfWholeTargetTests
{
    [Fact]
    public void DestroyingPartsOfABuildingHitsTheBuilding() =>
        Assert.Equal("المبنى الحكومي[-]",
            Actor(Only("وأدى الانفجار إلى تدمير أجزاء من المبنى الحكومي.", PloverType.ASSAULT).Target));
}
