using Marsad.Events.Actors;
using static Marsad.Tests.Events.ParsedSentence;

namespace Marsad.Tests.Events;

/// <summary>
/// The affiliation pass of the actor phrases (Actors.AffiliationJoin) called alone, over phrases written by hand on a
/// parsed sentence: a group of no state, an affiliation adjective and the actor after it by ل are one phrase in that
/// actor's state and sector; a group with a state of its own, or an owner with no preposition, keep two. Sentences
/// written for these tests.
/// </summary>
public sealed class AffiliationJoinTests
{
    /// <summary>A phrase over the words from <paramref name="first"/> to <paramref name="last"/>, its span after <paramref name="proclitics"/>.</summary>
    private static ActorPhrase Phrase(ParsedSentence p, string first, string last, string? country, string? sector, bool collective, string proclitics = "")
    {
        var from = p.IndexOf(first);
        var to = p.IndexOf(last);
        var span = new Marsad.Documents.TextSpan(p.Text.Tokens[from].Span.Start + proclitics.Length, p.Text.Tokens[to].Span.End);
        return new ActorPhrase(from, to + 1, span, span.Slice(p.Text.Text), null, country, sector, collective, IsPlace: false, proclitics);
    }

    [Fact]
    public void AGroupTiedToAnActorByAnAffiliationIsThatActorsGroup()
    {
        var p = Parse("هاجمت كتيبة موالية لحكومة طرابلس مخازن الوقود.");
        var group = Phrase(p, "كتيبة", "كتيبة", null, "REB", collective: true);
        var owner = Phrase(p, "لحكومة", "طرابلس", "LBY", "GOV", collective: false, proclitics: "ل");

        var one = Assert.Single(new AffiliationJoin(Language).Join(p.Text.Text, p.Text.Tokens, p.Text.Words, [group, owner]));

        Assert.Equal((group.First, owner.End, "كتيبة موالية لحكومة طرابلس", "LBY", "GOV", false),
            (one.First, one.End, one.Text, one.Country, one.Sector, one.Collective));
    }

    [Fact]
    public void AGroupWithAStateOfItsOwnStaysApart()
    {
        var p = Parse("هاجمت كتيبة موالية لحكومة طرابلس مخازن الوقود.");
        var group = Phrase(p, "كتيبة", "كتيبة", "TUN", "REB", collective: true);
        var owner = Phrase(p, "لحكومة", "طرابلس", "LBY", "GOV", collective: false, proclitics: "ل");

        Assert.Equal([group, owner], new AffiliationJoin(Language).Join(p.Text.Text, p.Text.Tokens, p.Text.Words, [group, owner]));
    }

    [Fact]
    public void AnOwnerWithNoPrepositionIsNoAffiliation()
    {
        var p = Parse("هاجمت كتيبة موالية حكومة طرابلس أمس.");
        var group = Phrase(p, "كتيبة", "كتيبة", null, "REB", collective: true);
        var owner = Phrase(p, "حكومة", "طرابلس", "LBY", "GOV", collective: false);

        Assert.Equal([group, owner], new AffiliationJoin(Language).Join(p.Text.Text, p.Text.Tokens, p.Text.Words, [group, owner]));
    }
}
