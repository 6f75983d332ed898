using System.Collections.Frozen;
using Marsad.Events.Actors;
using Marsad.Events.Lexicon;
using Marsad.LanguageData;
using Marsad.Text.Morphology;
using Marsad.Text.Normalization;

namespace Marsad.Events.Arguments;

/// <summary>
/// A common-noun phrase the target search took as an event's recipient that names an act or an abstract matter, not a
/// participant: the verbal noun of a derived verb («دعم التنسيق», «رفض الاتفاق», «تأجيل الانتخابات») or an abstract noun of
/// arguments.tsv («قطع العلاقات», «أعلن الحرب», «أيد الخطة»). PLOVER codes no such recipient: the team set leaves it empty
/// and SaudiNewsNet names the people behind it, so the event keeps no target rather than one that borrows its source's
/// state. A physical thing («قصفت الطائرات مستشفى») or a document («التقرير») is none of these and stays.
/// Nor is a phrase that names nothing (<see cref="IsJunk"/>): a function word, a verb or a circumstantial participle; nor
/// one joined by و to what came before (<see cref="IsConjunct"/>), nor a weapon or explosive device (<see cref="IsInstrument"/>).
/// </summary>
public sealed class NonActorThing(EventLanguage language)
{
    private static readonly FrozenSet<string> s_functionWords = FunctionWords.Keys;

    /// <summary>
    /// Whether <paramref name="thing"/> (a phrase of no entity, state or sector) names an act or an abstract matter — the
    /// verbal noun of a derived verb, a listed verbal noun (arguments.tsv, act_noun: «قبول», «وقف», «الاطلاع») or a noun of
    /// arguments.tsv's abstract class — rather than a participant; a physical
    /// thing, a document or people are none.
    /// </summary>
    public bool IsAct(EventText text, ActorPhrase thing)
    {
        var head = Head(text, thing);
        if (head >= thing.End) return false;
        var word = text.Words[head];
        // «واصفة التقرير الأممي»: a statement or report (arguments.tsv, document) is a thing one acts on, whatever its pattern.
        if (language.IsCue("document", word)) return false;
        // «رفضوا قبول الفكرة», «الاطلاع»: a verbal noun its pattern does not tell (arguments.tsv, act_noun) is listed.
        return IsVerbalNoun(word) || language.IsCue("abstract", word) || language.IsCue("act_noun", word);
    }

    /// <summary>
    /// Whether <paramref name="thing"/> (a phrase of no entity, state or sector) is headed by a weapon, a munition or an
    /// explosive device (arguments.tsv, instrument): what an attack is carried out with («فجر انتحاري حزاماً ناسفاً في
    /// سوق»), never who underwent it, wherever it went.
    /// </summary>
    public bool IsInstrument(EventText text, ActorPhrase thing)
    {
        var head = Head(text, thing);
        return head < thing.End && language.IsCue("instrument", text.Words[head]);
    }

    /// <summary>
    /// Whether <paramref name="thing"/> (a phrase of no entity, state or sector) names nothing at all: a demonstrative,
    /// quantifier or count with no noun after it, function words alone («حتى», «ما لم»), an indefinite word of a verb's shape
    /// («وهو يدعو أهل البلد ويتمنى لهم»), a circumstantial participle set off by punctuation («طرد الصحافية، مشيراً إلى أن»),
    /// the adjective that calls an act another of its kind («بتفجير مماثل»), a time or manner adverbial («أثناء حكمه»,
    /// «مجددا»), or any one of a kind («أي محاولة»).
    /// </summary>
    public bool IsJunk(EventText text, ActorPhrase thing)
    {
        var head = Head(text, thing);
        // «ذلك» alone names nothing; a count or quantifier alone («اثنين», «الآلاف», «جميع») counts people it stands for.
        if (head >= thing.End)
            return Enumerable.Range(thing.First, thing.End - thing.First).All(t => !CountWord.Is(text.Tokens[t]) && !language.IsCue("quantifier", text.Words[t]));
        var word = text.Words[head];
        var key = text.Tokens[head].Key;
        // «أي جهة», «دون محاكمة»: a function word before a noun says something of that noun; only words that are all
        // function words name nothing.
        var onlyFunctionWords = Enumerable.Range(head, thing.End - head).All(t => text.Tokens[t].Kind != Text.Tokenization.TokenKind.ArabicWord || IsFunctionWord(text.Words[t]));
        // «بتفجير مماثل», «تفجير ثان»: the adjective calling an act another of its kind (arguments.tsv, another) names no one.
        return onlyFunctionWords && !PrepositionWithPronoun(key) || !word.IsDefinite && IsVerb(key) || Circumstantial(text, head)
            || head == thing.First && language.IsCue("another", word)
            // «مداهمة شنتها قوات الأمن»: the doer verb after an event noun (arguments.tsv, doer_verb) names its doer's act.
            || head == thing.First && language.IsCue("doer_verb", word)
            // «قد ينشب», «سوف يبدأ»: a particle that only stands before a verb (arguments.tsv, verb_particle) opens a clause, no noun.
            || head == thing.First && language.IsCue("verb_particle", word)
            // «جرائم تعذيب أثناء حكمه», «اعتقالهم مجددا»: a preposition of time (arguments.tsv, during) or an adverb of time
            // or manner (adverb) opening the phrase says when or how the act happened, not to whom.
            || head == thing.First && (language.IsCue("during", word) || language.IsCue("adverb", word))
            || AnyOfAKind(text, thing);
    }

    /// <summary>
    /// «ترفض الوزارة أي تدخل», «لم تتهم أية دولة», «تدين كل خطوة»: a word of arguments.tsv's any class, opening the phrase
    /// or right before it, with an indefinite noun after it (not in construct with a definite one) names any or every one
    /// of a kind, no one in particular.
    /// </summary>
    private bool AnyOfAKind(EventText text, ActorPhrase thing)
    {
        var before = thing.First - 1;
        while (before >= 0 && text.IsSkippable(before) && !text.IsComma(before)) before--;
        var (opener, noun) = language.IsCue("any", text.Words[thing.First]) ? (thing.First, thing.First + 1)
            : before >= 0 && language.IsCue("any", text.Words[before]) ? (before, thing.First) : (-1, -1);
        if (opener < 0 || noun >= thing.End || text.Tokens[noun].Kind != Text.Tokenization.TokenKind.ArabicWord
            || text.Words[noun].IsDefinite || IsFunctionWord(text.Words[noun])) return false;
        // «بعض نزلاء السجن»: a noun in construct with a definite one names some of a known group, who stay.
        var next = noun + 1;
        return next >= text.Tokens.Count || text.Tokens[next].Kind != Text.Tokenization.TokenKind.ArabicWord || !text.Words[next].IsDefinite;
    }

    /// <summary>
    /// Whether <paramref name="thing"/> (a phrase of no entity, state or sector) opens with the conjunction و: it is joined to
    /// what came before it — a second act of the trigger («خطفه وضربه», «ترحيله وتسليمه إلى», «بالسجن خمس سنوات وغرامة
    /// مالية») or a new clause («رفض، وحدث ما») —, never the trigger's object, which follows its verb or noun bare. A word
    /// whose و is its own («وكر الخلية», «والدة الأسير») stays (<see cref="ClauseSyntax.SurelyJoinedByAnd"/>). Nor is one
    /// opening with the conjunction of a series, «ثم» («ثم يبدأ»).
    /// </summary>
    public bool IsConjunct(EventText text, ActorPhrase thing)
    {
        var first = ClauseSyntax.NextWord(text, thing.First, thing.End);
        // «ثم يبدأ تسجيل روايته»: the conjunction of a series (arguments.tsv, sequence) opens the next act.
        return first < thing.End && (ClauseSyntax.SurelyJoinedByAnd(text, first) || language.IsCue("sequence", text.Words[first]));
    }

    /// <summary>
    /// «قضت المحكمة عليه بالسجن», «معهم»: a preposition (arguments.tsv) carrying a pronoun stands for the one named before
    /// it; it is a recipient by anaphora, not a word that names nothing.
    /// </summary>
    private bool PrepositionWithPronoun(string key) =>
        CliticSegmenter.ThirdPersonPronoun(key) is { } pronoun && key.Length > pronoun.Length && language.IsCue("preposition", key[..^pronoun.Length]);

    /// <summary>
    /// The first word of the phrase past a demonstrative, quantifier or count (and punctuation): «هذه السياسة», «جميع
    /// الإجراءات», «أي ترتيبات» name the noun after it; the phrase's end when there is none.
    /// </summary>
    private int Head(EventText text, ActorPhrase thing)
    {
        var head = thing.First;
        while (head < thing.End && (text.Tokens[head].Kind != Text.Tokenization.TokenKind.ArabicWord || Determiner(text, head, thing.End))) head++;
        return head;
    }

    /// <summary>
    /// An indefinite word with the shape of a verb: a third-person masculine imperfect («يستمر», «ويتمنى»; nouns in ي are
    /// few, and none of them is a recipient), an imperfect with a dual or plural ending («تتبادلان», «يمثلون»), or a
    /// perfect of the masculine plural («ودفنوا», «تسببوا»).
    /// </summary>
    private static bool IsVerb(string key)
    {
        var stem = CliticSegmenter.WithoutConjunction(key, 4);
        if (stem.Length >= 4 && stem[0] == 'ي') return true;
        if (ImperfectVerbShape.Is(key, ImperfectVerbShape.Dual, 3) || ImperfectVerbShape.Is(key, ImperfectVerbShape.Plural, 3)) return true;
        return stem.Length >= 4 && stem.EndsWith("وا", StringComparison.Ordinal);
    }

    /// <summary>
    /// An indefinite accusative («مشيراً», «قائلا») set off by a comma before it or a colon after it: a circumstantial
    /// participle telling how the subject acted, which goes on with the main clause; it is no object.
    /// </summary>
    private static bool Circumstantial(EventText text, int token)
    {
        // The shape of an active participle: فاعلاً («قائلا», «داعيا») or, of a derived verb, مُفعِلاً («مشيراً»); a short
        // noun in the accusative after a parenthesis («أعدمت السلطات، فجر الأربعاء، شاباً») is the object.
        var key = text.Tokens[token].Key;
        if (text.Words[token].IsDefinite || key.Length < 5 || !key.EndsWith('ا') || !(key[0] == 'م' || key[1] == 'ا')) return false;
        var before = token - 1;
        while (before >= 0 && text.IsSkippable(before) && !text.IsComma(before)) before--;
        var after = token + 1;
        return before >= 0 && text.IsComma(before)
            || after < text.Tokens.Count && text.Tokens[after].Normalized is ":";
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
            if (form.Length < 5 || form[0] != 'ا' || CliticSegmenter.OpensWithArticle(form)) continue;
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
