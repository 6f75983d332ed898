using Marsad.Events.Lexicon;

namespace Marsad.Events.Modality;

/// <summary>
/// A negation with an exception after it restricts the act to what the exception names, and the act happened: «لم تعتقل
/// الشرطة سوى شخص واحد», «ولا تنفذ بريطانيا ضربات سوى في العراق». The particles are modality.tsv `exception` (سوى، إلا),
/// between the negation and the act or within three words after the act in its clause; «إلا أن» (however) opens a clause
/// of its own and is none. ModalityResolver lets no negation particle before such an act negate it.
/// </summary>
public sealed class NegationException(EventLanguage language)
{
    private const int Reach = 3;

    /// <summary>Whether the word at <paramref name="t"/> is a particle of exception, not «إلا أن».</summary>
    public bool IsException(EventText text, int t, int sentenceEnd)
    {
        if (!language.IsModalityCue("exception", text.Words[t])) return false;
        var next = t + 1;
        while (next < sentenceEnd && text.IsSkippable(next)) next++;
        return next >= sentenceEnd || !(language.IsCue("complement", text.Words[next]) || language.IsCue("complement_pronoun", text.Words[next]));
    }

    /// <summary>An exception within the words after the trigger that stand in its clause («لم يعتقل سوى …», «لم تعتقل
    /// الشرطة إلا شخصين»): its subject or object may stand between.</summary>
    public bool After(EventText text, TriggerMatch m, int sentenceEnd)
    {
        var words = 0;
        for (var t = m.End; t < sentenceEnd && words < Reach; t++)
        {
            if (text.IsSkippable(t)) { if (text.IsComma(t)) return false; continue; }
            if (ModalityResolver.ClauseBreak(language, text, t)) return false;
            words++;
            if (IsException(text, t, sentenceEnd)) return true;
        }
        return false;
    }
}
