using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// An act joined by «أو» to what a refusal or demand names is refused or demanded too, not an event of its own
/// (arguments.tsv, alternative). Sentences written for these tests.
/// </summary>
public sealed class AlternativeActTests
{
    [Fact]
    public void AnActJoinedByOrToARefusalsObjectIsRefusedNotCodedApart()
    {
        var all = DescribeAll("وقالت المعارضة إن السلطات الإثيوبية ترفض تجميد الحملة العسكرية أو الإفراج عن المعتقلين السياسيين.");
        Assert.Equal(["REJECT/yield reported السلطات الإثيوبية[ETH] → المعتقلين السياسيين[ETH] -"], all);
    }

    [Fact]
    public void AnActJoinedByOrToADemandedActIsDemandedNotCodedApart()
    {
        var all = DescribeAll("طالب نواب في البرلمان الكويتي الحكومة بطرد السفير الإيراني أو فرض عقوبات على طهران.");
        Assert.Equal(["REQUEST/change asserted نواب[KWT] → السفير الإيراني[IRN] -"], all);
    }
}
