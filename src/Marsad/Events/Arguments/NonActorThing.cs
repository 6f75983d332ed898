using System.Collections.Frozen;
using Marsad.Events.Actors;
using Marsad.Events.Lexicon;
using Marsad.LanguageData;
using Marsad.Text.Normalization;

namespace Marsad.Events.Arguments;

/// <summary>
/// A common-noun phrase the target search took as an event's recipient that names an act or an abstract matter, not a
/// participant: the verbal noun of a derived verb («دعم التنسيق», «رفض الاتفاق», «تأجيل الانتخابات») or an abstract noun of
/// arguments.tsv («قطع العلاقات», «أعلن الحرب», «أيد الخطة»). PLOVER codes no such recipient: the team set leaves it empty
/// and SaudiNewsNet names the people behind it, so the event keeps no target rather than one that borrows its source's
/// state. A physical thing («قصفت الطائرات مستشفى») or a document («التقرير») is none of these and stays.
/// </summary>
public sealed class NonActorThing(EventLanguage language)
{
    private static readonly FrozenSet<string> s_functionWords = FunctionWords.Keys;

    /// <summary>
    /// Whether <paramref name="thing"/> (a phrase of no entity, state or sector) names an act or an abstract matter — the
    /// verbal noun of a derived verb or a noun of arguments.tsv's abstract class — rather than a participant; a physical
    /// thing, a document or people are none.
    /// </summary>
    public bool IsAct(EventText text, ActorPhrase thing)
    {
        // «هذه السياسة», «جميع الإجراءات», «أي ترتيبات»: a demonstrative, quantifier or count says which or how many of the
        // noun after it; the noun is what the phrase names.
        var head = thing.First;
        while (head < thing.End && (text.Tokens[head].Kind != Text.Tokenization.TokenKind.ArabicWord || Determiner(text, head, thing.End))) head++;
        if (head >= thing.End) return false;
        var word = text.Words[head];
        // «واصفة التقرير الأممي»: a statement or report (arguments.tsv, document) is a thing one acts on, whatever its pattern.
        if (language.IsCue("document", word)) return false;
        return IsVerbalNoun(word) || language.IsCue("abstract", word);
    }

    /// <summary>
    /// A demonstrative, a quantifier, a count, or a function word in construct with a definite noun of the phrase («أحد
    /// الإجراءات», «بعض القرارات»).
    /// </summary>
    private bool Determiner(EventText text, int token, int end) =>
        language.IsCue("demonstrative", text.Words[token]) || language.IsCue("quantifier", text.Words[token]) || CountWord.Is(text.Tokens[token])
        || token + 1 < end && text.Words[token + 1].IsDefinite && IsFunctionWord(text.Words[token]);

    /// <summary>The word, alone or after the conjunction و or ف, is a function word.</summary>
    private static bool IsFunctionWord(WordForms word)
    {
        for (var i = 0; i < word.Forms.Count; i++)
            if (word.Prefixes[i] is "" or "و" or "ف" && s_functionWords.Contains(word.Forms[i])) return true;
        return false;
    }

    /// <summary>
    /// The verbal noun of a derived verb, by its pattern (on the word without its article or clitics, a plural in ات
    /// read as its singular): تفعيل and تفعلة («التنسيق», «تسوية»), تفاعل («التعاون»), and, opening with a hamza of
    /// connection written as bare alif — so not the broken plurals أفعال («أطفال», «أتباع») —, افتعال («الاجتماع», with
    /// an assimilated ت: «الاتفاق», «اضطهاد»), انفعال («الانسحاب») and استفعال («الاستثمار», «استقالة»); and إفعال when
    /// its hamza is written below («إنفاق», «الإفراج»).
    /// </summary>
    private static bool IsVerbalNoun(WordForms word)
    {
        for (var i = 0; i < word.Forms.Count; i++)
        {
            var form = word.Forms[i];
            if (form.Length > 6 && form.EndsWith("ات", StringComparison.Ordinal)) form = form[..^2];
            if (form.Length == 5 && form[0] == 'ت' && (form[3] == 'ي' || form[2] == 'ا')) return true;
            // A form that keeps the article («الدراسات») has its form without it beside it: the pattern is read there.
            if (form.Length < 5 || form[0] != 'ا' || form.StartsWith("ال", StringComparison.Ordinal)) continue;
            // The key maps one to one onto the written word: the form's first letter as written, past the prefixes the
            // segmenter read, tells إ from ا.
            var at = word.Prefixes[i].Length;
            var hamza = at < word.Written.Length ? word.Written[at] : 'ا';
            if (hamza == 'إ' && form.Length == 5 && form[3] == 'ا') return true;
            if (hamza != 'ا') continue;
            if (form.Length == 6 && form[2] is 'ت' or 'ط' or 'د' && form[4] == 'ا') return true;
            if (form.Length == 5 && form[1] == 'ت' && form[3] == 'ا') return true;
            if (form.Length == 6 && form[1] == 'ن' && form[4] == 'ا') return true;
            if (form.Length >= 6 && form.StartsWith("است", StringComparison.Ordinal)) return true;
        }
        return false;
    }
}
