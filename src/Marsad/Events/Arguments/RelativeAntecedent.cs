using Marsad.Events.Actors;
using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// The relative-clause antecedent (arguments.tsv: <c>relative</c>, <c>resumptive</c>): the actor before a relative
/// pronoun is the subject of the verb right after it («قوات الأمن، التي صادرت»), unless a pronoun in the clause stands
/// for it.
/// </summary>
public sealed class RelativeAntecedent(EventLanguage language)
{
    private const int RelativeClauseReach = 8;
    private readonly ClauseSyntax _syntax = new(language);

    /// <summary>
    /// The subject of a verb opening a relative clause: the actor phrase right before the relative pronoun, a comma allowed
    /// between («من قبل قوات الأمن، التي صادرت وثائق»). A verb carrying an object pronoun has its own subject after it
    /// («المذكرة التي وقعتها أديس أبابا»: the pronoun is the antecedent), so does one with a pronoun after a preposition
    /// further in its clause («التي ترفض واشنطن التنسيق معها»). A preposition before the antecedent
    /// does not matter: the relative clause's subject is the antecedent whatever governs it.
    /// </summary>
    public ActorPhrase? Find(EventText text, int verb, int sentenceStart)
    {
        if (!Opens(text, verb, sentenceStart) || ClauseSyntax.HasPronounSuffix(text, verb)) return null;
        // «إيران التي ترفض واشنطن التنسيق معها»: a pronoun further in the clause stands for the antecedent, so the
        // antecedent is not the subject.
        for (var t = verb + 1; t < Math.Min(text.Tokens.Count, verb + RelativeClauseReach) && !_syntax.IsClauseEnd(text, t); t++)
            if (language.IsCue("resumptive", text.Words[t])) return null;
        return Before(text, verb, sentenceStart);
    }

    /// <summary>A relative pronoun stands right before <paramref name="verb"/>, not first in its sentence: the verb opens a relative clause.</summary>
    public bool Opens(EventText text, int verb, int sentenceStart)
    {
        var pronoun = ClauseSyntax.PreviousWord(text, verb - 1, sentenceStart);
        return pronoun > sentenceStart && language.IsCue("relative", text.Words[pronoun]);
    }

    /// <summary>
    /// The antecedent of the relative clause <paramref name="verb"/> opens: the actor phrase right before the pronoun, a comma
    /// allowed between, not a place or a nisba alone; or null. With <paramref name="adjective"/>, one definite word no actor
    /// covers may stand between, the antecedent's adjective («الفصائل المسلحة التي»).
    /// </summary>
    public ActorPhrase? Before(EventText text, int verb, int sentenceStart, bool adjective = false)
    {
        var before = ClauseSyntax.PreviousWord(text, verb - 1, sentenceStart) - 1;
        while (before >= sentenceStart && (text.IsSkippable(before) || text.IsComma(before))) before--;
        if (adjective && before > sentenceStart && text.ActorCovering[before] < 0 && text.Words[before].IsDefinite
            && text.Tokens[before].Kind == Text.Tokenization.TokenKind.ArabicWord && !language.IsCue("preposition", text.Words[before]))
            before = ClauseSyntax.PreviousWord(text, before - 1, sentenceStart);
        if (before < sentenceStart || text.ActorCovering[before] is not (var a and >= 0)) return null;
        var phrase = text.Actors[a];
        return phrase.End == before + 1 && !phrase.IsPlace && !phrase.Adjectival ? phrase : null;
    }
}
