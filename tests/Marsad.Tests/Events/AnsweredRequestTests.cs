using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// A request whose answer the sentence tells (arguments.tsv, answer: «رفضت … طلباً», «استجابة لنداء») was put to the one
/// who answers: that actor is the request's target. Sentences written for these tests.
/// </summary>
public sealed class AnsweredRequestTests
{
    [Fact]
    public void ARejectedRequestWasPutToTheStateThatRejectedIt()
    {
        var all = DescribeAll("قالت وسائل إعلام محلية إن بغداد رفضت طلباً كويتياً لترسيم الحدود البحرية.");
        Assert.Contains("REQUEST/- reported كويتياً[KWT] → بغداد[IRQ] -", all);
    }

    [Fact]
    public void ANounOfAnsweringAnswersForTheSubjectOfTheSentencesAct()
    {
        var all = DescribeAll("أعلنت جماعة الحوثي وقف الهجمات على السفن، استجابة لنداء المبعوث الأممي.");
        Assert.Contains("REQUEST/change asserted ? → جماعة الحوثي[YEM] -", all);
    }

    [Fact]
    public void ARequestOnlyDiscussedNamesNoTarget()
    {
        var all = DescribeAll("ناقش الوزير طلبا كويتيا لترسيم الحدود.");
        Assert.Contains("REQUEST/- asserted كويتيا[KWT] → ? -", all);
    }
}
