using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// The source of a verb mention, read into its <see cref="MentionArguments"/>: a first-person verb in a quote is the
/// speaker's (left to <see cref="DroppedSubject"/>); a complementiser's pronoun stands for an actor
/// (<see cref="ComplementPronoun"/>); else the subject right before the verb (SVO, <see cref="SubjectSearch"/>), a detached
/// pronoun's (<see cref="SubjectPronoun"/>), one set off by a comma (<see cref="FrontedSubject"/>), a relative clause's
/// antecedent (<see cref="RelativeAntecedent"/>), the subject after it (VSO) unless it cannot agree with the verb
/// (<see cref="Agreement"/>), «بين» parties (<see cref="BetweenParties"/>), the nearest earlier free actor; a harm verb
/// read passive (<see cref="PassiveVoice"/>) makes its subject the patient and an agent phrase the doer
/// (<see cref="PassiveAgent"/>). One of <see cref="ArgumentResolver"/>'s steps; it fills the source, the patient, the
/// parties, the object in a pattern's gap, the pronoun subject and where the target search starts.
/// </summary>
public sealed class VerbSource(EventLanguage language)
{
    private readonly ClauseSyntax _syntax = new(language);
    private readonly SubjectSearch _subjects = new(language);
    private readonly DroppedSubject _dropped = new(language);
    private readonly ComplementPronoun _complement = new(language);
    private readonly SubjectPronoun _subjectPronoun = new(language);
    private readonly FrontedSubject _fronted = new(language);
    private readonly RecipientSearch _recipients = new(language);
    private readonly NounRecipient _nounRecipient = new(language);
    private readonly BetweenParties _parties = new(language);
    private readonly RelativeAntecedent _relative = new(language);
    private readonly PassiveAgent _passive = new(language);
    private readonly Agreement _agreement = new(language);

    /// <summary>The subject of a verb: before it, a relative clause's antecedent, after it, the parties after it, else dropped.</summary>
    public void Find(MentionArguments s)
    {
        var (text, m, draft, sentenceStart, end, isTrigger) = (s.Text, s.M, s.Draft, s.SentenceStart, s.End, s.IsTrigger);
        s.VerbComplement = _syntax.PronounComplementBefore(text, m.First, isTrigger);
        // «اعتقلنا ثلاثة رجال»: a first-person verb in a quote has the speaker as subject; what follows is its object.
        if (draft.SpeakerActor is not null && _syntax.IsFirstPerson(text, m.First)) return;
        if (s.VerbComplement >= 0)
        {
            s.PronounSubject = _complement.PronounAntecedent(text, draft, s.VerbComplement, sentenceStart, out s.PronounDisagreed);
            return;
        }
        // SVO when an actor stands right before the verb («الجزائر تتهم المغرب»), else VSO. A verb opening with و
        // starts a clause of its own: the actor before it ends the clause before («انتقد الاتحاد إسرائيل ودعا»).
        if (!ClauseSyntax.SurelyJoinedByAnd(text, m.First)) s.Source = _subjects.SubjectBefore(text, m.First, sentenceStart, isTrigger, adjacent: true);
        // «وهي ترفض»: a detached pronoun before the verb is its subject, the actor it takes up (SubjectPronoun).
        s.Source ??= _subjectPronoun.Antecedent(text, m.First, sentenceStart);
        // «أن وزير الخارجية الفرنسي، استقبل السفير»: a subject set off by a comma after a complementiser or copula (FrontedSubject).
        s.Source ??= _fronted.Subject(text, m.First, sentenceStart);
        if (s.Source is null && _relative.Find(text, m.First, sentenceStart) is { } antecedent)
        {
            s.Source = antecedent;
            draft.InRelativeClause = true;
        }
        if (s.Source is null) FindSubjectAfterVerb(s);
        // «ووقع اتفاق بين المغرب وموريتانيا»: a verb with no subject of its own whose pattern ends right before بين.
        if (s.Source is null && _parties.Find(text, m, end, isTrigger, adjective: false) is { } verbParties)
        {
            s.Parties = verbParties;
            s.Source = verbParties.First;
        }
        // A verb joined by و to the event before it shares that event's subject (DroppedSubject).
        if (!_dropped.IsCoordinated(text, s.Drafts, s.Index)) s.Source ??= _subjects.SubjectBefore(text, m.First, sentenceStart, isTrigger);
        // «ثلاثة جنود قتلوا في هجوم»: a harm verb after its subject with no object reads passive (PassiveVoice.WithoutObject);
        // its subject underwent it, and its doer is only an agent phrase after it («قتلوا على يد مسلحين»). Not a subject
        // a complementiser stands after («وأفاد المرصد بأن مخلوف قُتل»): that one only says it.
        if (s.Source is { } subject && subject.End <= m.First && PassiveVoice.WithoutObject(text, language, m)
            && !Enumerable.Range(subject.End, m.First - subject.End).Any(t => language.IsCue("complement", text.Words[t])))
        {
            s.PassivePatient = subject;
            s.Source = _passive.Agent(text, m.End, end, isTrigger);
        }
    }

    /// <summary>VSO: the subject after the verb, unless it cannot agree with it; else a document's issuer; a passive's agent.</summary>
    private void FindSubjectAfterVerb(MentionArguments s)
    {
        var (text, m, draft, end, isTrigger) = (s.Text, s.M, s.Draft, s.End, s.IsTrigger);
        // «تجمع العشرات أمام»: a pattern with a gap (~, ~~) has its subject in the gap, before the word after it.
        // A pattern word heading an actor is the object, unless it names the protesters of a protest row that
        // marks no recipient («أغلق محتجون الطريق»): then it is the subject.
        var source = _subjects.SubjectAfter(text, m.First + 1, PatternGap.AfterGap(m) ?? end, isTrigger, m.First, m.End,
            m.Entry.TargetMarks.Count > 0 || m.Entry.Type != PloverType.PROTEST ? m.WordTokens : null);
        var candidate = source;
        // «وهاجمتهم قوات الأمن»: a verb carrying its object pronoun has its object, so the phrase after it is its subject; the
        // pronoun's ending would also hide the verb's own person ending from these readings.
        var agreeing = source is not null && !m.ObjectPronoun;
        // «أدان الرئيس … وطالب السلطات الليبية بحماية…»: a masculine verb does not agree with a feminine noun;
        // the noun is its object, and the subject is dropped.
        if (agreeing && Agreement.MasculineVerb(text, m.First, narrative: draft.QuoteStart < 0) && _agreement.FeminineHead(text, source!)) source = null;
        // «وطالبت البنك بتطوير الحماية», «وحثت المسؤولين»: nor a feminine verb with a masculine singular or sound plural noun.
        // Only a noun right after the verb: one further on may be the genitive of a feminine noun («ودمرت جرافات الجيش»).
        if (agreeing && source is not null && Agreement.FeminineVerb(text, m.First, narrative: draft.QuoteStart < 0)
            && ClauseSyntax.NextWord(text, m.First + 1, source.First + 1) == source.First
            && (_agreement.MasculineHead(text, source) || _agreement.MasculinePluralHead(text, source))) source = null;
        // «وطالبوا الحكومة بتوفير…»: a plural perfect carries its subject (a verb before its subject stays singular);
        // the noun after it is its object.
        if (agreeing && source is not null && Agreement.PluralVerb(text, m.First)) source = null;
        // «جانب من النواب اتهم الحكومة بإهدار المال»: the actor the charge follows is the accused, the verb's object (ChargedParty).
        if (source is not null && ChargedParty.IsAccused(text, m, source)) source = null;
        if (candidate is not null && source is null && PatternGap.GapAfterFirstWord(m) is var gapWord and >= 0 && candidate.End <= gapWord) s.GapObject = candidate;
        // The verb agrees with the document, not with its issuer.
        source ??= _subjects.Issuer(text, m.End, end);
        // «وطالب صحافيون بارزون بوضع خطة»: with no actor after the verb, a common noun in the nominative is its subject (NominativeSubject).
        if (candidate is null) source ??= NominativeSubject.Find(_nounRecipient, text, m, m.End, end, isTrigger);
        // «وأدان وزير الخارجية الأردني الدكتور ناصر جودة الهجوم»: the subject's own name after its honorific is no recipient.
        if (source is not null) s.TargetFrom = Math.Max(s.TargetFrom, SubjectApposition.End(text, source, isTrigger));
        // «قتل مسلحون من تنظيم متطرف عشرة جنود»: the body the subject's members belong to is still the subject (SubjectMembership).
        if (source is not null) s.TargetFrom = Math.Max(s.TargetFrom, SubjectMembership.End(text, m, source, _recipients.RecipientMarks(m.Entry)));
        // «واعتقل الصحفي من قبل قوات الأمن»: an agent phrase after the subject makes the verb passive; the
        // noun after it underwent the act and the agent did it.
        if (source is not null && _passive.Agent(text, source.End, end, isTrigger) is { } agent)
        {
            s.PassivePatient = source;
            source = agent;
            s.TargetFrom = Math.Max(s.TargetFrom, agent.End);
        }
        s.Source = source;
    }
}
