using Marsad.Entities;
using Marsad.LanguageData;
using Marsad.Text.Morphology;
using Marsad.Text.Tokenization;

namespace Marsad.Quotes;

/// <summary>
/// The subject written before a cue in nominal order («وسائل إعلام إسرائيلية قالت», «لكن السلطات تقول إن…», «الوزارة كانت قد
/// أعلنت»): the source noun a few words back that heads the phrase, the name ending right before the cue (or the noun
/// phrase a place complements), the antecedent of a relative pronoun, or the noun phrase opening the clause. Its own type
/// because where a subject before the verb starts — clause openings, contrasts, auxiliaries, topics, personified nouns —
/// is a question apart from how the phrase after a verb runs on; the phrase itself is read by <see cref="SpeakerFinder.At"/>.
/// </summary>
internal sealed class SubjectBeforeCue(QuoteContext context, SpeakerFinder speakers)
{
    private readonly QuoteContext _c = context;

    /// <summary>The phrase that ends right before <paramref name="cue"/> in nominal order, or null.</summary>
    public SpeakerPhrase? Find(int cue)
    {
        var sentenceStart = _c.SentenceStart(cue);
        var pluralVerb = _c.Lexicon.Cue(_c.Key(cue)) is { Form: CueForm.Verb } && CueInflection.IsPluralVerb(_c.Key(cue));
        // «البحرية الهندية باتت تقول», «الوزارة كانت قد أعلنت»: the subject ends before the auxiliary.
        cue = AuxiliaryVerbs.SubjectEnd(cue, sentenceStart, _c.Key);
        var prev = cue - 1;
        if (prev < sentenceStart || !_c.IsWord(prev) || OpensWithTopic(cue)) return null;
        if (_c.Lexicon.IsRelativePronoun(_c.Key(prev))) return RelativeAntecedent(prev, sentenceStart);
        // A source noun a few words back heads the phrase: «وسائل إعلام إسرائيلية قالت»; the farthest one, since a source noun
        // may also describe it («مصدر عسكري آخر يقول»: the source is «مصدر», «عسكري» its adjective).
        SpeakerPhrase? source = null;
        for (var start = prev; start >= sentenceStart && cue - start <= 4; start--)
        {
            if (!_c.IsWord(start)) break;
            if (_c.Lexicon.Source(_c.Key(start)) is SourceClass.Unnamed or SourceClass.SpeaksFor or SourceClass.IssuedBy or SourceClass.Document && speakers.At(start, cue) is { } phrase && phrase.End == cue)
                source = phrase;
        }
        if (source is not null) return source;
        if (_c.NameEndingBefore(cue) is { } m)
            return PlaceComplemented(m, sentenceStart) ?? new SpeakerPhrase(m.FirstToken, m.EndToken, SpeakerFinder.FromMention(m));
        return SubjectBefore(cue, sentenceStart, pluralVerb);
    }

    /// <summary>
    /// «وكان المزارعون في مصر يعتقدون»، «والطبقة الوسطى في فيتنام ترى»: a place named after a preposition right before the
    /// cue says where the subject is, not who speaks; the noun phrase opening the clause before the preposition is the
    /// subject (<see cref="SubjectStart"/> counted from the preposition). Null when the place is not such a complement.
    /// </summary>
    private SpeakerPhrase? PlaceComplemented(EntityMention place, int sentenceStart)
    {
        var preposition = place.FirstToken - 1;
        if (place.Type is not EntityType.GPE || preposition <= sentenceStart || !_c.IsWord(preposition) || !speakers.IsStop(preposition)) return null;
        var start = SubjectStart(preposition, sentenceStart);
        if (start < 0 || Personified(start)) return null;
        return speakers.At(start, preposition) is { } phrase && phrase.End == preposition ? phrase : null;
    }

    /// <summary>
    /// «وعن الأعمال التي يشارك فيها نجوم من سوريا قالت: …»، «وحول المخرج خالد سالم قال إنه…»: a sentence opening with a
    /// preposition of topic (topic-prepositions.tsv) fronts what the words are about, so no name between it and the cue,
    /// with no punctuation mark between, is its subject: the speaker is written after the verb or goes back to the one the
    /// article quotes.
    /// </summary>
    public bool OpensWithTopic(int cue)
    {
        var start = _c.SentenceStart(cue);
        if (start >= cue - 1 || !_c.IsWord(start) || !_c.Lexicon.IsTopicPreposition(_c.Key(start))) return false;
        // «وحول هذا الموضوع، يرى فالس…، إلا أن المنتقدين يرون»: past a punctuation mark the topic has ended, and a clause
        // with a subject of its own may follow.
        for (var k = start + 1; k < cue; k++)
            if (_c.Tokens[k].Kind == TokenKind.Punctuation) return false;
        return true;
    }

    private const int MaxAppositionAfterName = 6;

    /// <summary>
    /// «بحسب الخبير جون سميث، الذي يرى أن…»، «فيديريكا موغيريني منسقة السياسة الخارجية الأوروبية، التي أضافت أن…»: a
    /// relative pronoun subject stands for the person or body named right before it, or, when a comma sets it off, for the
    /// person named a few words back with only the description in apposition to the name between (no punctuation; a place
    /// governed by a word of that description is part of it, <see cref="GovernedPlace"/>). Null
    /// when no name stands there («الاتفاق الذي أكد…» has no speaker to give).
    /// </summary>
    private SpeakerPhrase? RelativeAntecedent(int relative, int sentenceStart)
    {
        var end = relative - 1 >= sentenceStart && _c.IsComma(relative - 1) ? relative - 1 : relative;
        if (_c.NameEndingBefore(end) is { } named && !(end < relative && GovernedPlace(named, sentenceStart)))
            return new SpeakerPhrase(named.FirstToken, named.EndToken, SpeakerFinder.FromMention(named));
        if (end == relative) return null;
        for (var k = end - 1; k >= sentenceStart && end - k <= MaxAppositionAfterName; k--)
        {
            if (!_c.IsWord(k)) return null;
            if (_c.MentionAt(k) is { Type: EntityType.PER, Kind: MentionKind.Name or MentionKind.ShortName } person && person.EndToken <= end)
                return new SpeakerPhrase(person.FirstToken, person.EndToken, SpeakerFinder.FromMention(person));
        }
        return null;
    }

    /// <summary>
    /// «مدير شركة النقل في الخليج ومصر، الذي قال»: a place after a word of its own phrase (a preposition, a conjunction, a
    /// noun in construct) ends a description set off by a comma; the relative pronoun after the comma stands for the head of
    /// that description, not for the place.
    /// </summary>
    private bool GovernedPlace(EntityMention place, int sentenceStart) =>
        place.Type is EntityType.GPE or EntityType.LOC && place.FirstToken > sentenceStart && _c.IsWord(place.FirstToken - 1);

    /// <summary>
    /// «لكن السلطات تقول إن…», «أما الحكومة فقالت…»: a noun phrase that opens its clause (definite at the sentence start or
    /// after a comma; any after a subject-openers.tsv connective or a conjunction with أن such as «إلا أن») and runs up to
    /// the cue is its subject in nominal order. Without it the cue fell back to the article's last speaker, putting one party's
    /// version in the other's mouth. A time phrase («الأسبوع الماضي قال») is no subject, and a personified abstract noun
    /// («والحقيقة تقول») no speaker (<see cref="PersonifiedBefore"/>).
    /// </summary>
    private SpeakerPhrase? SubjectBefore(int cue, int sentenceStart, bool pluralVerb)
    {
        var start = SubjectStart(cue, sentenceStart, pluralVerb);
        if (start < 0 || Personified(start) || speakers.At(start, cue) is not { } phrase) return null;
        if (phrase.End == cue) return phrase;
        // «وكان الوزير قد أعلن»: the subject of the auxiliary opening the clause, the auxiliary's particle before the verb.
        if (AfterOpeningAuxiliary(start, sentenceStart) && Enumerable.Range(phrase.End, cue - phrase.End).All(t => AuxiliaryVerbs.Contains(_c.Key(t))))
            return phrase;
        // «لكن مصدرا في الشرطة قال», «لكن أقرباء له قالوا»: after a contrast the subject may carry a prepositional
        // complement up to the verb; so may the subject of an auxiliary opening the clause: «وكان مسؤول في البلدية ذكر أن».
        var complement = BeforeSubject(start, sentenceStart) ? 2 : AfterOpeningAuxiliary(start, sentenceStart) ? 3 : 0;
        return phrase.End < cue && cue - phrase.End <= complement && speakers.IsStop(phrase.End) ? phrase : null;
    }

    /// <summary>«والحقيقة تقول إن…», «فالتاريخ يقول»: an abstract noun (rhetorical-subjects.tsv) as the subject of the cue
    /// makes it the writer's own point, said by no one.</summary>
    public bool PersonifiedBefore(int cue)
    {
        var sentenceStart = _c.SentenceStart(cue);
        return SubjectStart(AuxiliaryVerbs.SubjectEnd(cue, sentenceStart, _c.Key), sentenceStart) is var start and >= 0
            && Personified(start);
    }

    /// <summary>The subject starting at <paramref name="start"/> is a personified abstract noun (rhetorical-subjects.tsv), or
    /// one after a quantifier in construct («كل المؤشرات تقول», «ومعظم التقديرات تشير»).</summary>
    private bool Personified(int start) =>
        _c.Lexicon.IsRhetoricalSubject(speakers.Bare(start))
        || _c.Lexicon.IsRhetoricalQuantifier(_c.Key(start)) && start + 1 < _c.Count && _c.IsWord(start + 1) && speakers.Definite(start + 1)
           && _c.Lexicon.IsRhetoricalSubject(speakers.Bare(start + 1));

    /// <summary>
    /// The first word of the noun phrase that opens its clause before the cue, or -1: a definite phrase within three words,
    /// or, after a contrast that a subject must follow (<see cref="BeforeSubject"/>), any phrase within four. «إلا أن محللين
    /// آخرين يقولون», «غير أن أحدث المعلومات تشير»: the words between «إلا أن» and the verb can only be its subject, so an
    /// indefinite or inanimate one speaks (or is the writer's point) instead of the article's last speaker, whose version
    /// the contrast answers. A word with the shape of a verb («بل يصنعها», «حين يصل») or a verb coordinated with «و»
    /// («قبل أن يعود ويقول») leaves the subject unwritten.
    /// </summary>
    private int SubjectStart(int cue, int sentenceStart, bool pluralVerb = false)
    {
        for (var start = cue - 1; start >= sentenceStart && cue - start <= 4; start--)
        {
            if (!_c.IsWord(start) || _c.InTime(start)) return -1;
            if (BeforeSubject(start, sentenceStart)) return speakers.Definite(start) && cue - start <= 3 || !speakers.LooksLikeVerb(start) && _c.Key(cue)[0] != 'و' ? start : -1;
            // A verb in the plural agrees with a subject written before it («وعلماء النفس يؤكدون», «وكان خبراء اقتصاديون قد
            // توقعوا»): after the noun it is no verb-first clause, so an indefinite or construct phrase opening the clause
            // is its subject too.
            // After an auxiliary opening the clause a source noun is its subject, indefinite too: «وكان مسؤول في البلدية ذكر».
            if (OpensClause(start, sentenceStart) || AfterOpeningAuxiliary(start, sentenceStart))
                return (speakers.Definite(start) || pluralVerb && ReadsAsPlural(start)) && cue - start <= 3
                    || AfterOpeningAuxiliary(start, sentenceStart) && _c.Lexicon.Source(_c.Key(start)) is not null ? start : -1;
        }
        return -1;
    }

    /// <summary>A noun written as a plural: a listed broken plural (خبراء) or a sound plural in ون/ين/ات of five letters or
    /// more after و/ف (محللون، مختصين) — not a particle or a verb, which open a clause just as well («بل يشيرون»).</summary>
    private bool ReadsAsPlural(int token)
    {
        if (CliticSegmenter.Analyze(_c.Tokens[token]) is { } analysis && BrokenPlurals.SingularStem(analysis) is not null) return true;
        var key = CliticSegmenter.WithoutConjunction(_c.Key(token), 5);
        return SoundPluralEnding.Any(key, minLength: 5) && !speakers.ReadsAsVerb(token) && !speakers.HasEnclitic(token);
    }

    /// <summary>«وكانت الصحيفة ذكرت»، «وكان الوزير قد أعلن»: the token follows an auxiliary of the كان family (with و/ف)
    /// that opens its clause; what follows it is the subject the main verb shares.</summary>
    private bool AfterOpeningAuxiliary(int token, int sentenceStart)
    {
        var auxiliary = token - 1;
        if (auxiliary < sentenceStart || !_c.IsWord(auxiliary)) return false;
        var key = _c.Key(auxiliary);
        if (!AuxiliaryVerbs.IsAuxiliary(key) && !AuxiliaryVerbs.IsAuxiliary(CliticSegmenter.WithoutConjunction(key, 3))) return false;
        return auxiliary == sentenceStart || _c.IsComma(auxiliary - 1) || !_c.IsWord(auxiliary - 1);
    }

    /// <summary>The token opens a clause: at the sentence start, after a comma, in the contrast case a subject must follow
    /// (<see cref="BeforeSubject"/>), or after any conjunction with أن/إن (conjunction-frames.tsv: «بعد أن»).</summary>
    private bool OpensClause(int token, int sentenceStart) =>
        token == sentenceStart || _c.IsComma(token - 1) || BeforeSubject(token, sentenceStart)
        || token - 2 >= sentenceStart && _c.Lexicon.IsComplementizer(_c.Key(token - 1)) && _c.Lexicon.IsConjunctionFrame(_c.Key(token - 2));

    /// <summary>The token follows a contrast or topic connective (subject-openers.tsv: لكن، بينما، أما) or a bare أن/إن
    /// after a conjunction whose clause opens with its subject (conjunction-frames.tsv `subject`: إلا أن، غير أن، كما أن), or
    /// «فإن» answering a concession («ورغم ذلك فإن الباحثين أكدوا»); a pronoun on the particle («حتى إننا نجد») is the
    /// subject itself.</summary>
    private bool BeforeSubject(int token, int sentenceStart) =>
        token - 1 >= sentenceStart && _c.Lexicon.IsSubjectOpener(_c.Key(token - 1))
        || token - 2 >= sentenceStart && _c.Lexicon.IsComplementizer(_c.Key(token - 1)) && !speakers.HasEnclitic(token - 1)
           && (_c.Lexicon.IsSubjectFrame(_c.Key(token - 2)) || _c.Key(token - 1)[0] == 'ف');
}
