using Marsad.Events.Actors;
using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// The body a quote's unnamed speaker serves: a holder of office named by a common noun alone, of no state or entity
/// («مسؤول», «ضابط», «عضو»), and the body named right after it by a preposition of membership (arguments.tsv, member):
/// «قال مسؤول في الحكومة الصومالية: «لم نسمح…»» — the «we» of his quote is the government, not the nameless official.
/// A place after the preposition («مسؤول في بغداد») is where he sits, no party.
/// </summary>
public sealed class SpeakerParty(EventLanguage language)
{
    /// <summary>The party of <paramref name="speaker"/> (the actor phrase naming the speaker), or null.</summary>
    public ActorPhrase? Of(EventText text, ActorPhrase speaker)
    {
        if (speaker.Country is not null || speaker.EntityId is not null || speaker.Adjectival || speaker.IsPlace) return null;
        var link = speaker.End;
        if (link >= text.Tokens.Count || text.Words[link].Forms.Count == 0 || !language.IsCue("member", text.Words[link])) return null;
        var party = text.Actors.FirstOrDefault(a => a.First == link + 1 && !a.Adjectival);
        return party is { IsPlace: false } && (party.Country is not null || party.EntityId is not null) ? party : null;
    }
}
