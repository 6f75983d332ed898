using Marsad.Entities;
using Marsad.Events.Actors;
using static Marsad.Tests.Events.ParsedSentence;

namespace Marsad.Tests.Events;

/// <summary>
/// The place-name reading of the actor phrases (Actors.PlaceNames) called alone on a parsed sentence, with no entity
/// mention given, so only the bare words after the place noun can make its name: an indefinite place noun takes one bare
/// word as its name, a definite one or an adjective after it takes none, and the noun's own proclitics are read apart.
/// Sentences written for these tests.
/// </summary>
public sealed class PlaceNamesTests
{
    private static (int End, EntityMention? Name) NameAfter(ParsedSentence p, string placeNoun) =>
        new PlaceNames(Language).NameAfter(p.Text.Text, p.Text.Tokens, p.Text.Words, new bool[p.End], new EntityMention?[p.End], p.IndexOf(placeNoun));

    [Fact]
    public void AnIndefinitePlaceNounTakesTheBareWordAfterItAsItsName()
    {
        var p = Parse("انقطعت الكهرباء في بلدة زرنوخ، وعادت بعد ساعتين.");

        Assert.Equal((p.IndexOf("زرنوخ") + 1, (EntityMention?)null), NameAfter(p, "بلدة"));
    }

    [Fact]
    public void AnAdjectiveAfterThePlaceNounIsNoName()
    {
        var p = Parse("افتتحت البلدية حديقة في مدينة كبيرة، وسط الزحام.");

        Assert.Equal((0, (EntityMention?)null), NameAfter(p, "مدينة"));
    }

    [Fact]
    public void ADefinitePlaceNounTakesNoBareWordAndItsProcliticsAreReadApart()
    {
        var p = Parse("رجع الأهالي إلى المدينة زرنوخ، ووصلوا وبلدة.");
        var places = new PlaceNames(Language);

        Assert.Equal((0, (EntityMention?)null), NameAfter(p, "المدينة"));
        Assert.Equal(("و", ""), (places.NounPrefix(p.Text.Words[p.IndexOf("وبلدة")]), places.NounPrefix(p.Text.Words[p.IndexOf("زرنوخ")])));
    }
}
