using Marsad.Entities;
using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// The readings of a mention's source and target that the text's other acts decide, run last on its
/// <see cref="MentionArguments"/> once its own phrases are set on the draft: a request named as its act's ground is the
/// requester's (<see cref="RequestGround"/>), a request answered or an offer accepted was put to the answerer
/// (<see cref="AnswerTarget"/>), a relative clause's recipient pronoun names its antecedent
/// (<see cref="PronounRecipient"/>), a dual subject is the two parties named before it (<see cref="DualSubject"/>), and the
/// pronoun on the noun of an act done to someone is whom the sentence's last act was done to (<see cref="PatientPronoun"/>),
/// and a noun joined by و to such a noun before it shares its doer and recipient (<see cref="JoinedActNoun"/>). One of <see cref="ArgumentResolver"/>'s steps.
/// </summary>
public sealed class OtherActsRevision(EventLanguage language)
{
    private readonly DroppedSubject _dropped = new(language);
    private readonly RecipientSearch _recipients = new(language);
    private readonly AnswerTarget _answer = new(language);
    private readonly PatientPronoun _patientPronoun = new(language);
    private readonly RequestGround _ground = new(language);
    private readonly PronounRecipient _pronounRecipient = new(language);

    /// <summary>The readings in turn, on the draft's source and target the resolver has set; the patient's pronoun last.</summary>
    public void Revise(MentionArguments s)
    {
        var (text, m, draft, drafts, i, sentenceStart, end, isTrigger) = (s.Text, s.M, s.Draft, s.Drafts, s.Index, s.SentenceStart, s.End, s.IsTrigger);
        // «أفرجت السلطات عن الصحفي بناءً على طلب الحكومة», «بطلب من فرنسا»: a request named as the ground of its clause's act
        // is the requester's, put to the one who acted on it (RequestGround).
        if (_ground.Requester(text, m, end, isTrigger) is { } requester)
        {
            // The one asked: the subject the search took for the request's doer, else the doer of the sentence's first act.
            var (asked, askedPhrase) = requester != draft.SourcePhrase && draft.Source is not null ? (draft.Source, draft.SourcePhrase)
                : s.Earlier.FirstOrDefault(d => d.Trigger.Sentence == m.Sentence && d.Source is not null && d.SourcePhrase != requester) is { } acted
                    ? (acted.Source, acted.SourcePhrase) : (null, null);
            draft.Target = asked;
            draft.TargetPhrase = askedPhrase;
            draft.SourcePhrase = requester;
            draft.Source = ActorStates.ToActor(text, requester, draft);
            draft.SourceInferred = false;
        }
        // «رفضت بغداد طلباً كويتياً»: a request whose answer the sentence tells was put to the one who answers.
        if (draft.Target is null && _answer.Answerer(text, drafts, i, sentenceStart, isTrigger) is { } answerer && answerer != draft.Source)
            draft.Target = answerer;
        // «دعا الرئيس الإيراني نظيره التركي إلى زيارة طهران، وقبل أردوغان الدعوة»: an offer the answer names by a definite noun
        // is the one made to the answerer (OfferMaker); whoever made it is the answer's target.
        if (draft.Target is null && _answer.OfferMaker(text, drafts, i) is { } maker) draft.Target = maker;
        // «الجماعة التي فرضت عليها الحكومة عقوبات»: with no recipient found, a recipient preposition carrying a pronoun
        // in a relative clause names the antecedent (PronounRecipient).
        if (draft.Target is null && _pronounRecipient.Find(text, m, _recipients.RecipientMarks(m.Entry), end, isTrigger) is var marked and >= 0
            && _pronounRecipient.Antecedent(text, draft, marked, sentenceStart) is { } pronounFor)
        {
            draft.TargetPhrase = pronounFor;
            draft.Target = ActorStates.ToActor(text, pronounFor, draft);
        }
        // «… وبحث معه العلاقات، واتفقا على», «أنهما ستتبادلان»: a dual subject named by no phrase is the two parties named
        // before it, the first the source and the other the target unless a recipient of some state was found.
        if (m.Verbal && draft.SourcePhrase is null && DualSubject.Parties(text, m.First, s.VerbComplement) is var (first, second))
        {
            draft.SourcePhrase = first;
            draft.Source = ActorStates.ToActor(text, first, draft);
            draft.SourceInferred = true;
            if (draft.Target is null or { Country: null })
            {
                draft.TargetPhrase = second;
                draft.Target = ActorStates.ToActor(text, second, draft);
            }
        }
        ReadPatientPronoun(s);
        // «توقيفه واحتجازه»: a second act named by a noun joined to the first is the same doer's on the same person (JoinedActNoun).
        if (JoinedActNoun.JoinedTo(s) is { } joined)
        {
            draft.Source = joined.Source;
            draft.SourcePhrase = joined.SourcePhrase;
            draft.SourceInferred = joined.SourceInferred;
            draft.Target = joined.Target;
            draft.TargetPhrase = joined.TargetPhrase;
        }
    }

    /// <summary>
    /// «وقررت ترحيلهم», «بعد ساعات من احتجازه», «رغم مرور ستة أشهر على اختطافهم»: the pronoun on the noun of an act done
    /// to someone stands for the one who underwent it (PatientPronoun).
    /// </summary>
    private void ReadPatientPronoun(MentionArguments s)
    {
        var (text, m, draft, sentenceStart, end) = (s.Text, s.M, s.Draft, s.SentenceStart, s.End);
        // Whom the sentence's last act was done to («اعتقلت الشرطة خمسة أشخاص، وتم اعتقالهم»), by that act's doer, else the
        // actor the search took for its doer; the doer is then the main clause's subject when a control verb governs the
        // noun, else unnamed.
        if (draft.Target is null && _patientPronoun.Applies(text, draft, end)
            // Only people or bodies are acted on again — an actor, or a noun with its count («خمسة أشخاص») —, not a thing
            // the last act took («رفض التحضر»).
            && s.Earlier.LastOrDefault(d => d.Trigger.Sentence == m.Sentence && d.Target is not null) is { } earlier
            && !PatientPronoun.IsThing(text, earlier.TargetPhrase))
        {
            draft.Target = earlier.Target;
            draft.TargetPhrase = earlier.TargetPhrase;
            // The search took the pronoun's antecedent for the doer: the doer is the last act's.
            if (draft.Source is null || draft.Source.SameAs(earlier.Target!))
            {
                draft.Source = earlier.Source;
                draft.SourcePhrase = earlier.SourcePhrase;
                draft.SourceInferred = true;
            }
        }
        else if (draft.Target is null && draft.Source is { } undergoer && _patientPronoun.Applies(text, draft, end)
            && (draft.SourcePhrase is null || draft.SourcePhrase.End <= m.First)
            // «شهدوا خلالها إعدامهم»: a plural pronoun stands for no one person.
            && !(text.Tokens[m.First].Key.EndsWith("هم", StringComparison.Ordinal) && EntityId.Is(undergoer.EntityId, EntityType.PER)))
        {
            draft.Target = undergoer;
            draft.TargetPhrase = draft.SourcePhrase;
            draft.SourcePhrase = null;
            draft.Source = _dropped.ControlWordBefore(text, m, sentenceStart) && _dropped.MainSubject(text, m.First, sentenceStart, draft) is { } doer && !doer.SameAs(undergoer) ? doer : null;
            draft.SourceInferred = draft.Source is not null;
        }
    }
}
