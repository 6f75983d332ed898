using Marsad.Entities;
using Marsad.Text.Morphology;
using Marsad.Text.Normalization;

namespace Marsad.Quotes;

/// <summary>
/// Resolves a cue with no subject written (وأضاف، مضيفا، وقال في بيان) the way a reader does: the speaker of a quote
/// earlier in the same sentence; else the person (or body) the sentence names before the cue, who is the subject of
/// the clause the cue continues (ودعا أبو زهري…، مؤكداً أن), or, when no person is named, the subject written after the
/// nearest earlier verb of the sentence (<see cref="ClauseSubjectFinder"/>: «ويمتدح عدد من الخبراء الاتفاق، قائلين
/// إنه…»); else the last speaker of the article; else the nearest
/// person named before. Remembers speakers in text order. A verb agrees with its subject: a speaker remembered with a
/// masculine singular cue (قال عز) is a man or a masculine noun, one remembered with a feminine cue (قالت الوزارة) is not,
/// so a feminine cue with no subject («فقالت له») never goes back to a speaker known masculine, nor a masculine one to a
/// speaker known feminine; the memory steps back to the last speaker who may agree (<see cref="SpeakerGender"/>). A noun
/// written as subject (وتابع البيان) agrees with itself, not with what it refers back to, so it is not checked.
/// </summary>
internal sealed class SpeakerMemory(QuoteContext context, SpeakerFinder speakers)
{
    private const int SentenceSubjectWindow = 30;
    private readonly QuoteContext _c = context;
    private readonly ClauseSubjectFinder _clauseSubjects = new(context, speakers);
    private QuoteSpeaker? _last;
    private int _lastSentence = -1;

    public void Remember(QuoteSpeaker speaker, int cueToken)
    {
        Learn(speaker, cueToken);
        _last = speaker;
        _lastCueGender = CueGender(cueToken);
        _speakers.Add(speaker);
        _lastSentence = _c.SentenceOf(cueToken);
        if (speaker.EntityId is { } id && EntityId.Is(id, EntityType.PER)) _lastPerson = speaker;
    }

    /// <summary>The last speaker spoke in the sentence of <paramref name="cue"/>.</summary>
    public bool SpokeInSentence(int cue) => _last is not null && _lastSentence == _c.SentenceOf(cue);

    /// <summary>The subject of a verb of saying that introduced nothing itself: a participle after it (صرّح الوزير قائلاً:)
    /// has it as subject.</summary>
    public void RememberSubject(QuoteSpeaker speaker, int cueToken)
    {
        Learn(speaker, cueToken);
        _subject = speaker;
        _subjectSentence = _c.SentenceOf(cueToken);
    }

    /// <summary>A lone definite noun as speaker (الحركة، المبعوث، البيان): the last speaker named with that noun; else the
    /// fuller description an earlier sentence gave with it; else, for a noun that can stand for a person (a title, a
    /// statement or spokesperson), the last speaker who is a person (for a statement, the last body that spoke), else the
    /// last speaker, else the nearest person named before; else null (the noun's own words).</summary>
    public QuoteSpeaker? ResolveAnaphor(SpeakerPhrase phrase, int cue)
    {
        // «وذكرت الحركة» after «قالت حركة المقاومة…»: a speaker named with the same noun.
        if (phrase.Noun is { } noun)
            for (var i = _speakers.Count - 1; i >= 0; i--)
                if (_speakers[i].Text.Split(' ').Any(w => MatchingKey.Of(w).EndsWith(noun, StringComparison.Ordinal))) return _speakers[i];
        if (phrase.Description is { } described) return described.Speaker;
        if (phrase.Noun is { } surname && PersonBySurname(surname, cue) is { } person) return person;
        // A noun nothing before it names and no person's title («وقالت الحكومة», «وأشار الباحثون», «قالت الوالدة»): a new
        // speaker, kept as its words; taking the last person for it would put a group's or a body's words in a person's mouth.
        if (!phrase.CanBeAPerson) return null;
        // «وأضاف البيان» after «أعلن المركز…» and «وقال مدير المركز…»: a statement speaks for the body that issued it.
        if (phrase.Statement && LastBody() is { } body) return body;
        return _lastPerson ?? _last ?? NearestPersonBefore(cue);
    }

    /// <summary>The last speaker who is a named body or state (an entity, no person).</summary>
    private QuoteSpeaker? LastBody()
    {
        for (var i = _speakers.Count - 1; i >= 0; i--)
            if (_speakers[i].EntityId is { } id && !EntityId.Is(id, EntityType.PER)) return _speakers[i];
        return null;
    }

    private readonly SpeakerGender _genders = new();

    private const int MaxSubjectDistance = 8;

    /// <summary>A verb agrees with the subject written after it («قال عز»، «قالت الوزيرة سارة أحمد»): the speaker's words
    /// start a few tokens after the cue in its sentence. A speaker found through a noun referring back («وتابع البيان» for
    /// the ministry) or through this memory shows nothing of its own gender.</summary>
    private void Learn(QuoteSpeaker speaker, int cue)
    {
        var last = Math.Min(cue + MaxSubjectDistance, _c.SentenceEnd(cue) - 1);
        if (last <= cue || speaker.Span.Start < _c.Tokens[cue].Span.End || speaker.Span.Start > _c.Tokens[last].Span.Start) return;
        _genders.Learn(speaker, CueGender(cue));
    }

    /// <summary>The gender the cue word at <paramref name="cue"/> shows of its subject.</summary>
    private Gender CueGender(int cue) => _c.Lexicon.Cue(_c.Key(cue)) switch
    {
        { Plural: true } => Gender.Plural,
        { Feminine: true } => Gender.Feminine,
        { Masculine: true } => Gender.Masculine,
        _ => Gender.Unknown,
    };

    /// <summary>The last speaker remembered who may agree with a cue of <paramref name="gender"/>.</summary>
    private QuoteSpeaker? LastAgreeing(Gender gender)
    {
        for (var i = _speakers.Count - 1; i >= 0; i--)
            if (MayAgree(_speakers[i], gender)) return _speakers[i];
        return null;
    }

    /// <summary>The gender of the cue the last speaker was remembered with.</summary>
    private Gender _lastCueGender;

    /// <summary>Whether a cue of <paramref name="gender"/> with no subject may go on with <paramref name="speaker"/>: it
    /// agrees (<see cref="SpeakerGender"/>), or it is the last speaker and the cue it was last remembered with showed the
    /// same gender. A body reached through a noun of the other gender is continued in that noun's gender: after «قالت
    /// الوزارة» and «وأضاف البيان» for it, «وتابع» and «مؤكدا» go on with the statement, so with the ministry.</summary>
    private bool MayAgree(QuoteSpeaker speaker, Gender gender) =>
        _genders.MayAgree(speaker, gender)
        || (ReferenceEquals(speaker, _last) && gender is Gender.Masculine or Gender.Feminine && _lastCueGender == gender);

    private readonly List<QuoteSpeaker> _speakers = [];

    private QuoteSpeaker? _lastPerson;
    private QuoteSpeaker? _subject;
    private int _subjectSentence = -1;

    public QuoteSpeaker? Resolve(int cue)
    {
        var sentence = _c.SentenceOf(cue);
        var gender = CueGender(cue);
        if (_subject is not null && _subjectSentence == sentence && (_last is null || _lastSentence != sentence) && _genders.MayAgree(_subject, gender))
            return _subject;
        if (_last is not null && _lastSentence == sentence && MayAgree(_last, gender)) return _last;
        if (FirstSubjectBefore(cue) is { } subject && _genders.MayAgree(subject, gender)) return subject;
        if (ContinuesAClause(cue) && _clauseSubjects.Find(cue, gender) is { } phrase
            && (phrase.Anaphoric ? ResolveAnaphor(phrase, cue) ?? phrase.Speaker : phrase.Speaker) is var clauseSubject && _genders.MayAgree(clauseSubject, gender))
            return clauseSubject;
        if (_c.OpensSentence(cue) && ContinuesAClause(cue) && PersonIntroducedBefore(cue, gender) is { } introduced) return introduced;
        // A plural cue none of its sentence's subjects took is a group the article did not quote before.
        if (gender == Gender.Plural) return null;
        if (_last is not null) return LastAgreeing(gender);
        return speakers.NearestBefore(cue, window: 200)?.Speaker ?? NearestPersonBefore(cue);
    }

    /// <summary>
    /// «يعيش سيمون نجوى في المركز منذ ثلاثة أسابيع… . وقال إنه غادر…»: the person a narrative sentence right before opens
    /// with as the subject of its verb, with no verb of saying in it, after the last speaker spoke, is whom a subjectless
    /// cue opening the next sentence goes on with, not the speaker before him.
    /// </summary>
    private QuoteSpeaker? PersonIntroducedBefore(int cue, Gender gender)
    {
        var sentenceStart = _c.SentenceStart(cue);
        if (sentenceStart == 0) return null;
        var previousEnd = sentenceStart - 1;
        if (_last is not null && _lastSentence >= _c.SentenceOf(previousEnd)) return null;
        return _clauseSubjects.Find(previousEnd, gender) is { } phrase && phrase.Speaker.EntityId is { } id && EntityId.Is(id, EntityType.PER)
            && _genders.MayAgree(phrase.Speaker, gender) ? phrase.Speaker : null;
    }

    /// <summary>A participle (مؤكدا، قائلين) or a verb of the third person singular with و/ف (وقال، فأضافت): the cue goes on
    /// with the clause before it; a first-person or plural verb (أقول، وقالوا) may have a subject of its own.</summary>
    private bool ContinuesAClause(int cue) =>
        _c.Lexicon.Cue(_c.Key(cue)) is { } word
        && (word.Form == CueForm.Participle || word.Form == CueForm.Verb && (word.Masculine || word.Feminine) && _c.Key(cue)[0] is 'و' or 'ف');

    // «وعن المخرج خالد سالم قال إنه…»: a person in a fronted topic is talked about, not the subject (SubjectBeforeCue.OpensWithTopic).
    private QuoteSpeaker? FirstSubjectBefore(int cue)
    {
        if (speakers.Before.OpensWithTopic(cue)) return null;
        var start = _c.SentenceStart(cue);
        for (var k = start; k < cue && k - start < SentenceSubjectWindow; k++)
        {
            if (_c.SegmentOpeningAt(k) is { } segment)
            {
                k = segment.Close;
                continue;
            }
            if (_c.MentionAt(k) is { Type: Entities.EntityType.PER } m && m.EndToken <= cue) return SpeakerFinder.FromMention(m);
        }
        return null;
    }

    /// <summary>«وأضاف العواملة» after «كمال عواملة»: the last person named before whose family name is the noun, with or
    /// without its article (the entity layer links a repeated family name only when it is written alike).</summary>
    private QuoteSpeaker? PersonBySurname(string noun, int cue)
    {
        QuoteSpeaker? found = null;
        foreach (var m in _c.Input.Entities.Mentions)
        {
            if (m.FirstToken >= cue) break;
            if (m.Type != Entities.EntityType.PER || m.Kind != Entities.MentionKind.Name || m.EndToken - m.FirstToken < 2) continue;
            var last = MatchingKey.Of(m.Text[(m.Text.LastIndexOf(' ') + 1)..]);
            if (CliticSegmenter.WithoutArticle(last.AsSpan(), 2).SequenceEqual(noun)) found = SpeakerFinder.FromMention(m);
        }
        return found;
    }

    /// <summary>The last person the article names before <paramref name="cue"/>, in any sentence: whom a pronoun with no
    /// other antecedent stands for («ونقلت عنه»).</summary>
    public QuoteSpeaker? NearestPersonBefore(int cue)
    {
        QuoteSpeaker? found = null;
        foreach (var m in _c.Input.Entities.Mentions)
        {
            if (m.FirstToken >= cue) break;
            if (m.Type == Entities.EntityType.PER && m.EndToken <= cue) found = SpeakerFinder.FromMention(m);
        }
        return found;
    }
}
