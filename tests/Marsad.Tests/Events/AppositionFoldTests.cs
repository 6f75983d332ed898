using Marsad.Documents;
using Marsad.Events.Actors;
using Marsad.Text.Tokenization;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// The apposition pass alone, over phrases written by hand: a role and a name of one entity with only a comma between
/// them become one phrase; a name joined by و, a different entity, or a full stop between them keeps two.
/// </summary>
public sealed class AppositionFoldTests
{
    private const string Minister = "per:test-minister";

    /// <summary>A phrase over the words <paramref name="first"/> … <paramref name="last"/> (the first occurrence of each).</summary>
    private static ActorPhrase Phrase(string text, IReadOnlyList<Token> tokens, string first, string last, string? id, string? country, string? sector, string proclitics = "")
    {
        var from = TokenAt(text, tokens, first);
        var to = TokenAt(text, tokens, last, from);
        var start = tokens[from].Span.Start + proclitics.Length;
        var span = new TextSpan(start, tokens[to].Span.End);
        return new ActorPhrase(from, to + 1, span, span.Slice(text), id, country, sector, Collective: false, IsPlace: false, proclitics);
    }

    [Fact]
    public void ARoleAndTheNameAfterItsCommaAreOnePhraseWithTheRolesStateAndSector()
    {
        const string text = "وقالت وزيرة التجارة النرويجية، سولفي هاغن، إن بلادها سترفع الرسوم.";
        var tokens = Tokens(text);
        var role = Phrase(text, tokens, "وزيرة", "النرويجية", Minister, "NOR", "GOV");
        var name = Phrase(text, tokens, "سولفي", "هاغن", Minister, null, null);

        var folded = AppositionFold.Fold(text, tokens, [role, name]);

        var one = Assert.Single(folded);
        Assert.Equal((role.First, name.End, "وزيرة التجارة النرويجية، سولفي هاغن", "NOR", "GOV"), (one.First, one.End, one.Text, one.Country, one.Sector));
        Assert.Equal((role.Span.Start, name.Span.End), (one.Span.Start, one.Span.End));
    }

    [Fact]
    public void TheNameFillsTheStateTheRoleLeftEmpty()
    {
        const string text = "وقالت الوزيرة، سولفي هاغن، إن الرسوم سترتفع.";
        var tokens = Tokens(text);
        var role = Phrase(text, tokens, "الوزيرة", "الوزيرة", Minister, null, "GOV");
        var name = Phrase(text, tokens, "سولفي", "هاغن", Minister, "NOR", null);

        var one = Assert.Single(AppositionFold.Fold(text, tokens, [role, name]));

        Assert.Equal(("الوزيرة، سولفي هاغن", "NOR", "GOV"), (one.Text, one.Country, one.Sector));
    }

    [Fact]
    public void ANameJoinedByAndIsAnotherParty()
    {
        const string text = "استقبل وزير التجارة النرويجي وسولفي هاغن الوفد.";
        var tokens = Tokens(text);
        var role = Phrase(text, tokens, "وزير", "النرويجي", Minister, "NOR", "GOV");
        var name = Phrase(text, tokens, "وسولفي", "هاغن", Minister, null, null, proclitics: "و");

        Assert.Equal([role, name], AppositionFold.Fold(text, tokens, [role, name]));
    }

    [Fact]
    public void AFullStopBetweenThemKeepsTwoPhrases()
    {
        const string text = "تحدث وزير التجارة النرويجي. سولفي هاغن وصلت أمس.";
        var tokens = Tokens(text);
        var role = Phrase(text, tokens, "وزير", "النرويجي", Minister, "NOR", "GOV");
        var name = Phrase(text, tokens, "سولفي", "هاغن", Minister, null, null);

        Assert.Equal([role, name], AppositionFold.Fold(text, tokens, [role, name]));
    }

    [Fact]
    public void AnotherEntityAfterTheCommaIsAnotherPhrase()
    {
        const string text = "وقالت وزيرة التجارة النرويجية، سولفي هاغن، إن بلادها سترفع الرسوم.";
        var tokens = Tokens(text);
        var role = Phrase(text, tokens, "وزيرة", "النرويجية", Minister, "NOR", "GOV");
        var other = Phrase(text, tokens, "سولفي", "هاغن", "per:someone-else", null, null);

        Assert.Equal([role, other], AppositionFold.Fold(text, tokens, [role, other]));
    }
}
