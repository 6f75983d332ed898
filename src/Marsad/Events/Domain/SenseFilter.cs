using System.Collections.Frozen;
using Marsad.Events.Lexicon;
using Marsad.Text.Tokenization;

namespace Marsad.Events.Domain;

/// <summary>
/// Drops a trigger used in its other, non-political sense, told by the noun that stands after it as its subject, genitive
/// or object, within <see cref="Window"/> words. A force trigger (ASSAULT, COERCE, MOBILIZE, THREATEN) with a noun of
/// physical-senses.tsv — a natural force, the senses or the breath, a seat or a rank — is physical or figurative («ضرب
/// زلزال», «اجتاحت السيول», «تخطف الأبصار», «تحبس الأنفاس», «احتل أفرادها مقاعد»); a threat to a good of that file
/// («تهدد استقرار الحكومة», «يهدد أمن المنطقة») is a danger, nobody's threat. An investigation (ACCUSE, investigate)
/// with a noun of achievement-senses.tsv after its first word is "achieve" («تحقيق السلام في», «حقق الفريق فوزا في»): an
/// investigation takes its case with «في», never a direct object. A preposition ends the search, attached or not: what it
/// governs («هدد بإشعال حريق», «أدى إلى حريق», «التحقيق في نتائج») is no argument of the act.
/// </summary>
public sealed class SenseFilter(EventLanguage language)
{
    // The verb's subject (up to two words) and then its object: «حبس زعماء أوروبا أنفاسهم».
    private const int Window = 3;

    // The class of physical-senses.tsv that vetoes a threat only, and only as the word right after it.
    private const string Good = "good";

    private readonly FrozenDictionary<string, string> _physical = language.PhysicalSenses;
    private readonly FrozenDictionary<string, string> _achievement = language.AchievementSenses;

    public void Filter(EventText text, List<DraftEvent> drafts) =>
        drafts.RemoveAll(d => Physical(text, d.Trigger) || Endangered(text, d.Trigger) || Achieved(text, d.Trigger));

    private bool Physical(EventText text, TriggerMatch trigger) =>
        trigger.Entry.Type is PloverType.ASSAULT or PloverType.COERCE or PloverType.MOBILIZE or PloverType.THREATEN
        && NounAhead(text, trigger.Sentence, trigger.End, (_, form) => _physical.TryGetValue(form, out var kind) && kind != Good);

    // «تهدد استقرار الحكومة», «بتهديد أمنها»: a threat to a good a party enjoys (its security, stability, peace) is a danger
    // it runs, named by the trigger's first word after it — an object or genitive; further on, «هددت قوات الأمن», the good
    // may be part of the subject's name.
    private bool Endangered(EventText text, TriggerMatch trigger) =>
        trigger.Entry.Type is PloverType.THREATEN
        && NounAhead(text, trigger.Sentence, trigger.End, (word, form) => word == 1 && _physical.TryGetValue(form, out var kind) && kind == Good);

    // The pattern «حقق ~ في» spans its gap, so the search starts right after the first word. An aim or a state counts only
    // there: past the subject it is the investigating body's own name («وتحقق أجهزة الأمن في»).
    private bool Achieved(EventText text, TriggerMatch trigger) =>
        trigger.Entry.Type is PloverType.ACCUSE && trigger.Entry.Mode == "investigate"
        && NounAhead(text, trigger.Sentence, trigger.WordTokens[0] + 1, (word, form) =>
            _achievement.TryGetValue(form, out var kind) && (word == 1 || kind is not ("aim" or "state")));

    /// <summary>Whether one of the <see cref="Window"/> words from token <paramref name="from"/> on, before any punctuation or
    /// preposition, has a form <paramref name="sense"/> accepts (given the word's place, 1 for the first).</summary>
    private bool NounAhead(EventText text, int sentence, int from, Func<int, string, bool> sense)
    {
        var end = Math.Min(text.Sentences[sentence].EndToken, text.Tokens.Count);
        for (int t = from, words = 0; t < end && words < Window; t++)
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
                if (sense(words, forms[f])) return true;
        }
        return false;
    }
}
