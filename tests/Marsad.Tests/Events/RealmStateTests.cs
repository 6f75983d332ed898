using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// A bare definite noun for a kind of state («المملكة», «الجمهورية», «السلطنة») is the one state of that kind the article
/// names by a formal name opening with the noun (Marsad.Events.Actors.RealmState), and a body named by it («رئيس
/// الجمهورية») is that state's. Sentences written for these tests.
/// </summary>
public sealed class RealmStateTests
{
    [Fact]
    public void AVisitToTheKingdomGoesToTheOneKingdomTheArticleNames()
    {
        var all = DescribeAll("أشاد وزير الخارجية الياباني بدور المملكة العربية السعودية في المنطقة. وأعلن الوزير أنه سيزور المملكة الشهر المقبل.");
        Assert.Equal("AGREE/- planned وزير الخارجية الياباني[JPN] → المملكة[SAU] 2024-04", all[^1]);
    }

    [Fact]
    public void ThePresidentOfTheRepublicIsTheOneRepublicTheArticleNames()
    {
        var all = DescribeAll("وصل وزير الخارجية الياباني إلى جمهورية مصر العربية أمس. وأدان رئيس الجمهورية الهجوم على الكنيسة.");
        Assert.Equal("ACCUSE/disapprove asserted رئيس الجمهورية[EGY] → ? -", all[0]);
    }

    [Fact]
    public void TheKingdomActingIsTheOneKingdomTheArticleNames()
    {
        var all = DescribeAll("استقبل وزير الخارجية الياباني سفير المملكة المغربية في طوكيو. وأعلنت المملكة رفضها للقرار الأوروبي.");
        Assert.Equal("REJECT/- asserted المملكة[MAR] → ? -", all[^1]);
    }
}
