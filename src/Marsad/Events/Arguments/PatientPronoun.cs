using Marsad.Events.Actors;
using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// The pronoun on the noun of an act done to someone («ترحيلهم», «احتجازه») stands for the one who underwent it
/// (<see cref="Applies"/>); only people or bodies are acted on again, not a thing (<see cref="IsThing"/>).
/// </summary>
public sealed class PatientPronoun(EventLanguage language)
{
    private readonly ClauseSyntax _syntax = new(language);

    /// <summary>
    /// The event noun of an act done to someone — an arrest, deportation, raid or seizure (COERCE) or an abduction,
    /// assassination, torture or beating (ASSAULT), told by the PLOVER mode its trigger row gives — carries a pronoun and
    /// no object after it («ترحيلهم إلى», «احتجازه.»): the pronoun is the patient. With an object
    /// («اختراقها للموقع», «منعها دخول الأدوية») the pronoun is the doer, as on the noun of any other act («زيارته»).
    /// </summary>
    public bool Applies(EventText text, DraftEvent draft, int end)
    {
        var m = draft.Trigger;
        if (m.Verbal || m.WordTokens.Count != 1 || !ClauseSyntax.HasPronounSuffix(text, m.First)) return false;
        if (!(draft.Type == PloverType.COERCE && draft.Mode is "arrest" or "deport" or "seize"
              || draft.Type == PloverType.ASSAULT && draft.Mode is "abduct" or "targeted" or "torture" or "beat")) return false;
        var next = ClauseSyntax.NextWord(text, m.End, end);
        if (next >= end || text.InTime[next] || _syntax.IsClauseEnd(text, next) || text.Tokens[next].Kind != Text.Tokenization.TokenKind.ArabicWord) return true;
        // A preposition of place, time or direction may follow; ل (or one attached) would mark the act's object.
        return language.IsCue("preposition", text.Words[next]) && text.Tokens[next].Key != "ل"
               && !text.Words[next].Prefixes.Any(p => ClauseSyntax.AttachedPreposition(p) == "ل");
    }

    /// <summary>A place, or a noun of no actor not counted («التحضر»; not «خمسة أشخاص», whose count may open the phrase or stand before it).</summary>
    public static bool IsThing(EventText text, ActorPhrase? phrase) =>
        phrase is { IsPlace: true } || phrase is { EntityId: null, Sector: null }
        && !CountWord.Is(text.Tokens[phrase.First]) && !(phrase.First > 0 && CountWord.Is(text.Tokens[phrase.First - 1]));
}
