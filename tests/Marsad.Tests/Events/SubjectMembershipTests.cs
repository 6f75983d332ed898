using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// The body a common-noun subject's members belong to («مسلحون من تنظيم …») is part of the subject: the object comes after it
/// (Arguments.SubjectMembership); sentences written for these tests.
/// </summary>
public sealed class SubjectMembershipTests
{
    [Fact]
    public void TheObjectAfterTheSubjectsBodyIsTheTarget() =>
        Assert.Equal("عشرة جنود[-]",
            Actor(Only("قتل مسلحون من تنظيم القاعدة عشرة جنود في هجوم على ثكنة.", PloverType.ASSAULT).Target));

    [Fact]
    public void TheSubjectsBodyIsNoTarget() =>
        Assert.Equal("الجيش الكيني[KEN]",
            Actor(Only("وهاجم مسلحون من حركة الشباب قاعدة للجيش الكيني.", PloverType.ASSAULT).Target));

    // Guard (passes on fe96e452): the body's adjective must stay in the subject, not become the object.
    [Fact]
    public void AnAdjectiveOfTheSubjectsBodyIsNoTarget() =>
        Assert.Equal("?", Actor(Only("وطالبت مجموعة من النشطاء الغاضبين بالإفراج عن المعتقلين.", PloverType.REQUEST).Target));
}
