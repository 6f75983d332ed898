using Marsad.Events.Lexicon;
using Marsad.Text.Tokenization;

namespace Marsad.Events.Actors;

/// <summary>
/// «مجموعة تابعة للحرس الثوري», «قوات موالية للحكومة»: a group of no state tied by an affiliation adjective to the actor
/// after it is that actor's. A pass of its own over the phrases <see cref="ActorPhraseFinder"/> found, run before
/// <see cref="AppositionFold"/>; moved whole out of the finder (split51) so it reads and tests alone.
/// </summary>
internal sealed class AffiliationJoin(EventLanguage language)
{
    /// <summary>
    /// «مجموعة تابعة للحرس الثوري الإيراني», «قوات موالية للحكومة»: a group noun of no state, an affiliation adjective
    /// (arguments.tsv) right after it, and the actor it ties the group to by ل or ب are one phrase, the group coded as that
    /// actor's: its state and sector (a collective owner with no state leaves the group collective, for the home state).
    /// </summary>
    public List<ActorPhrase> Join(string text, IReadOnlyList<Token> tokens, IReadOnlyList<WordForms> words, List<ActorPhrase> phrases)
    {
        var joined = new List<ActorPhrase>(phrases.Count);
        for (var i = 0; i < phrases.Count; i++)
        {
            var group = phrases[i];
            var link = group.End;
            if (group is { Collective: true, Country: null, EntityId: null, Adjectival: false } && !ActorPhraseFinder.IsAnaphor(group.Sector) && i + 1 < phrases.Count
                && link < tokens.Count && words[link].Forms.Count > 0 && language.IsCue("affiliation", words[link])
                && phrases[i + 1] is { Adjectival: false } owner && owner.First == link + 1 && owner.HasAttachedPreposition
                && (!owner.IsPlace || owner.Country is not null))
            {
                var span = new Documents.TextSpan(group.Span.Start, owner.Span.End);
                joined.Add(group with
                {
                    End = owner.End, Span = span, Text = PhraseSpan.ReadOn(group, span.End, text), Country = owner.Country, Sector = owner.Sector ?? group.Sector,
                    Collective = owner.Country is null,
                });
                i++;
                continue;
            }
            joined.Add(phrases[i]);
        }
        return joined;
    }
}
