using Marsad.Text.Morphology;

namespace Marsad.Quotes;

/// <summary>
/// «ورفض وزير المالية الانتقادات، وقال إنها…», «ويمتدح المهندسون المشروع، مؤكدين أنه…»: a coordinated or circumstantial
/// cue with no subject written continues the clause its sentence opens with, whose verb's subject is its speaker. That
/// verb is the sentence's first word, or the first word after the comma closing a fronted phrase («من جهة أخرى، توعدت
/// الحكومة…»); it reads as a verb (<see cref="SpeakerFinder.ReadsAsVerb"/>, <see cref="SpeakerFinder.LooksLikeVerb"/>), is no stop word (حول،
/// خلال) nor a cue (a cue's subject the memory already holds), agrees with the cue in gender («ويستأثر القطاع…، مبينة»
/// continues another clause), and no other cue nor relative pronoun stands between them («…، في حين يكشف X أن…، قائلا»
/// continues that one, «…تشرشل الذي ولد فيه، وقال» the relative clause).
/// The subject is a mention, a partitive and its group («عدد من الخبراء»), or a source noun or definite noun (or one in construct before a definite word: «وزير
/// المالية») cut to its head (<see cref="HeadEnd"/>): a word after it of the other definiteness begins the verb's object
/// («وشكر البيان أفراد المقاومة»). Null when there is no such verb or subject before the cue.
/// </summary>
internal sealed class ClauseSubjectFinder(QuoteContext context, SpeakerFinder speakers)
{
    private const int MaxFrontedPhrase = 8;

    // A partitive noun, its preposition and the group: «عدد من الخبراء».
    private const int PartitiveWords = 3;
    private readonly QuoteContext _c = context;

    public SpeakerPhrase? Find(int cue, Gender cueGender)
    {
        var sentenceStart = _c.SentenceStart(cue);
        if (ClauseVerb(sentenceStart, cue) is not { } verb || _c.MentionAt(verb) is not null || _c.IsSpeakerStop(verb)
            || _c.Lexicon.Cue(_c.Key(verb)) is not null || !(speakers.ReadsAsVerb(verb) || speakers.LooksLikeVerb(verb) || DerivedPerfectInTa(verb))) return null;
        var verbGender = VerbGender(verb);
        // A plural participle may go with a singular verb before its plural subject («ورفض المحتجون…، مشيرين»).
        if (cueGender is Gender.Masculine or Gender.Feminine && verbGender != Gender.Unknown && verbGender != cueGender) return null;
        for (var t = verb + 1; t < cue; t++)
            if (_c.IsWord(t) && (_c.Lexicon.Cue(_c.Key(t)) is not null || _c.Lexicon.IsRelativePronoun(_c.Key(t)))) return null;
        if (speakers.After(verb) is not { } phrase || phrase.End >= cue) return null;
        // «وتقدم الوزير بالشكر…، وقال»: a verb written alike in both genders agrees as its subject shows.
        if (cueGender is Gender.Masculine or Gender.Feminine && verbGender == Gender.Unknown && SubjectGender(phrase.First) is var shown
            && shown != Gender.Unknown && shown != cueGender) return null;
        if (_c.MentionAt(phrase.First) is not null) return phrase;
        // «ويمتدح عدد من الخبراء الاتفاق، قائلين»: a partitive noun and the group it counts (عدد من، كثير من) are the subject,
        // whatever their definiteness; the words after the group begin the object.
        if (phrase.End - phrase.First >= PartitiveWords && _c.Lexicon.JoinsPartitive(_c.Key(phrase.First), _c.Key(phrase.First + 1)))
            return phrase.End - phrase.First == PartitiveWords ? phrase : speakers.At(phrase.First, phrase.First + PartitiveWords);
        if (_c.Lexicon.Source(_c.Key(phrase.First)) is null && !speakers.DefiniteHead(phrase.First, phrase.End)) return null;
        var end = HeadEnd(phrase.First, phrase.End);
        return end == phrase.End ? phrase : speakers.At(phrase.First, end);
    }

    /// <summary>The end of a subject's head noun and its adjectives: a noun in construct with the definite word after it
    /// («رئيس الإقليم»), else the words that share the head's definiteness («البيان», «مصدر أمني», «الشاب البالغ»).</summary>
    private int HeadEnd(int first, int end)
    {
        var definite = speakers.Definite(first);
        if (!definite && first + 1 < end && speakers.Definite(first + 1)) return first + 2;
        var head = first + 1;
        while (head < end && speakers.Definite(head) == definite) head++;
        return head;
    }

    /// <summary>The gender a verb shows of its subject: ت closing a perfect (وشكرت) or opening an imperfect (تستعرض) is
    /// feminine, anything else masculine; but a ت opening a word of the shape of a form V or VI perfect (تقدّم، تحدّث، تبادل،
    /// تواصل: masculine), written alike as an imperfect (تُقدِّم، تُحدِث، تُبادل، تُواصل), shows neither: the subject decides.</summary>
    private Gender VerbGender(int token)
    {
        var key = WithoutConjunction(token);
        if (key[^1] == 'ت') return Gender.Feminine;
        if (key[0] != 'ت') return Gender.Masculine;
        return DerivedPerfectShape(key) ? Gender.Unknown : Gender.Feminine;
    }

    /// <summary>«وتقدم الوزير»، «وتبادل الوزير»: a form V or VI perfect, of the shape <see cref="DerivedPerfectShape"/>, whose
    /// imperfect with ي (يتقدم، يتبادل) reads as a verb (<see cref="Entities.Linking.InflectedVerb"/>).</summary>
    private bool DerivedPerfectInTa(int token)
    {
        var key = WithoutConjunction(token);
        return DerivedPerfectShape(key) && Entities.Linking.InflectedVerb.IsMasculineImperfect("ي" + key);
    }

    // تفعّل or تفاعل, shadda unwritten: ت and four letters, or five with ا second after it.
    private static bool DerivedPerfectShape(string key) => key[0] == 'ت' && (key.Length == 4 || key.Length == 5 && key[2] == 'ا');

    private string WithoutConjunction(int token) => CliticSegmenter.WithoutConjunction(_c.Key(token), 3);

    /// <summary>The gender a subject's first word shows: a noun in ة or a sound feminine plural in ات (الحكومة، السلطات)
    /// is feminine, another common noun masculine (الوزير); a name (a person, a state, a body) may be either.</summary>
    private Gender SubjectGender(int first)
    {
        if (_c.MentionAt(first) is not null) return Gender.Unknown;
        // Any word in ة; in ات five letters at least, so that the masculine nouns ثبات and نبات stay masculine (قوات with them).
        return FeminineEnding.Shows(_c.Tokens[first].Normalized, minSingular: 1, minPlural: 5) ? Gender.Feminine : Gender.Masculine;
    }

    /// <summary>The first word of the sentence, or, when that word opens a fronted phrase (a stop word or a preposition:
    /// «من جهته،», «وفي سياق متصل،»), the word after the comma closing it; null when none stands before <paramref name="cue"/>.</summary>
    private int? ClauseVerb(int sentenceStart, int cue)
    {
        var first = sentenceStart;
        while (first < cue && !_c.IsWord(first)) first++;
        if (first >= cue) return null;
        if (!_c.IsSpeakerStop(first) && !_c.HasPreposition(first)) return first;
        for (var t = first + 1; t < cue && t - first <= MaxFrontedPhrase; t++)
            if (_c.IsComma(t)) return t + 1 < cue && _c.IsWord(t + 1) ? t + 1 : null;
        return null;
    }
}
