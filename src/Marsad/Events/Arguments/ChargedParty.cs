using Marsad.Events.Actors;

namespace Marsad.Events.Arguments;

/// <summary>
/// «اتهم النواب الحكومة بإهدار المال العام», «ودان الوزير اتهام المعارضة بالتآمر»: an accusation names the one accused right
/// before the charge, which its ب introduces. So the actor an allegation's verb or noun is followed by, with the charge
/// right after it, is the accused — the target — not the accuser, whether it stands where a VSO subject would («جانب من
/// النواب اتهم الحكومة بـ…», whose subject is before the verb) or as the noun's genitive. The accuser of «اتهمت المعارضة
/// الحكومة بـ…» is followed by the accused, not by the charge, and stays the subject.
/// </summary>
public static class ChargedParty
{
    /// <summary>True when <paramref name="phrase"/> is an allegation's accused: the next word carries the charge's ب.</summary>
    public static bool IsAccused(EventText text, TriggerMatch m, ActorPhrase phrase)
    {
        if (m.Entry.Type != PloverType.ACCUSE || m.Entry.Mode != "allege" || phrase.IsPlace || phrase.First < m.End) return false;
        var next = ClauseSyntax.NextWord(text, phrase.End, text.Tokens.Count);
        if (next >= text.Tokens.Count || !ClauseSyntax.OnlySkippableBetween(text, phrase.End, next) || text.SentenceOf[next] != m.Sentence || text.ActorCovering[next] >= 0) return false;
        var word = text.Words[next];
        return word.Prefixes.Count > 0 && word.Forms.Count > 1 && ClauseSyntax.AttachedPreposition(word.Prefixes[^1]) == "ب";
    }
}
