using Marsad.Events.Actors;
using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// A subject named first in its clause and set off from its verb by a comma: «وذكرت الوكالة أن وزير الخارجية الفرنسي، استقبل
/// السفير», «وكان مسلحون من التنظيم، هاجموا القرية». After a complementiser (arguments.tsv <c>complement</c>: أن، إن) or a
/// perfect copula (<c>copula_perfect</c>: كان، كانت) the clause has to name its subject before its verb; when that subject
/// phrase reaches the comma right before the verb, it is the verb's subject, and a phrase after the verb is its object, not
/// its subject (the verb-first reading, <see cref="SubjectSearch.SubjectAfter"/>, would take it so). A verb joined by و/ف
/// after the comma starts a clause of its own and is left to the dropped-subject reading.
/// </summary>
public sealed class FrontedSubject(EventLanguage language)
{
    private readonly ClauseSyntax _syntax = new(language);

    /// <summary>
    /// The subject of <paramref name="verb"/> named before the comma that stands right before it (negations and particles
    /// aside): the actor phrase opening the clause after a complementiser or copula — right after it or after one word (a
    /// definite title: «أن الموقوف أحمد …»), or counted by one word and من («مسلحون من التنظيم»: the group acted through them) —
    /// ending at the comma; or null.
    /// </summary>
    public ActorPhrase? Subject(EventText text, int verb, int sentenceStart)
    {
        if (ClauseSyntax.HasConjunction(text, verb)) return null;
        var comma = verb - 1;
        while (comma >= sentenceStart && !text.IsComma(comma) && (text.IsSkippable(comma) || _syntax.IsVerbParticle(text, comma))) comma--;
        if (comma <= sentenceStart || !text.IsComma(comma)) return null;
        // The phrase ends at the comma: only quote marks or brackets closing it between («مسلحون من «داعش»،»).
        var last = comma - 1;
        while (last >= sentenceStart && text.IsSkippable(last) && !text.IsComma(last) && !text.InTime[last]) last--;
        if (last < sentenceStart || text.ActorCovering[last] is not (var a and >= 0)) return null;
        var phrase = text.Actors[a];
        if (phrase.End != last + 1 || phrase.IsPlace || phrase.Adjectival || phrase.Proclitics.StartsWith('و')) return null;
        // What opens the clause: the complementiser or copula right before the phrase, one word between at most — a title
        // before a name, or a member noun with the من that leads to its group.
        var before = ClauseSyntax.PreviousWord(text, phrase.First - 1, sentenceStart);
        var governing = _syntax.Governing(text, phrase);
        if (before < sentenceStart) return null;
        if (governing == "من" && text.Tokens[before].Key == "من") before = ClauseSyntax.PreviousWord(text, before - 1, sentenceStart);
        else if (governing is not null) return null;
        // A title is a definite noun; «إن ظهرت القاعدة، ستكون» has a conditional's verb there, and the phrase is its subject.
        if (before >= sentenceStart && !Opens(text, before) && text.ActorCovering[before] < 0 && text.Tokens[before].Kind == Text.Tokenization.TokenKind.ArabicWord
            && (text.Words[before].IsDefinite || governing == "من") && !language.IsCue("preposition", text.Words[before]))
            before = ClauseSyntax.PreviousWord(text, before - 1, sentenceStart);
        return before >= sentenceStart && Opens(text, before) ? phrase : null;
    }

    private bool Opens(EventText text, int token) =>
        text.Tokens[token].Kind == Text.Tokenization.TokenKind.ArabicWord
        && (language.IsCue("complement", text.Words[token]) || language.IsCue("copula_perfect", text.Words[token]));
}
