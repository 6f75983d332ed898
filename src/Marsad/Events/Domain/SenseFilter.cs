using System.Collections.Frozen;
using Marsad.Events.Lexicon;
using Marsad.Text.Tokenization;

namespace Marsad.Events.Domain;

/// <summary>
/// Drops a force trigger (ASSAULT, COERCE, MOBILIZE, THREATEN) used in its physical or figurative sense: a noun of
/// physical-senses.tsv — a natural force, the senses or the breath, a seat or a rank — within <see cref="Window"/> words
/// after it, as its subject, genitive or object («ضرب زلزال», «اجتاحت السيول», «تخطف الأبصار», «تحبس الأنفاس», «احتل
/// أفرادها مقاعد»). A preposition ends the search, attached or not: what it governs («هدد بإشعال حريق», «أدى إلى حريق»)
/// is no argument of the act.
/// </summary>
public sealed class SenseFilter(EventLanguage language)
{
    // The verb's subject (up to two words) and then its object: «حبس زعماء أوروبا أنفاسهم».
    private const int Window = 3;

    private readonly FrozenDictionary<string, string> _senses = language.PhysicalSenses;

    public void Filter(EventText text, List<DraftEvent> drafts) => drafts.RemoveAll(d => Physical(text, d.Trigger));

    private bool Physical(EventText text, TriggerMatch trigger)
    {
        if (trigger.Entry.Type is not (PloverType.ASSAULT or PloverType.COERCE or PloverType.MOBILIZE or PloverType.THREATEN)) return false;
        var end = Math.Min(text.Sentences[trigger.Sentence].EndToken, text.Tokens.Count);
        for (int t = trigger.End, words = 0; t < end && words < Window; t++)
        {
            if (text.IsSkippable(t)) continue;
            if (text.Tokens[t].Kind is TokenKind.Punctuation) return false;
            if (text.Tokens[t].Kind != TokenKind.ArabicWord) continue; // a figure counts its noun: «احتل الحزب الحاكم 40 مقعدا»
            words++;
            if (language.IsCue("preposition", text.Words[t])) return false;
            var forms = text.Words[t].Forms;
            // «بإشعال», «بحريق»: an attached ب or ل governs the word, and what follows is what it governs.
            if (language.HasLinkingLetter(text.Words[t])) return false;
            for (var f = 0; f < forms.Count; f++)
                if (_senses.ContainsKey(forms[f])) return true;
        }
        return false;
    }
}
