using Marsad.Events.Actors;

namespace Marsad.Events.Arguments;

/// <summary>
/// A dual noun for the two parties of a bilateral act (actor-nouns.tsv, sector <c>@pair</c>: «وقع البلدان», «اتفق
/// الجانبان», «بحث الطرفان») stands for the two parties named before it. PLOVER and the development sets code such an act
/// once, the party named first as source and the other as target («استقبل أردوغان رئيس الحكومة العراقية … ووقع الجانبان»
/// TUR → IRQ).
/// </summary>
public static class PairParties
{
    /// <summary>The sector actor-nouns.tsv gives a dual noun standing for two parties named earlier.</summary>
    public const string Sector = "@pair";

    /// <summary>
    /// The two parties a pair noun stands for, in the order the text names them: the nearest actor before it with a state,
    /// then the nearest before that one with another state, both in the noun's sentence or the one before. Places
    /// («في الرياض») and lone nisbas are where or whose, not parties; null when two states are not named.
    /// </summary>
    public static (ActorPhrase First, ActorPhrase Second)? Find(EventText text, ActorPhrase pair) =>
        text.ActorCovering[pair.First] is var index and >= 0 ? Before(text, index, text.SentenceOf[pair.First]) : null;

    /// <summary>
    /// The two parties named before a token, read as for a pair noun there: what a dual verb with no subject of its own
    /// («… واتفقا على», «أعلنت اليونان وقبرص أنهما ستتبادلان») stands for (<see cref="DualSubject"/>).
    /// </summary>
    public static (ActorPhrase First, ActorPhrase Second)? NamedBefore(EventText text, int token)
    {
        var index = text.Actors.Count;
        while (index > 0 && text.Actors[index - 1].First >= token) index--;
        return Before(text, index, text.SentenceOf[token]);
    }

    private static (ActorPhrase First, ActorPhrase Second)? Before(EventText text, int index, int sentence)
    {
        var earliest = Math.Max(0, sentence - 1);
        ActorPhrase? second = null;
        for (var a = index - 1; a >= 0; a--)
        {
            var party = text.Actors[a];
            if (text.SentenceOf[party.First] < earliest) break;
            if (party.Country is null || party.IsPlace || party.Adjectival) continue;
            if (second is null) second = party;
            else if (party.Country != second.Country) return (party, second);
        }
        return null;
    }
}
