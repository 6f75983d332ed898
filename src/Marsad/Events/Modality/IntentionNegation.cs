using Marsad.Events.Lexicon;

namespace Marsad.Events.Modality;

/// <summary>
/// A negation reaching an act through the noun of intention or plan that stands between them (intentions.tsv):
/// «ليس لدى الحكومة خطط لإرسال قوات», «لا نية لدى الوزارة لفرض رسوم», «لا توجد خطة لزيارة …» — the act, governed by
/// ل or ب right after the noun or its holder, is negated. Only words of having or being there (توجد، هناك، لدى، لها),
/// a polar «أي» and named holders may stand between the negation and the noun, and between the noun and the act.
/// </summary>
public sealed class IntentionNegation(EventLanguage language)
{
    private const int Reach = 4;

    /// <summary>Whether the act whose trigger opens at <paramref name="trigger"/> is the negated object of a noun of intention.</summary>
    public bool Negates(EventText text, int trigger, int sentenceStart)
    {
        if (!text.Words[trigger].GovernedBy('ل') && !text.Words[trigger].GovernedBy('ب')) return false;
        var noun = Back(text, trigger - 1, sentenceStart, t => language.IsIntentionWord("intention", text.Words[t]));
        if (noun < 0) return false;
        var negation = Back(text, noun - 1, sentenceStart, t => IsNegation(text.Words[t]));
        return negation >= 0;
    }

    // Walks back over words of having, «أي» and named holders, at most Reach words, to the first word that is `wanted`.
    private int Back(EventText text, int from, int sentenceStart, Func<int, bool> wanted)
    {
        var words = 0;
        for (var t = from; t >= sentenceStart && words < Reach; t--)
        {
            if (text.IsSkippable(t) && !text.IsComma(t)) continue;
            if (text.IsComma(t)) return -1;
            if (wanted(t)) return t;
            if (text.ActorCovering[t] is var a and >= 0 && t > text.Actors[a].First) continue;
            words++;
            if (text.ActorCovering[t] >= 0 || language.IsIntentionWord("having", text.Words[t]) || language.IsPolar(text.Words[t])) continue;
            return -1;
        }
        return -1;
    }

    private bool IsNegation(WordForms word)
    {
        for (var f = 0; f < word.Forms.Count; f++)
            if (EventLanguage.IsConjunctionPrefix(word.Prefixes[f]) && language.ModalityCues.TryGetValue(word.Forms[f], out var c) && c.Modality == EventModality.Negated && c.Where != "polar")
                return true;
        return false;
    }
}
