using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// A trigger ending in a noun with the article stands in no construct: the word with the article right after it is its
/// adjective, never its object (Arguments.NounRecipient.ObjectNoun); sentences written for these tests.
/// </summary>
public sealed class DefiniteNounAdjectiveTests
{
    // The demand names no one it is addressed to; the detainees are what it asks for, not its recipient.
    [Fact]
    public void TheAdjectiveOfADemandedReleaseIsNoRecipient() =>
        Assert.Equal(("الحكومة[-]", "?"),
            Actors(Only("وطالبت الحكومة بالإفراج الفوري عن المعتقلين.", PloverType.REQUEST)));

    [Fact]
    public void TheAdjectiveOfADetentionNounIsNoRecipient() =>
        Assert.Equal("?",
            Actor(Only("وأمرت النيابة العامة اليوم بالحبس الاحتياطي في القضية.", PloverType.COERCE).Target));

    // Guard: an indefinite noun in construct keeps its genitive object.
    [Fact]
    public void AnIndefiniteNounKeepsItsGenitiveObject() =>
        Assert.Equal("المنازل[-]",
            Actor(Only("وأدان المجلس هدم المنازل في القرية.", PloverType.ASSAULT).Target));
}
