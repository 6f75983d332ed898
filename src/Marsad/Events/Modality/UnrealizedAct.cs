using Marsad.Events.Lexicon;

namespace Marsad.Events.Modality;

/// <summary>
/// An act named as what someone fears, plots or is threatened with has not happened: planned. The word before the trigger
/// is a word of fear or plotting (anticipation.tsv: «خشية قتله», «خوفاً من اعتقاله»), a noun of intention or plan
/// (intentions.tsv `intention`: «خطة خطفه», «خطة لاغتيال …»), or a participle of being threatened with the act through ب
/// (modality.tsv `threatened`: «مهددين بالترحيل»); a preposition of fear (modality.tsv `fear_from`: من) may stand between,
/// and a verb is feared through the complementiser أن (arguments.tsv `complement`: «خشية أن يهاجم», «خوفاً من أن تنهي …»).
/// TriggerFinder drops a noun such a word governs through ل; this reads what it keeps (a verbal noun written as a perfect,
/// «خشية قتله», or one governed otherwise).
/// </summary>
public sealed class UnrealizedAct(EventLanguage language)
{
    /// <summary>The token of the word of fear, plan or threat the trigger at <paramref name="trigger"/> is the object of, or -1.</summary>
    public int Cue(EventText text, int trigger, int sentenceStart)
    {
        var t = Previous(text, trigger - 1, sentenceStart);
        if (t < 0) return -1;
        if (language.IsModalityCue("threatened", text.Words[t])) return text.Words[trigger].GovernedBy('ب') ? t : -1;
        // «خشية أن يهاجم», «خوفاً من أن تنهي وجود …»: a verb feared through the complementiser أن.
        if (language.IsCue("complement", text.Words[t]) && !text.IsComma(t)) t = Previous(text, t - 1, sentenceStart);
        if (t < 0) return -1;
        if (language.IsModalityCue("fear_from", text.Words[t])) t = Previous(text, t - 1, sentenceStart);
        if (t < 0) return -1;
        return text.Words[t].Forms.Any(language.AnticipationWords.Contains) || language.IsIntentionWord("intention", text.Words[t]) ? t : -1;
    }

    /// <summary>The word before <paramref name="from"/> in the sentence, past skippable tokens; a comma ends the search (-1).</summary>
    internal static int Previous(EventText text, int from, int sentenceStart)
    {
        var t = from;
        while (t >= sentenceStart && text.IsSkippable(t) && !text.IsComma(t)) t--;
        return t >= sentenceStart && !text.IsComma(t) ? t : -1;
    }
}
