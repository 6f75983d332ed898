using Marsad.Documents;
using Marsad.Events.Actors;
using static Marsad.Tests.Events.ParsedSentence;

namespace Marsad.Tests.Events;

/// <summary>
/// The members pass of the actor phrases (Actors.BodyMembers) called alone, over phrases written by hand on a parsed
/// sentence: a noun for a body's members with no pronoun heads the phrase of the body after it, with its proclitics; one
/// with a pronoun, or before a place, leaves the phrase as it was. Sentences written for these tests.
/// </summary>
public sealed class BodyMembersTests
{
    /// <summary>The phrase over the one word at <paramref name="at"/> (no proclitics), as the finder makes a body's.</summary>
    private static ActorPhrase Body(ParsedSentence p, int at, bool isPlace = false)
    {
        var span = p.Text.Tokens[at].Span;
        return new ActorPhrase(at, at + 1, span, span.Slice(p.Text.Text), null, null, "MIL", Collective: true, IsPlace: isPlace, "");
    }

    [Fact]
    public void AMembersNounHeadsTheBodyAfterItAndKeepsItsConjunction()
    {
        var p = Parse("اندلعت اشتباكات بين الجيش ومقاتلي الميليشيا قرب الحدود.");
        var army = Body(p, p.IndexOf("الجيش"));
        var militia = Body(p, p.IndexOf("الميليشيا"));

        var phrases = new BodyMembers(Language).WithMembers(p.Text.Text, p.Text.Tokens, p.Text.Words, [army, militia]);

        Assert.Equal(army, phrases[0]);
        Assert.Equal((p.IndexOf("ومقاتلي"), militia.End, "مقاتلي الميليشيا", "و"), (phrases[1].First, phrases[1].End, phrases[1].Text, phrases[1].Proclitics));
    }

    [Fact]
    public void AMembersNounBeforeAPlaceIsNoPartOfIt()
    {
        var p = Parse("انتشر عناصر الحدود في المنطقة.");
        var border = Body(p, p.IndexOf("الحدود"), isPlace: true);

        var phrases = new BodyMembers(Language).WithMembers(p.Text.Text, p.Text.Tokens, p.Text.Words, [border]);

        Assert.Equal(border, Assert.Single(phrases));
    }

    [Fact]
    public void AMembersNounWithAThirdPersonPronounIsToldFromOneWithout()
    {
        var p = Parse("انتشر عناصرها وعناصر الشرطة في المنطقة.");
        var own = p.Text.Tokens[p.IndexOf("عناصرها")];
        var bare = p.Text.Tokens[p.IndexOf("وعناصر")];

        Assert.Equal((true, false), (BodyMembers.HasPossessiveSuffix(own, "عناصر"), BodyMembers.HasPossessiveSuffix(bare, "عناصر")));
    }
}
