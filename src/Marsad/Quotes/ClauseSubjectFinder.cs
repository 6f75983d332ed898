namespace Marsad.Quotes;

/// <summary>
/// «ورفض وزير المالية الانتقادات، وقال إنها…», «ويمتدح المهندسون المشروع، مؤكدين أنه…»: a coordinated or circumstantial
/// cue with no subject written continues the clause its sentence opens with, whose verb's subject is its speaker. That
/// verb is the sentence's first word, or the first word after the comma closing a fronted phrase («من جهة أخرى، توعدت
/// الحكومة…»); it reads as a verb (<see cref="SpeakerFinder.ReadsAsVerb"/>, <see cref="SpeakerFinder.LooksLikeVerb"/>), is no stop word (حول،
/// خلال) nor a cue (a cue's subject the memory already holds), agrees with the cue in gender («ويستأثر القطاع…، مبينة»
/// continues another clause), and no other cue nor relative pronoun stands between them («…، في حين يكشف X أن…، قائلا»
/// continues that one, «…تشرشل الذي ولد فيه، وقال» the relative clause).
/// The subject is a mention, or a source noun or definite noun (or one in construct before a definite word: «وزير
/// المالية») cut to its head (<see cref="HeadEnd"/>): a word after it of the other definiteness begins the verb's object
/// («وشكر البيان أفراد المقاومة»). Null when there is no such verb or subject before the cue.
/// </summary>
internal sealed class ClauseSubjectFinder(QuoteContext context, SpeakerFinder speakers)
{
    private const int MaxFrontedPhrase = 8;
    private readonly QuoteContext _c = context;

    public SpeakerPhrase? Find(int cue, Gender cueGender)
    {
        var sentenceStart = _c.SentenceStart(cue);
        if (ClauseVerb(sentenceStart, cue) is not { } verb || _c.MentionAt(verb) is not null || _c.IsSpeakerStop(verb)
            || _c.Lexicon.Cue(_c.Key(verb)) is not null || !(speakers.ReadsAsVerb(verb) || speakers.LooksLikeVerb(verb))) return null;
        if (cueGender != Gender.Unknown && VerbGender(verb) != cueGender) return null;
        for (var t = verb + 1; t < cue; t++)
            if (_c.IsWord(t) && (_c.Lexicon.Cue(_c.Key(t)) is not null || _c.Lexicon.IsRelativePronoun(_c.Key(t)))) return null;
        if (speakers.After(verb) is not { } phrase || phrase.End >= cue) return null;
        if (_c.MentionAt(phrase.First) is not null) return phrase;
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

    /// <summary>The gender a verb shows of its subject: ت opening an imperfect or closing a perfect (تؤكد، وشكرت) is feminine,
    /// anything else masculine.</summary>
    private Gender VerbGender(int token)
    {
        var key = _c.Key(token);
        if (key.Length > 3 && key[0] is 'و' or 'ف') key = key[1..];
        return key[0] == 'ت' || key[^1] == 'ت' ? Gender.Feminine : Gender.Masculine;
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
