using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// A common noun in the nominative sound plural (ـون) right after a verb with no subject found is its subject, not its object
/// (Arguments.NominativeSubject); sentences written for these tests.
/// </summary>
public sealed class NominativeSubjectTests
{
    [Fact]
    public void ANominativePluralAfterTheVerbIsItsSubject() =>
        Assert.Equal(("صحافيون[-]", "?"), Actors(Only("وطالب صحافيون بارزون بوضع خطة للسلامة.", PloverType.REQUEST)));

    [Fact]
    public void AnObliquePluralAfterTheVerbStaysItsObject() =>
        Assert.Equal(("الشرطة[-]", "متظاهرين[-]"), Actors(Only("واعتقلت الشرطة متظاهرين في العاصمة.", PloverType.COERCE)));

    [Fact]
    public void TheDefiniteObjectAfterANominativeSubjectIsNotPartOfIt() =>
        Assert.Equal("الاقتصاديون[-]", Actor(Only("وقد انتقد الاقتصاديون القرار الجديد بشدة.", PloverType.ACCUSE).Source));
}
