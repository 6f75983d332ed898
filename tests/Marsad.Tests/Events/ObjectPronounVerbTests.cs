using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// A verb carrying its object as a pronoun suffix (TriggerMatch.ObjectPronoun) has its object: the phrase after it is its
/// subject, not its recipient. Sentences written for these tests.
/// </summary>
public sealed class ObjectPronounVerbTests
{
    [Fact]
    public void AVerbCarryingItsObjectPronounHasItsSubjectAfterIt() =>
        Assert.Equal(("الشرطة الفرنسية[FRA]", "?"), Actors(Only("واعتقلتهم الشرطة الفرنسية في المطار.", PloverType.COERCE)));

    [Fact]
    public void AVerbCarryingItsObjectPronounTakesNoObjectNounAfterItsSubject() =>
        Assert.Equal(("مسلحون[-]", "?"), Actors(Only("وهاجمهم مسلحون مجهولون في الطريق.", PloverType.ASSAULT)));
}
