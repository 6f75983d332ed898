using Marsad.Text.Morphology;
using Marsad.Events.Actors;

namespace Marsad.Events.Arguments;

/// <summary>
/// A verb whose subject is a dual pronoun — the dual ending of the verb itself («… واتفقا على», «تشاورا», «توصلتا», «لن
/// يسمحا», «يتبادلان») or a complementiser's «هما» («أعلنت اليونان وقبرص أنهما ستتبادلان») — names no subject of its own: it
/// stands for the two parties named before it (<see cref="PairParties.NamedBefore"/>), the first named as source, the
/// other as target, as PLOVER codes a bilateral act once.
/// </summary>
public static class DualSubject
{
    /// <summary>
    /// The two parties of a verb at <paramref name="verb"/> carrying a dual subject (the complementiser before it at
    /// <paramref name="complement"/>, or -1), when two parties of different states are named before it; else null.
    /// </summary>
    public static (ActorPhrase First, ActorPhrase Second)? Parties(EventText text, int verb, int complement) =>
        IsDualVerb(text, verb) || complement >= 0 && IsDualPronoun(text, complement) ? PairParties.NamedBefore(text, verb) : null;

    /// <summary>
    /// The dual of the verb: the perfect in ا («اتفقا», «أكدتا») and the subjunctive or jussive in ا after ي or ت («لن يسمحا»),
    /// not the plural وا nor an object pronoun ها or نا, nor a stem in hamza («أنشأ», read from the display form, where
    /// hamza stays); the imperfect in ان after ي or ت («يتبادلان», «ستتبادلان»). A three-letter word in ا («دعا») is a stem.
    /// </summary>
    public static bool IsDualVerb(EventText text, int token)
    {
        var word = CliticSegmenter.WithoutConjunction(text.Tokens[token].Normalized, 4);
        if (word.Length < 4) return false;
        if (word.EndsWith(ImperfectVerbShape.Dual, StringComparison.Ordinal)) return ImperfectVerbShape.Is(word, ImperfectVerbShape.Dual, 2);
        return word[^1] == 'ا' && word[^2] is not ('و' or 'ه' or 'ن');
    }

    /// <summary>A complementiser carrying the dual pronoun («أنهما», «إنهما»).</summary>
    private static bool IsDualPronoun(EventText text, int token) =>
        text.Tokens[token].Normalized.EndsWith("هما", StringComparison.Ordinal);

}
