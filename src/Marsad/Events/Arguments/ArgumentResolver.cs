using Marsad.Events.Actors;
using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// Finds the source and target of each event mention from the sentence's syntax, in text order:
/// <list type="bullet">
/// <item>Verb: the subject after it (VSO: «اتهمت الرياض طهران»; in a pattern with a gap, within the gap), else right before
/// it (SVO: «الجزائر تتهم»; never for a verb opening with و, «انتقد الاتحاد إسرائيل ودعا»), else the dropped
/// subject: the source of the event it is coordinated with («قطعت … وطردت»), else the nearest earlier actor of the sentence
/// not governed by a preposition, else the last source of the previous sentence.</item>
/// <item>Event noun: the actor of its control word («قرار الجزائر قطع», «قررت الرياض قطع»), its genitive («زيارة أردوغان»), a
/// nisba after it («الهجمات الإيرانية»), or an agent phrase («من قبل», «تقف خلفه إيران»).</item>
/// <item>Target: the first actor after the trigger marked the way its lexicon row says (a preposition, or the object);
/// «بين X و Y» gives both (right after an event noun, also for rows that do not mark بين: «المحادثات بين الرئيسين»); the
/// subject of a patient verb («هجوم تعرضت له البلاد», «تعرضت البلاد لهجوم») is the target.</item>
/// <item>Agreement (<see cref="Agreement"/>): a feminine noun after a masculine verb, a masculine singular noun right after a
/// feminine perfect, or any noun after a plural perfect, is the verb's object, not its subject («وطالب السلطات», «وطالبت
/// البنك», «وطالبوا الحكومة»); a complementiser's «ها» stands for no masculine-headed actor.</item>
/// </list>
/// A phrase standing for a state named earlier («البلاد», «بلاده») takes that state. Three constructions are types of their
/// own: <see cref="PatientConstruction"/>, <see cref="BetweenParties"/> and <see cref="RelativeAntecedent"/>, and two are
/// read by <see cref="PassiveAgent"/> and <see cref="ProtestGrievance"/>, a request as an act's ground by <see cref="RequestGround"/>; the
/// clause readings all share are <see cref="ClauseSyntax"/>.
/// </summary>
public sealed class ArgumentResolver(EventLanguage language)
{
    private const int SubjectWindow = 5;
    private const int TargetWindow = 10;

    private readonly ClauseSyntax _syntax = new(language);
    private readonly PatientConstruction _patient = new(language);
    private readonly BetweenParties _parties = new(language);
    private readonly RelativeAntecedent _relative = new(language);
    private readonly PassiveAgent _passive = new(language);
    private readonly ProtestGrievance _grievance = new(language);
    private readonly VerbalNounDoer _doer = new(language);
    private readonly RequestGround _ground = new(language);
    private readonly NonActorThing _nonActor = new(language);
    private readonly Agreement _agreement = new(language);
    private readonly MeasureBearer _measure = new(language);
    private readonly PronounRecipient _pronounRecipient = new(language);

    // The prepositions of direction (arguments.tsv, toward): «باتجاه», «نحو», «صوب».
    private readonly string[] _toward = [.. language.ArgumentCues.Where(c => c.Value.Contains("toward")).Select(c => c.Key)];

    public void Resolve(EventText text, IReadOnlyList<DraftEvent> drafts)
    {
        var isTrigger = new bool[text.Tokens.Count];
        foreach (var draft in drafts) isTrigger[draft.Trigger.First] = true;
        var draftAt = new Dictionary<int, DraftEvent>();
        foreach (var draft in drafts) draftAt.TryAdd(draft.Trigger.First, draft);
        for (var i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            var m = draft.Trigger;
            var sentence = text.Sentences[m.Sentence];
            var end = Math.Min(sentence.EndToken, text.Tokens.Count);
            // «بنوم بنه - رويترز: سجنت محكمة …»: the dateline names where and through whom, never who acted.
            var sentenceStart = Dateline.End(text, sentence.FirstToken, end);
            ActorPhrase? source = null, passivePatient = null;
            (ActorPhrase First, ActorPhrase Second)? parties = null;
            var targetFrom = m.End;
            // «أعلنت اليونان وقبرص أنهما ستتبادلان»: the complementiser whose pronoun may be the verb's dual subject (DualSubject).
            var verbComplement = m.Verbal ? _syntax.PronounComplementBefore(text, m.First, isTrigger) : -1;
            // «قال التحالف إنه لم ينفذ غارات»: the subject is the complementiser's pronoun, standing for the main clause's subject.
            EventActor? pronounSubject = null, pronounReceiver = null;
            // «قال الوزير إنها ترفض»: the complementiser's pronoun stands for none of the sentence's actors; the subject is unknown.
            var pronounDisagreed = false;
            // «اعتقلنا ثلاثة رجال»: a first-person verb in a quote has the speaker as subject; what follows is its object.
            if (m.Verbal && draft.SpeakerActor is not null && IsFirstPerson(text, m.First))
            {
            }
            else if (m.Verbal && verbComplement >= 0)
                pronounSubject = PronounAntecedent(text, draft, verbComplement, sentenceStart, out pronounDisagreed);
            else if (m.Verbal)
            {
                // SVO when an actor stands right before the verb («الجزائر تتهم المغرب»), else VSO. A verb opening with و
                // starts a clause of its own: the actor before it ends the clause before («انتقد الاتحاد إسرائيل ودعا»).
                if (!ClauseSyntax.SurelyJoinedByAnd(text, m.First)) source = SubjectBefore(text, m.First, sentenceStart, isTrigger, adjacent: true);
                if (source is null && _relative.Find(text, m.First, sentenceStart) is { } antecedent)
                {
                    source = antecedent;
                    draft.InRelativeClause = true;
                }
                if (source is null)
                {
                    // «تجمع العشرات أمام»: a pattern with a gap (~, ~~) has its subject in the gap, before the word after it.
                    // A pattern word heading an actor is the object, unless it names the protesters of a protest row that
                    // marks no recipient («أغلق محتجون الطريق»): then it is the subject.
                    source = SubjectAfter(text, m.First + 1, AfterGap(m) ?? end, isTrigger, m.First, m.End,
                        m.Entry.TargetMarks.Count > 0 || m.Entry.Type != PloverType.PROTEST ? m.WordTokens : null);
                    // «أدان الرئيس … وطالب السلطات الليبية بحماية…»: a masculine verb does not agree with a feminine noun;
                    // the noun is its object, and the subject is dropped.
                    if (source is not null && Agreement.MasculineVerb(text, m.First, narrative: draft.QuoteStart < 0) && _agreement.FeminineHead(text, source)) source = null;
                    // «وطالبت البنك بتطوير الحماية»: nor a feminine verb with a masculine singular noun.
                    // Only a noun right after the verb: one further on may be the genitive of a feminine noun («ودمرت جرافات الجيش»).
                    if (source is not null && Agreement.FeminineVerb(text, m.First, narrative: draft.QuoteStart < 0)
                        && ClauseSyntax.NextWord(text, m.First + 1, source.First + 1) == source.First && _agreement.MasculineHead(text, source)) source = null;
                    // «وطالبوا الحكومة بتوفير…»: a plural perfect carries its subject (a verb before its subject stays singular);
                    // the noun after it is its object.
                    if (source is not null && Agreement.PluralVerb(text, m.First)) source = null;
                    // The verb agrees with the document, not with its issuer.
                    source ??= Issuer(text, m.End, end);
                    if (source is not null) targetFrom = Math.Max(targetFrom, source.End);
                    // «واعتقل الصحفي من قبل قوات الأمن»: an agent phrase after the subject makes the verb passive; the
                    // noun after it underwent the act and the agent did it.
                    if (source is not null && _passive.Agent(text, source.End, end, isTrigger) is { } agent)
                    {
                        passivePatient = source;
                        source = agent;
                        targetFrom = Math.Max(targetFrom, agent.End);
                    }
                }
                // «ووقع اتفاق بين المغرب وموريتانيا»: a verb with no subject of its own whose pattern ends right before بين.
                if (source is null && _parties.Find(text, m, end, isTrigger, adjective: false) is { } verbParties)
                {
                    parties = verbParties;
                    source = verbParties.First;
                }
                // A verb joined by و to the event before it shares that event's subject (DroppedSubject).
                if (!IsCoordinated(text, drafts, i)) source ??= SubjectBefore(text, m.First, sentenceStart, isTrigger);
            }
            else if (_doer.Find(text, m, end) is { } doerAndObject)
            {
                // «اعتقال الشرطة مئات الطلاب»: the genitive did it, the accusative after it underwent it.
                source = doerAndObject.Doer;
                passivePatient = doerAndObject.Object;
            }
            else
            {
                parties = _parties.Find(text, m, end, isTrigger, adjective: true);
                source = parties?.First ?? NominalSource(text, m, sentenceStart, end, isTrigger)
                    ?? (ClauseSyntax.HasPronounSuffix(text, m.First) ? null : ClauseSubject(text, m, sentenceStart, isTrigger));
                // «إنه لم ينفذ أي غارات»: an event noun whose verb follows a complementiser with a pronoun is the pronoun's act.
                if (source is null && !ClauseSyntax.HasPronounSuffix(text, m.First)
                    && _syntax.PronounComplementBefore(text, m.First, isTrigger, words: 4, anyWord: true) is var nounComplement and >= 0
                    // «إنه هجوم إلكتروني»: right after the pronoun the noun is its predicate («it is an attack»), nobody's act.
                    && ClauseSyntax.NextWord(text, nounComplement + 1, m.First) < m.First)
                    pronounSubject = PronounAntecedent(text, draft, nounComplement, sentenceStart);
            }

            // «بين X و Y»: both parties; «أجرت القوات السعودية والمصرية مناورات»: a joint act's second subject is the other party.
            // «تعرضت البلاد لهجوم»: the one who underwent the event is its target before any phrase after the noun.
            var target = parties?.Second ?? passivePatient ?? _patient.Patient(text, m, sentenceStart, end, isTrigger)
                ?? OwnObject(text, m, source, pronounSubject is not null) ?? JointPartner(text, m.Entry, source) ?? FindTarget(text, draft, targetFrom, end, isTrigger, ref source, draftAt);
            target ??= ObjectNoun(text, m, targetFrom, end, isTrigger, source);
            // «رفع العقوبات الأميركية على إيران»: an imposed measure acts on whom it bears on (MeasureBearer).
            target ??= _measure.Bearer(text, m, end, isTrigger, source);
            // «وصل وزير الخارجية … إلى القاهرة في زيارة»: a pattern with a long gap (~~) shows its first word alone, and its
            // recipient stands in the gap, before the pattern's last words.
            if (target is null && m.SpanEnd < m.End)
            {
                var gapFrom = Math.Max(m.SpanEnd, source?.End ?? 0);
                target = FindTarget(text, draft, gapFrom, m.End, isTrigger, ref source) ?? ObjectNoun(text, m, gapFrom, m.End, isTrigger, source);
            }
            // «أن تركيا سمحت للولايات المتحدة بشن غارات»: a short gap after a verb pattern's first word, shown inside the
            // trigger, may hold the recipient too, after the preposition the lexicon row marks it with. Not a phrase standing
            // bare in the gap, which may be the subject («وجهت لها الحكومة ضربات»), nor the genitive after an event noun,
            // which is its doer («لدعوة الخميني إلى»).
            else if (target is null && m.Verbal && GapAfterFirstWord(m) is var gapEnd and >= 0)
                target = FindTarget(text, draft, Math.Max(m.First + 1, source?.End ?? 0), gapEnd, isTrigger, ref source, governedOnly: true);
            // «أكدت الوزارة أنها لم تتلق طلبا من روما»: the pronoun received; the one after من acted.
            if (pronounSubject is not null && ReceiveVerbBefore(text, m, isTrigger))
            {
                // What one receives comes from a state, so a capital after من stands for it («طلبا من روما»).
                source = ActorAfter(text, "من", m.End, end, isTrigger, capitals: true);
                pronounReceiver = pronounSubject;
                pronounSubject = null;
                draft.Received = source is not null;
            }
            // «تلقى الرئيس اتصالا هاتفيا من نظيره»: the receiver is the recipient, the one after من acted.
            else if (Receiver(text, m, sentenceStart, end, isTrigger) is { } receiver)
            {
                var sender = ActorAfter(text, "من", m.End, end, isTrigger);
                if (sender is not null || receiver != source)
                {
                    source = sender;
                    target = receiver;
                    draft.Received = sender is not null;
                }
            }
            // «استقبل الرئيس الوزير»: the host is the recipient of the visit, the one received made it.
            if (m.Verbal && language.IsCue("host", text.Words[m.First]) && source is not null && target is not null)
                (source, target) = (target, source);
            // «بيروت - التقى رئيس الحكومة اللبنانية الموفد الفرنسي»: a meeting in the subject's own state is a visit it hosts.
            else if (m.Verbal && language.IsCue("meet", text.Words[m.First]) && source is { Country: { } home } && target is { Country: { } guest }
                     && home != guest && MeetsAtHome(text, m.Sentence, home, source, target))
                (source, target) = (target, source);
            target ??= PronounDoersObject(text, m, end, source);
            target ??= ThingInPattern(text, m, end, isTrigger, source);
            target ??= MarkedNoun(text, m, targetFrom, end, isTrigger);
            target ??= AimedAt(text, draft, end, isTrigger, source);
            target ??= _grievance.Target(text, m, end);
            target ??= _grievance.Site(text, m, end);
            target ??= PlaceTarget(text, m, targetFrom, end, isTrigger);
            // «أرسلت أنقرة طائرات إلى الحدود السورية»: a deployment's border is where it goes, not whom it faces.
            if (m.Entry.Type == PloverType.MOBILIZE && target is not null && language.IsCue("border", text.Words[target.First])) target = null;
            // «استدعت سفيرها لدى طهران»: an envoy of no named state is the actor's own; the state he is accredited to is the recipient.
            if (target is null or { Collective: true, Country: null, Sector: "DIP" }) target = AccreditedState(text, m, end) ?? target;
            if (target is { EntityId: null, Country: null, Sector: null, IsPlace: false } thing)
                target = ActorOfThing(text, thing, end, isTrigger, source) ?? thing;
            // «دعم التنسيق», «رفض الاتفاق»: an act or abstract object (NonActorThing) is no recipient, unless a place or state
            // named after it says where it goes («تسليم المطلوب إلى أنقرة»: it keeps that state, StateOfCommonNoun); what it
            // would borrow from before it, the source's own, it does not. A place the clause names may still be the target
            // (PlaceTarget), as PLOVER codes where the act fell. A phrase naming nothing (a function word, a verb, a
            // circumstantial participle: NonActorThing.IsJunk) is no recipient either, nor one joined by و to what came before
            // («خطفه وضربه»: NonActorThing.IsConjunct). A weapon or explosive device is what the act was done with, wherever it
            // went («فجر انتحاري حزاماً ناسفاً في سوق»: NonActorThing.IsInstrument); with no doer found it stays, the one
            // participant that keeps the event («تمت مصادرة أسلحة»).
            if (target is { EntityId: null, Country: null, Sector: null, IsPlace: false } left
                && (_nonActor.IsJunk(text, left) || NonActorThing.IsConjunct(text, left) || source is not null && _nonActor.IsInstrument(text, left)
                    || _nonActor.IsAct(text, left) && StateNamedAfter(text, left) is null))
                target = PlaceTarget(text, m, targetFrom, end, isTrigger);

            // The receiver is the recipient; whatever phrase the target search found is not.
            if (pronounReceiver is not null) target = null;
            // «وتتهم بريطانيا وفرنسا», «مساعدات سعودية وإماراتية»: actors joined by و are one compound actor, as PLOVER and both
            // development sets code them, except in a joint act, whose second conjunct is the other party (JointPartner).
            var joint = m.Entry.TargetMarks.Contains("مع") || m.Entry.TargetMarks.Contains("بين");
            if (!joint && source is not null) source = WithConjuncts(text, source, target);
            if (!joint && target is not null) target = WithConjuncts(text, target, source);
            if (source is not null && source != target)
            {
                draft.SourcePhrase = source;
                draft.Source = ToActor(text, source, draft);
            }
            else if (pronounSubject is not null)
            {
                draft.Source = pronounSubject;
                draft.SourceInferred = true;
            }
            // «وقد أمرت بحبس ثمانية مسؤولين», «وعقد فور وصوله جلسة مباحثات»: an event noun whose control word or clause has no
            // subject of its own shares the dropped subject of that verb.
            else if (!m.Verbal && ControlWordBefore(text, m, sentenceStart))
            {
                // «وتحقق النيابة العامة …، وقد أمرت بحبس»: the control verb goes on with its sentence's main event.
                draft.Source = drafts.Take(i).FirstOrDefault(d => d.Trigger.Sentence == m.Sentence && d.Source is not null)?.Source;
                draft.SourceInferred = draft.Source is not null;
            }
            // «وحكمت محكمة فرنسية غيابياً بالسجن المؤبد»: the punishment a sentence pronounces is the court's.
            else if (!m.Verbal && SentencingVerbBefore(text, drafts, i) is { } sentencing)
            {
                draft.Source = sentencing.Source;
                draft.SourceInferred = true;
            }
            // «قتلت القوات ثلاثة مسلحين أثناء مداهمة مخبأ»: an act set within another (arguments.tsv, during) is the doer's of
            // the act before it in its sentence.
            else if (!m.Verbal && !ClauseSyntax.HasPronounSuffix(text, m.First) && _syntax.AfterDuring(text, m, sentenceStart))
            {
                draft.Source = drafts.Take(i).LastOrDefault(d => d.Trigger.Sentence == m.Sentence && d.Source is not null)?.Source;
                draft.SourceInferred = draft.Source is not null;
            }
            // A pronoun subject that agrees with no actor of the sentence stands for none of them, nor for an earlier subject.
            else if (!pronounDisagreed && (m.Verbal || ClauseSyntax.HasPronounSuffix(text, m.First) || ContinuesPreviousSentence(text, m, sentenceStart, isTrigger)))
            {
                draft.Source = DroppedSubject(text, drafts, i, sentenceStart, target);
                draft.SourceInferred = draft.Source is not null;
            }
            else if (IsCoordinated(text, drafts, i) && drafts[i - 1].Source is { } shared)
            {
                draft.Source = shared;
                draft.SourceInferred = true;
            }
            // «أغلقت السلطات مكاتب صحيفة …، متهمة إياها بنشر أخبار كاذبة»: an indefinite participle opening a clause after a
            // comma says how the main clause's subject acted; it is that subject's act.
            else if (!m.Verbal && !text.Words[m.First].IsDefinite && m.First > sentenceStart && text.IsComma(m.First - 1))
            {
                // With no act of the sentence before it holding a source («أعربت روسيا عن تعازيها …، مؤكدة دعمها»), the main
                // clause's subject.
                draft.Source = drafts.Take(i).FirstOrDefault(d => d.Trigger.Sentence == m.Sentence && d.Source is not null)?.Source
                    ?? MainSubject(text, m.First, sentenceStart, draft);
                draft.SourceInferred = draft.Source is not null;
            }
            if (pronounReceiver is not null) draft.Target = pronounReceiver;
            // «أغلقت السلطات مكاتب صحيفة …، متهمة إياها»: a detached object pronoun (arguments.tsv, object_pronoun) in or right
            // after the trigger stands for what the sentence's first event acted on.
            else if (target is null && ObjectPronounAt(text, m, end))
                draft.Target = drafts.Take(i).FirstOrDefault(d => d.Trigger.Sentence == m.Sentence && d.Target is not null)?.Target;
            // «فرض حظراً على سفر ستة مسؤولين، وجمد أصولهم»: assets named by their owner's pronoun belong to whom the sentence
            // acted on last.
            else if (target is null && OwnedByPronoun(text, m))
                draft.Target = drafts.Take(i).LastOrDefault(d => d.Trigger.Sentence == m.Sentence && d.Target is not null)?.Target;
            if (target is not null)
            {
                draft.TargetPhrase = target;
                draft.Target = ToActor(text, target, draft);
                // «خطف التنظيم 230 مدنيا … في محافظة حمص», «مقتل شرطي» in a report from Kashmir: people or things named by a
                // common noun with no state belong to the state where the event happens, as PLOVER codes «civilians».
                if (target is { EntityId: null, Country: null, Sector: null, IsPlace: false })
                    draft.Target = draft.Target with { Country = StateOfCommonNoun(text, target, Hostile(draft)) };
                // «زيارة أردوغان … الرئيس التركي»: nobody acts on himself; the phrase was an apposition, not the recipient.
                if (draft.Source is not null && draft.Target.EntityId is not null && draft.Target.EntityId == draft.Source.EntityId)
                {
                    draft.Target = null;
                    draft.TargetPhrase = null;
                }
            }
            // «ووقع الجانبان عشرين اتفاقية»: a bilateral act of two parties named by one dual noun goes from the first to the other.
            else if (draft.Target is null && draft.SourcePhrase is { Sector: PairParties.Sector } pair && PairParties.Find(text, pair) is var (_, other))
            {
                draft.TargetPhrase = other;
                draft.Target = ToActor(text, other, draft);
            }
            // «أفرجت السلطات عن الصحفي بناءً على طلب الحكومة», «بطلب من فرنسا»: a request named as the ground of its clause's act
            // is the requester's, put to the one who acted on it (RequestGround).
            if (_ground.Requester(text, m, end, isTrigger) is { } requester)
            {
                // The one asked: the subject the search took for the request's doer, else the doer of the sentence's first act.
                var (asked, askedPhrase) = requester != draft.SourcePhrase && draft.Source is not null ? (draft.Source, draft.SourcePhrase)
                    : drafts.Take(i).FirstOrDefault(d => d.Trigger.Sentence == m.Sentence && d.Source is not null && d.SourcePhrase != requester) is { } acted
                        ? (acted.Source, acted.SourcePhrase) : (null, null);
                draft.Target = asked;
                draft.TargetPhrase = askedPhrase;
                draft.SourcePhrase = requester;
                draft.Source = ToActor(text, requester, draft);
                draft.SourceInferred = false;
            }
            // «رفضت بغداد طلباً كويتياً»: a request whose answer the sentence tells was put to the one who answers.
            if (draft.Target is null && Answerer(text, drafts, i, sentenceStart, isTrigger) is { } answerer && answerer != draft.Source)
                draft.Target = answerer;
            // «دعا الرئيس الإيراني نظيره التركي إلى زيارة طهران، وقبل أردوغان الدعوة»: an offer the answer names by a definite noun
            // is the one made to the answerer (OfferMaker); whoever made it is the answer's target.
            if (draft.Target is null && OfferMaker(text, drafts, i) is { } maker) draft.Target = maker;
            // «الجماعة التي فرضت عليها الحكومة عقوبات»: with no recipient found, a recipient preposition carrying a pronoun
            // in a relative clause names the antecedent (PronounRecipient).
            if (draft.Target is null && _pronounRecipient.Find(text, m, RecipientMarks(m.Entry), end, isTrigger) is var marked and >= 0
                && _pronounRecipient.Antecedent(text, draft, marked, sentenceStart) is { } pronounFor)
            {
                draft.TargetPhrase = pronounFor;
                draft.Target = ToActor(text, pronounFor, draft);
            }
            // «… وبحث معه العلاقات، واتفقا على», «أنهما ستتبادلان»: a dual subject named by no phrase is the two parties named
            // before it, the first the source and the other the target unless a recipient of some state was found.
            if (m.Verbal && draft.SourcePhrase is null && DualSubject.Parties(text, m.First, verbComplement) is var (first, second))
            {
                draft.SourcePhrase = first;
                draft.Source = ToActor(text, first, draft);
                draft.SourceInferred = true;
                if (draft.Target is null or { Country: null })
                {
                    draft.TargetPhrase = second;
                    draft.Target = ToActor(text, second, draft);
                }
            }
            // «وقررت ترحيلهم», «بعد ساعات من احتجازه», «رغم مرور ستة أشهر على اختطافهم»: the pronoun on the noun of an act done
            // to someone stands for the one who underwent it: whom the sentence's last act was done to («اعتقلت الشرطة خمسة
            // أشخاص، وتم اعتقالهم»), by that act's doer, else the actor the search took for its doer; the doer is then the
            // main clause's subject when a control verb governs the noun, else unnamed.
            if (draft.Target is null && PatientPronoun(text, draft, end)
                // Only people or bodies are acted on again — an actor, or a noun with its count («خمسة أشخاص») —, not a thing
                // the last act took («رفض التحضر»).
                && drafts.Take(i).LastOrDefault(d => d.Trigger.Sentence == m.Sentence && d.Target is not null) is { } earlier
                && !IsThing(text, earlier.TargetPhrase))
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
            else if (draft.Target is null && draft.Source is { } undergoer && PatientPronoun(text, draft, end)
                && (draft.SourcePhrase is null || draft.SourcePhrase.End <= m.First)
                // «شهدوا خلالها إعدامهم»: a plural pronoun stands for no one person.
                && !(text.Tokens[m.First].Key.EndsWith("هم", StringComparison.Ordinal) && undergoer.EntityId?.StartsWith("per:", StringComparison.Ordinal) == true))
            {
                draft.Target = undergoer;
                draft.TargetPhrase = draft.SourcePhrase;
                draft.SourcePhrase = null;
                draft.Source = ControlWordBefore(text, m, sentenceStart) && MainSubject(text, m.First, sentenceStart, draft) is { } doer && !doer.SameAs(undergoer) ? doer : null;
                draft.SourceInferred = draft.Source is not null;
            }
        }
    }

    /// <summary>The token of the pattern's word after the first when words of the text stand between them, else -1.</summary>
    private static int GapAfterFirstWord(TriggerMatch m)
    {
        for (var w = 0; w + 1 < m.WordTokens.Count; w++)
            if (m.WordTokens[w] == m.First) return m.WordTokens[w + 1] > m.First + 1 ? m.WordTokens[w + 1] : -1;
        return -1;
    }

    /// <summary>A place, or a noun of no actor not counted («التحضر»; not «خمسة أشخاص», whose count may open the phrase or stand before it).</summary>
    private static bool IsThing(EventText text, ActorPhrase? phrase) =>
        phrase is { IsPlace: true } || phrase is { EntityId: null, Sector: null }
        && !CountWord.Is(text.Tokens[phrase.First]) && !(phrase.First > 0 && CountWord.Is(text.Tokens[phrase.First - 1]));

    /// <summary>
    /// The event noun of an act done to someone — an arrest, deportation, raid or seizure (COERCE) or an abduction,
    /// assassination, torture or beating (ASSAULT), told by the PLOVER mode its trigger row gives — carries a pronoun and
    /// no object after it («ترحيلهم إلى», «احتجازه.»): the pronoun is the patient. With an object
    /// («اختراقها للموقع», «منعها دخول الأدوية») the pronoun is the doer, as on the noun of any other act («زيارته»).
    /// </summary>
    private bool PatientPronoun(EventText text, DraftEvent draft, int end)
    {
        var m = draft.Trigger;
        if (m.Verbal || m.WordTokens.Count != 1 || !ClauseSyntax.HasPronounSuffix(text, m.First)) return false;
        if (!(draft.Type == PloverType.COERCE && draft.Mode is "arrest" or "deport" or "seize"
              || draft.Type == PloverType.ASSAULT && draft.Mode is "abduct" or "targeted" or "torture" or "beat")) return false;
        var next = ClauseSyntax.NextWord(text, m.End, end);
        if (next >= end || text.InTime[next] || _syntax.IsClauseEnd(text, next) || text.Tokens[next].Kind != Text.Tokenization.TokenKind.ArabicWord) return true;
        // A preposition of place, time or direction may follow; ل (or one attached) would mark the act's object.
        return language.IsCue("preposition", text.Words[next]) && text.Tokens[next].Key != "ل"
               && !text.Words[next].Prefixes.Any(p => ClauseSyntax.AttachedPreposition(p) == "ل");
    }

    /// <summary>
    /// The subject of a verb or control word: the first actor after it not governed by a preposition nor joined by و
    /// (a second conjunct), within the pattern's own words or two words after them; a preposition ends the search.
    /// </summary>
    private ActorPhrase? SubjectAfter(EventText text, int from, int end, bool[] isTrigger, int verb, int patternEnd = -1, IReadOnlyList<int>? patternWords = null)
    {
        var words = 0;
        for (var t = from; t < end && words < 2; t++)
        {
            if (text.IsSkippable(t)) continue;
            if (_syntax.IsClauseEnd(text, t)) return null;
            if (text.ActorStartingAt[t] is var a and >= 0)
            {
                var phrase = text.Actors[a];
                // The pattern's own words («استدعت سفيرها») are the event, not its subject.
                var own = patternWords?.Contains(phrase.First) == true;
                if (!own && !phrase.IsPlace && _syntax.Governing(text, phrase, verb) is null && !phrase.Proclitics.StartsWith('و')) return phrase;
                t = phrase.End - 1;
                if (t >= patternEnd) words++;
                continue;
            }
            if (isTrigger[t] && t != verb) return null;
            // «وقعت كل من أنقرة وبغداد», «عدد من الدول»: a quantifier and its من lead to the subject.
            if (_syntax.IsPartitive(text, t))
            {
                t++;
                continue;
            }
            if (t >= patternEnd && language.IsCue("preposition", text.Words[t]))
            {
                // «أحرق خلالها شبان غاضبون»: a preposition with its own pronoun is a whole adverbial; the subject follows it.
                if (_syntax.IsPrepositionWithPronoun(text, t)) continue;
                return null;
            }
            if (t >= patternEnd) words++;
        }
        return null;
    }

    /// <summary>The first word of the trigger's pattern after a gap its words left open («تجمع العشرات أمام»: أمام), or null.</summary>
    private static int? AfterGap(TriggerMatch m)
    {
        for (var w = 1; w < m.WordTokens.Count; w++)
            if (m.WordTokens[w] > m.WordTokens[w - 1] + 1) return m.WordTokens[w];
        return null;
    }

    /// <summary>
    /// «اتهم بيان أصدرته وزارة الخارجية …، النظام», «اتهم تقرير صادر عن مركز …»: a document (arguments.tsv, document) right
    /// after the verb, a word of issuing (issued) and, after an optional عن or من, the actor who issued it: that actor is
    /// the subject, the document only its voice.
    /// </summary>
    private ActorPhrase? Issuer(EventText text, int from, int end)
    {
        var t = ClauseSyntax.NextWord(text, from, end);
        if (t + 2 >= end || !language.IsCue("document", text.Words[t]) || !language.IsCue("issued", text.Words[t + 1])) return null;
        var at = t + 2;
        if (text.Tokens[at].Key is "عن" or "من") at++;
        return at < end && text.ActorStartingAt[at] is var a and >= 0 && !text.Actors[a].IsPlace ? text.Actors[a] : null;
    }

    /// <summary>
    /// «مؤكدة دعمها السلطات السعودية», «معلنة رفضه القرار»: a verbal noun whose pronoun suffix names its doer takes the actor
    /// right after it, ungoverned, as its object; it is no genitive doer (NominalSource leaves it).
    /// </summary>
    private ActorPhrase? PronounDoersObject(EventText text, TriggerMatch m, int end, ActorPhrase? source)
    {
        if (m.Verbal || !ClauseSyntax.HasPronounSuffix(text, m.WordTokens[^1])) return null;
        var next = ClauseSyntax.NextWord(text, m.End, end);
        if (next >= end || text.ActorStartingAt[next] is not (var a and >= 0)) return null;
        var phrase = text.Actors[a];
        return phrase.IsPlace || phrase.Adjectival || phrase == source || _syntax.Governing(text, phrase) is not null ? null : phrase;
    }

    /// <summary>An actor right before the verb (SVO), at most a few words back, not governed, not a place nor a lone nisba («ضابطا إسرائيليا»).</summary>
    private ActorPhrase? SubjectBefore(EventText text, int verb, int sentenceStart, bool[] isTrigger, bool adjacent = false)
    {
        var words = 0;
        for (var t = verb - 1; t >= sentenceStart && words < (adjacent ? 1 : 3); t--)
        {
            // Right before the verb means nothing but a date or a particle between («كانت الرياض قررت», «الرئيس لن يلتقي»,
            // «وكانت الوزارة قد استدعت»); a comma ends a clause.
            if (adjacent ? text.InTime[t] || _syntax.IsVerbParticle(text, t) : text.IsSkippable(t)) continue;
            if (_syntax.IsClauseEnd(text, t) || isTrigger[t]) return null;
            if (text.ActorCovering[t] is var a and >= 0)
            {
                var phrase = text.Actors[a];
                // A group noun right before a verb is its subject only when the verb agrees in the plural («لكن المتمردين
                // خرقوا الهدنة») or the noun opens its clause («إن «قواتنا قصفت»); else it is as often the object of an
                // earlier verb.
                if (phrase.End == t + 1 && !phrase.IsPlace && !phrase.Adjectival && _syntax.Governing(text, phrase) is null && !phrase.Proclitics.StartsWith('و') && !_syntax.InPrepositionalGenitive(text, phrase)
                    && (!adjacent || !phrase.Collective || Agreement.PluralVerb(text, verb) || WordsBeforeInClause(text, phrase.First, sentenceStart, isTrigger) == 0))
                    return phrase;
                t = phrase.First;
                words++;
                continue;
            }
            words++;
        }
        return null;
    }

    private ActorPhrase? NominalSource(EventText text, TriggerMatch m, int sentenceStart, int end, bool[] isTrigger)
    {
        // The control word: «قرار الجزائر قطع» (an actor between them), «قررت الرياض قطع» / «كانت الرياض قررت … قطع».
        var words = 0;
        for (var t = m.First - 1; t >= sentenceStart && words < 3; t--)
        {
            if (text.IsSkippable(t)) continue;
            if (text.ActorCovering[t] >= 0)
            {
                var phrase = text.Actors[text.ActorCovering[t]];
                t = phrase.First;
                words++;
                continue;
            }
            if (text.Words[t].Forms.Any(language.ControlWords.Contains))
            {
                for (var between = t + 1; between < m.First; between++)
                    if (text.ActorStartingAt[between] is var a and >= 0 && !text.Actors[a].IsPlace) return text.Actors[a];
                return SubjectBefore(text, t, sentenceStart, isTrigger, adjacent: true)
                    ?? SubjectAfter(text, t + 1, m.First, isTrigger, t) ?? SubjectBefore(text, t, sentenceStart, isTrigger);
            }
            words++;
        }
        // The genitive («زيارة أردوغان»), unless the noun's genitive is its patient (اعتقال الناشط: target column obj).
        // «منعها دخول الأطباء»: a noun whose pronoun suffix names its doer has no genitive doer after it.
        if (!m.Entry.TargetIsObject && !ClauseSyntax.HasPronounSuffix(text, m.First) && !ClauseSyntax.HasPronounSuffix(text, m.WordTokens[^1]) && m.End < end && text.ActorStartingAt[m.End] is var g and >= 0 && !text.Actors[g].IsPlace
            && _syntax.Governing(text, text.Actors[g]) is null)
            return text.Actors[g];
        // A nisba right after the noun: «الهجمات الإيرانية», «هجمات السايبر الإيرانية»; after a noun whose genitive is its
        // patient, a nisba one word further qualifies that patient («خطف مهندسين صينيين»). After a preposition, the
        // pattern's own («دعوة إلى الأطراف اليمنية») or one between, a nisba qualifies the noun the preposition governs.
        for (var t = m.End; t < Math.Min(end, m.End + (m.Entry.TargetIsObject ? 1 : 2)); t++)
        {
            if (t > m.First && language.IsCue("preposition", text.Words[t - 1])) break;
            if (text.ActorStartingAt[t] is var n and >= 0 && text.Actors[n].Adjectival) return text.Actors[n];
        }
        // «مسيرة نظمتها المعارضة», «المسيرة التي دعت إليها النقابات»: a doer verb right after the noun names its doer.
        if (DoerAfterNoun(text, m, end) is { } doer) return doer;
        // An agent phrase: «من قبل الحوثيين», «وتقف خلفه إيران», «شنه تنظيم».
        for (var t = m.End; t < Math.Min(end, m.End + 8); t++)
        {
            if (_syntax.IsClauseEnd(text, t) && !language.IsCue("stop", text.Words[t])) break;
            // «حظر تجول عقب مقتل شرطي برصاص مسلحين»: an agent after another event is that event's.
            if (isTrigger[t]) break;
            var agent = language.IsCue("agent", text.Words[t]);
            var behind = language.IsCue("agent_behind", text.Words[t]);
            if (!agent && !behind) continue;
            for (var u = t + 1; u < Math.Min(end, t + 4); u++)
                if (text.ActorStartingAt[u] is var a and >= 0 && !text.Actors[a].IsPlace) return text.Actors[a];
        }
        return null;
    }

    /// <summary>
    /// «مسيرة نظمتها المعارضة», «المسيرة التي دعت إليها النقابات», «معارك الرمادي التي يشارك فيها الطيران الأميركي»: a verb
    /// of organising, calling, joining or carrying out (arguments.tsv, doer_verb) that carries the event noun's pronoun, or
    /// whose next word is a preposition carrying it (resumptive in arguments.tsv, «إليها», or any preposition with a
    /// pronoun), has the event's doer as its subject, the actor right after. The verb ends the trigger's pattern or stands
    /// right after it, only a relative pronoun, an adjective or a place between (at most two words): further on it may
    /// hang on another noun («تعزيزات … تحسباً لمظاهرات دعت إليها حركات»).
    /// </summary>
    private ActorPhrase? DoerAfterNoun(EventText text, TriggerMatch m, int end)
    {
        var words = 0;
        for (var t = m.WordTokens.Count > 1 ? m.WordTokens[^1] : m.End; t < end && words <= 2; t++)
        {
            if (text.IsSkippable(t)) continue;
            if (text.ActorCovering[t] is var a and >= 0)
            {
                if (!text.Actors[a].IsPlace && !text.Actors[a].Adjectival) return null;
                t = text.Actors[a].End - 1;
                words++;
                continue;
            }
            if (language.IsCue("doer_verb", text.Words[t]))
            {
                var next = ClauseSyntax.NextWord(text, t + 1, end);
                if (!ClauseSyntax.HasPronounSuffix(text, t))
                {
                    if (next >= end || !(language.IsCue("resumptive", text.Words[next]) || _syntax.IsPrepositionWithPronoun(text, next))) return null;
                    next = ClauseSyntax.NextWord(text, next + 1, end);
                }
                return next < end && text.ActorStartingAt[next] is var s and >= 0 && text.Actors[s] is { IsPlace: false, Adjectival: false } subject ? subject : null;
            }
            if (t >= m.End && (text.IsComma(t) || _syntax.IsClauseEnd(text, t) && !language.IsCue("relative", text.Words[t]) || language.IsCue("preposition", text.Words[t])
                || text.Tokens[t].Kind != Text.Tokenization.TokenKind.ArabicWord))
                return null;
            if (t >= m.End) words++;
        }
        return null;
    }

    /// <summary>
    /// The prepositions that mark the trigger's recipient: its lexicon row's, and after a deployment or an attack the
    /// prepositions of direction (arguments.tsv, toward): «أرسل الجيش تعزيزات باتجاه مواقع المتمردين» heads to and faces
    /// them whatever preposition the row names.
    /// </summary>
    private IReadOnlyList<string> RecipientMarks(TriggerEntry entry) =>
        entry.Type is PloverType.MOBILIZE or PloverType.ASSAULT ? [.. entry.TargetMarks, .. _toward] : entry.TargetMarks;

    private ActorPhrase? FindTarget(EventText text, DraftEvent draft, int from, int end, bool[] isTrigger, ref ActorPhrase? source,
        IReadOnlyDictionary<int, DraftEvent>? draftAt = null, bool governedOnly = false)
    {
        var marks = RecipientMarks(draft.Trigger.Entry);
        if (marks.Count == 0) return null;
        var words = 0;
        var objectOpen = true; // a direct object stands before any prepositional phrase
        var chain = source; // the last conjunct of the subject seen so far
        // «بين X و Y» names both parties only where the lexicon row marks بين: widening it to every joint act (مع) cost the
        // seeds precision («التعاون بين البلدين», «وناقشا التوتر بين ألبانيا وإيران»).
        var between = marks.Contains("بين");
        for (var t = from; t < end && words < TargetWindow; t++)
        {
            if (text.IsSkippable(t)) continue;
            if (_syntax.IsClauseEnd(text, t)) break;
            if (isTrigger[t] && t != draft.Trigger.First)
            {
                // «وحكمت محكمة فرنسية غيابياً بالسجن المؤبد على ثلاثة مسؤولين»: an event noun that marks its recipient by the
                // verb's own preposition is the verb's complement (the sentence of a conviction); the recipient after it is both's.
                if (draftAt?.GetValueOrDefault(t) is { Trigger: { Verbal: false } next }
                    && next.Entry.TargetMarks.Any(mark => mark != "obj" && marks.Contains(mark)))
                {
                    t = next.End - 1;
                    words++;
                    continue;
                }
                break;
            }
            if (text.ActorStartingAt[t] is not (var a and >= 0))
            {
                // «اعتقلت الشرطة 14 من أنصار المرشح»: a count and its من lead to the object they count.
                if (_syntax.IsPartitive(text, t))
                {
                    t++;
                    words++;
                    continue;
                }
                if (language.IsCue("preposition", text.Words[t])) objectOpen = false;
                if (!language.IsCue("quantifier", text.Words[t])) words++;
                continue;
            }
            var phrase = text.Actors[a];
            t = phrase.End - 1;
            words++;
            // «أمرت بحبس ثمانية مسؤولين»: the letter on the trigger's own noun governs the noun, not the noun's genitive.
            var governing = _syntax.Governing(text, phrase, draft.Trigger.End - 1);
            // A visit's destination may be a city that stands for its state («زار … تل أبيب»).
            // So may a capital after a recipient's preposition («طلب المساعدة من تل أبيب»), but not after a locative one.
            // So may a named place of a place noun («إلى مخيم زمزم»), whatever the gazetteer knows of it.
            // So may the city an embassy is opened or closed in («ستعيد فتح سفارتها في طرابلس»): a diplomatic row that marks
            // its recipient by a locative preposition has it in the state the mission sits in, unless that is the actor's own
            // («أعادت السلطات التركية فتح القنصلية السعودية في إسطنبول»: the host reopened a foreign mission).
            var destination = phrase.IsPlace && (phrase.Country is not null || language.IsCue("place", text.Words[phrase.First]) && governing != "من")
                && (draft.Mode == "visit" || (governing is not null && marks.Contains(governing)
                    && (!language.IsCue("locative", governing)
                        || phrase.Country is not null && phrase.Country != source?.Country && draft.Trigger.Entry.Contexts.Contains("diplomatic"))));
            if ((phrase.IsPlace && !destination) || (source?.EntityId is { } sid && phrase.EntityId == sid)) continue;
            if (governing == "بين" && between)
            {
                if (source is null)
                {
                    source = phrase;
                    continue;
                }
                return phrase;
            }
            // «وجهت لها الحكومة ضربات»: in a pattern's gap only a phrase carrying its preposition or right after one is marked;
            // a phrase after a preposition with its own pronoun is the subject.
            if (governedOnly && !phrase.HasAttachedPreposition && !(phrase.First > from && language.IsCue("preposition", text.Words[phrase.First - 1])
                && !_syntax.IsPrepositionWithPronoun(text, phrase.First - 1))) continue;
            if (governing is null)
            {
                // «وتتهم بريطانيا وفرنسا النظام»: a second subject joined to the first is a co-doer, not the object (WithConjuncts
                // makes them one compound actor).
                if (chain is not null && phrase != source && ClauseSyntax.IsConjunctOf(text, chain, phrase) && !marks.Contains("مع"))
                {
                    chain = phrase;
                    continue;
                }
                // «استنكر مفتي مصر الدكتور شوقي علام»: a person named right after a state that ends the subject («مفتي مصر») is
                // that subject's name (apposition), not the object.
                if (source is not null && phrase != source && IsApposition(text, source, phrase)) continue;
                if (marks.Contains("obj") && objectOpen && phrase != source) return phrase.Adjectival ? WithNoun(text, phrase, from, isTrigger) : phrase;
                // «بين X و Y»: the second party after the first.
                if (source == phrase) continue;
                if (source is not null && text.Words[phrase.First].Prefixes.Count > 0 && between) return phrase;
                // «اتفقت القاهرة والخرطوم على…», «وقع الوزير ونظيره…»: with a joint act (marked by مع), the subject's second conjunct is the other party.
                if (source is not null && marks.Contains("مع") && phrase.Proclitics.StartsWith('و') && ClauseSyntax.OnlySkippableBetween(text, source.End, phrase.First))
                    return phrase;
                continue;
            }
            if (marks.Contains(governing)) return phrase;
            objectOpen = false;
        }
        return null;
    }

    /// <summary>
    /// The object when it names no actor («قصفت الطائرات مستشفى», «اقتحام منازلهم»): the first noun after the trigger (and
    /// its subject), with the word after it when that is its adjective or genitive, as a target without entity.
    /// </summary>
    private ActorPhrase? ObjectNoun(EventText text, TriggerMatch m, int from, int end, bool[] isTrigger, ActorPhrase? source)
    {
        if (!m.Entry.TargetIsObject) return null;
        var words = 0;
        for (var t = from; t < end && words < 3; t++)
        {
            if (text.IsSkippable(t)) continue;
            if (_syntax.IsClauseEnd(text, t) || (isTrigger[t] && t != m.First) || text.ActorCovering[t] >= 0) return null;
            var word = text.Words[t];
            // «اعتقال ثلاثة من مواطنيها»: a count and its من lead to the noun they count.
            if (_syntax.IsPartitive(text, t))
            {
                t++;
                words++;
                continue;
            }
            if (text.Tokens[t].Kind != Text.Tokenization.TokenKind.ArabicWord || language.IsCue("quantifier", word)) { words++; continue; }
            // «تزعم السلطات أن مخربين…»: a complement clause, not an object noun.
            if (language.IsCue("preposition", word) || language.IsCue("complement", word)
                || word.Prefixes.Any(p => ClauseSyntax.AttachedPreposition(p) is not null) && word.Forms.Count > 0 && ClauseSyntax.AttachedPreposition(word.Prefixes[^1]) is not null)
                return null;
            var last = t;
            var next = t + 1;
            string? country = null;
            // «طردت السلطات الوفد المصري», «الملحق العسكري الفرنسي»: a nisba after the noun (or its adjective) names its state.
            if (NisbaAfter(text, t, end) is { } nisba)
            {
                last = nisba.End - 1;
                country = nisba.Country;
            }
            else if (next < end && text.Tokens[next].Kind == Text.Tokenization.TokenKind.ArabicWord && !isTrigger[next] && text.ActorCovering[next] < 0
                && !language.IsCue("preposition", text.Words[next]) && !_syntax.IsClauseEnd(text, next) && !text.InTime[next] && !Governed(text, next))
                last = next;
            var span = text.Span(t, last + 1);
            return new ActorPhrase(t, last + 1, span, span.Slice(text.Text), null, country, null, Collective: true, IsPlace: false, "");
        }
        return null;
    }

    /// <summary>
    /// «حزمة مساعدات لمصر», «السماح لطائرات أمريكية», «انضمام السويد»: the actor a common noun standing as the recipient is
    /// for — its genitive right after it when named, or a phrase governed by a preposition of the one served or faced (arguments.tsv,
    /// beneficiary: ل، إلى، مع، على، ضد) within three words, in the clause. A package, a permission or an accession only
    /// says what the event is about; the state or body it is for is the recipient PLOVER codes. Not a place, not the source.
    /// </summary>
    private ActorPhrase? ActorOfThing(EventText text, ActorPhrase thing, int end, bool[] isTrigger, ActorPhrase? source, bool act = false)
    {
        // «خطف منتقدين للحكومة»: a sound masculine plural names people, who are the recipient themselves.
        var head = text.Tokens[thing.First].Key;
        if (head.Length > 4 && (head.EndsWith("ين", StringComparison.Ordinal) || head.EndsWith("ون", StringComparison.Ordinal))) return null;
        var words = 0;
        // An act's object may be a construct of its own before the one it is for: «تصدير قطع غيار الطائرات إلى إسرائيل».
        for (var t = thing.End; t < end && words < (act ? 4 : 3); t++)
        {
            if (text.IsSkippable(t)) continue;
            if (_syntax.IsClauseEnd(text, t) || isTrigger[t] || text.IsComma(t) || text.InTime[t]) return null;
            if (text.ActorStartingAt[t] is var a and >= 0)
            {
                var phrase = text.Actors[a];
                if (phrase.IsPlace || phrase.Adjectival || phrase == source || source?.EntityId is { } id && phrase.EntityId == id) return null;
                var governing = _syntax.Governing(text, phrase);
                // A genitive names whom the thing is for only when it is a named actor: «انضمام السويد», not «قطع غيار الطائرات»;
                // an act's genitive is whom it concerns, named or not: «سفر ستة مسؤولين».
                if (governing is null && words == 0 && (!phrase.Collective || act)) return phrase;
                if (governing is null && act)
                {
                    t = phrase.End - 1;
                    words++;
                    continue;
                }
                return governing is not null && language.IsCue("beneficiary", governing) ? phrase : null;
            }
            if (text.ActorCovering[t] >= 0) return null;
            // A count or quantifier is no word of its own («حسابات أي مصرف», «سفر ستة مسؤولين»); after an act, nor is a
            // preposition, which belongs to the phrase after it («تصدير قطع الغيار إلى إسرائيل»). After a thing the window
            // stays three words: «دعا المجتمع الدولي إلى الضغط على إسرائيل» asks the community, not Israel.
            if (CountWord.Is(text.Tokens[t]) || language.IsCue("quantifier", text.Words[t]) || act && language.IsCue("preposition", text.Words[t])) continue;
            words++;
        }
        return null;
    }

    /// <summary>
    /// «فرض حظراً على سفر ستة مسؤولين بيلاروسيين», «قيوداً على تصدير قطع الغيار إلى إسرائيل»: a pattern that holds the
    /// preposition marking its recipient and the noun after it (an act or a thing) has the recipient after its last word,
    /// as the actor that noun, an act the sanction stops, is for (<see cref="ActorOfThing"/>).
    /// </summary>
    private ActorPhrase? ThingInPattern(EventText text, TriggerMatch m, int end, bool[] isTrigger, ActorPhrase? source)
    {
        var words = m.WordTokens;
        if (words.Count < 3) return null;
        var marked = false;
        for (var w = 1; w < words.Count - 1 && !marked; w++)
            marked = language.CueForm("preposition", text.Words[words[w]]) is { } own && text.Tokens[words[w]].Key == own && m.Entry.TargetMarks.Contains(own);
        if (!marked) return null;
        var last = words[^1];
        var span = text.Span(last, last + 1);
        var thing = new ActorPhrase(last, last + 1, span, span.Slice(text.Text), null, null, null, Collective: true, IsPlace: false, "");
        return ActorOfThing(text, thing, end, isTrigger, source, act: true);
    }

    /// <summary>The pattern's last word is an asset (arguments.tsv) carrying its owner's pronoun: «أصولهم», «حساباتها».</summary>
    private bool OwnedByPronoun(EventText text, TriggerMatch m) =>
        language.IsCue("asset", text.Words[m.WordTokens[^1]]) && ClauseSyntax.HasPronounSuffix(text, m.WordTokens[^1]);

    /// <summary>A word carrying a preposition of its own («بمناسبة», «برصاص»): it starts a new phrase, it is no adjective or genitive of the noun before it.</summary>
    private static bool Governed(EventText text, int token) =>
        text.Words[token].Prefixes.Count > 0 && text.Words[token].Forms.Count > 1 && ClauseSyntax.AttachedPreposition(text.Words[token].Prefixes[^1]) is not null;

    /// <summary>«طردت الحكومة الملحق العسكري الفرنسي»: an object nisba with the noun it qualifies (one or two words before it).</summary>
    private ActorPhrase WithNoun(EventText text, ActorPhrase nisba, int from, bool[] isTrigger)
    {
        var first = nisba.First;
        for (var t = nisba.First - 1; t >= Math.Max(from, nisba.First - 2); t--)
        {
            if (text.Tokens[t].Kind != Text.Tokenization.TokenKind.ArabicWord || text.ActorCovering[t] >= 0 || isTrigger[t]
                || language.IsCue("preposition", text.Words[t]) || language.IsCue("complement", text.Words[t])
                || text.Words[t].IsDefinite != text.Words[nisba.First].IsDefinite)
                break;
            first = t;
        }
        if (first == nisba.First) return nisba;
        var span = text.Span(first, nisba.End);
        return new ActorPhrase(first, nisba.End, span, span.Slice(text.Text), null, nisba.Country, null, Collective: true, IsPlace: false, "");
    }

    /// <summary>A nisba right after the noun at <paramref name="noun"/> or after one word more (its adjective), same definiteness.</summary>
    private static ActorPhrase? NisbaAfter(EventText text, int noun, int end)
    {
        for (var t = noun + 1; t < Math.Min(end, noun + 3); t++)
        {
            if (text.ActorStartingAt[t] is var n and >= 0 && text.Actors[n].Adjectival) return text.Actors[n];
            if (text.Tokens[t].Kind != Text.Tokenization.TokenKind.ArabicWord || text.ActorCovering[t] >= 0
                || text.Words[t].IsDefinite != text.Words[noun].IsDefinite) return null;
        }
        return null;
    }

    /// <summary>
    /// The doer of an event noun that is the object or complement of another verb in its clause («أجرت القوات البحرية
    /// مناورات», «شارك آلاف المحتجين في مسيرة», «وبحث الأمير في اتصال هاتفي مع…»): the nearest earlier actor of the
    /// clause, not governed by a preposition, with no other trigger between (a verb that is itself an event, «أدان الوزير
    /// الهجوم», has its own subject, not the noun's).
    /// </summary>
    private ActorPhrase? ClauseSubject(EventText text, TriggerMatch m, int sentenceStart, bool[] isTrigger)
    {
        if (GenitiveInPrepositionalPhrase(text, m, sentenceStart, isTrigger)) return null;
        var words = 0;
        for (var t = m.First - 1; t >= sentenceStart && words < 8; t--)
        {
            if (text.IsComma(t)) return null;
            if (text.IsSkippable(t)) continue;
            // «سفاريكوم تعرضت لهجوم»: the subject of a patient verb underwent the event (PatientSubject).
            if (_syntax.IsClauseEnd(text, t) || isTrigger[t] || language.IsCue("patient", text.Words[t]) || language.IsCue("complement", text.Words[t])) return null;
            if (text.ActorCovering[t] is var a and >= 0)
            {
                var phrase = text.Actors[a];
                t = phrase.First;
                words++;
                // A second conjunct («الولايات المتحدة وأوكرانيا») leads to the first.
                if (phrase.IsPlace || phrase.Adjectival || _syntax.Governing(text, phrase) is not null || phrase.Proclitics.StartsWith('و')) continue;
                // Only the clause's subject: first in its clause (SVO) or after its verb alone (VSO); an actor further in is
                // an object or a genitive («تقوية قدرات البلاد في مواجهة تهديد»), an actor after another trigger its argument.
                if (WordsBeforeInClause(text, phrase.First, sentenceStart, isTrigger) <= 1) return phrase;
            }
            words++;
        }
        return null;
    }

    /// <summary>
    /// «أعربت روسيا عن تعازيها لعائلات ضحايا الهجوم»: a definite event noun that is the genitive of a noun a preposition
    /// governs (the noun indefinite, in construct, with a preposition before it or attached to the word before it) names
    /// an act the clause only tells of; the clause's subject did not do it.
    /// </summary>
    private bool GenitiveInPrepositionalPhrase(EventText text, TriggerMatch m, int sentenceStart, bool[] isTrigger)
    {
        if (!text.Words[m.First].IsDefinite || text.Words[m.First].Prefixes.Any(p => ClauseSyntax.AttachedPreposition(p) is not null)) return false;
        var head = ClauseSyntax.PreviousWord(text, m.First - 1, sentenceStart);
        if (head < sentenceStart || !IsPlainNoun(text, head, isTrigger) || Governed(text, head)) return false;
        var before = ClauseSyntax.PreviousWord(text, head - 1, sentenceStart);
        return before >= sentenceStart && text.ActorCovering[before] < 0 && !isTrigger[before]
               && (language.IsCue("preposition", text.Words[before]) || Governed(text, before));
    }

    /// <summary>An Arabic word without the article that is no actor, trigger, preposition, particle, quantifier or time.</summary>
    private bool IsPlainNoun(EventText text, int token, bool[] isTrigger) =>
        text.Tokens[token].Kind == Text.Tokenization.TokenKind.ArabicWord && text.ActorCovering[token] < 0 && !isTrigger[token] && !text.InTime[token]
        && !text.Words[token].IsDefinite && !language.IsCue("preposition", text.Words[token]) && !_syntax.IsVerbParticle(text, token)
        && !language.IsCue("quantifier", text.Words[token]) && !language.IsCue("complement", text.Words[token]) && !_syntax.IsClauseEnd(text, token);

    /// <summary>
    /// A first-person verb: the perfect in نا («اعتقلنا»), the imperfect with ن or أ after the future س («سنقدم») or after a
    /// negation («لم نسمح»). Other imperfects in ن are left out: a perfect like نشر starts with ن too.
    /// </summary>
    private bool IsFirstPerson(EventText text, int token)
    {
        var key = text.Tokens[token].Key.TrimStart('و', 'ف');
        if (key.Length > 4 && key.EndsWith("نا", StringComparison.Ordinal)) return true;
        if (key.Length > 3 && key[0] == 'س' && key[1] is 'ن' or 'ا') return true;
        var previous = token - 1;
        return key.Length > 3 && key[0] is 'ن' or 'ا' && previous >= 0 && language.IsCue("negation", text.Words[previous]);
    }

    /// <summary>
    /// How many words stand between the clause's start (sentence start, comma, clause end, subordinator) and the token; a
    /// trigger among them counts as many. A negation, a verb particle or a quantifier is no word of its own: «لم يعقد
    /// الوزير أي لقاء» and «ودخل عشرة معتقلين في إضراب» have the verb alone before their subject, as «عقد الوزير لقاء».
    /// </summary>
    private int WordsBeforeInClause(EventText text, int token, int sentenceStart, bool[] isTrigger)
    {
        var words = 0;
        for (var t = token - 1; t >= sentenceStart; t--)
        {
            if (text.IsComma(t)) break;
            if (text.IsSkippable(t) || _syntax.IsVerbParticle(text, t) || text.Words[t].Forms.Count > 0 && language.IsCue("quantifier", text.Words[t])) continue;
            if (_syntax.IsClauseEnd(text, t) || language.IsCue("complement", text.Words[t])) break;
            if (isTrigger[t]) return int.MaxValue;
            // «إلى ذلك شنت طائرات التحالف غارتين»: a preposition with a demonstrative is a whole adverbial linking the
            // sentence to the one before; it is no word of the clause.
            if (t > sentenceStart && language.IsCue("demonstrative", text.Words[t]) && language.IsCue("preposition", text.Words[t - 1]))
            {
                t--;
                continue;
            }
            if (++words > 1) break;
        }
        return words;
    }

    /// <summary>«من دون أن يتهم»: the trigger stands in a clause opened by a subordinator (arguments.tsv, subordinate) and its complementiser.</summary>
    private bool AfterSubordinator(EventText text, int trigger, int sentenceStart)
    {
        for (var t = trigger - 1; t >= Math.Max(sentenceStart, trigger - 3); t--)
            if (language.IsCue("subordinate", text.Words[t])) return true;
        return false;
    }

    /// <summary>
    /// The event before the noun in its sentence when it is a sentencing verb (SANCTION, convict: «حكمت», «قضت») with a
    /// source, the noun's pattern carries the ب that names a sentence's punishment, and only the verb's subject, a time and one
    /// adverb at most stand between: the noun is the punishment it pronounces («حكمت المحكمة غيابياً بالسجن»).
    /// </summary>
    private DraftEvent? SentencingVerbBefore(EventText text, IReadOnlyList<DraftEvent> drafts, int index)
    {
        if (index == 0) return null;
        var verb = drafts[index - 1];
        var m = drafts[index].Trigger;
        if (verb.Trigger.Sentence != m.Sentence || !verb.Trigger.Verbal || verb.Type != PloverType.SANCTION || verb.Mode != "convict" || verb.Source is null
            || !m.WordTokens.Any(w => text.Words[w].Prefixes.Count > 0 && ClauseSyntax.AttachedPreposition(text.Words[w].Prefixes[^1]) == "ب")) return null;
        var words = 0;
        for (var t = verb.Trigger.SpanEnd; t < m.First; t++)
        {
            if (text.IsSkippable(t) || text.InTime[t]) continue;
            if (text.ActorCovering[t] is var a and >= 0 && text.Actors[a] == verb.SourcePhrase)
            {
                t = text.Actors[a].End - 1;
                continue;
            }
            if (++words > 1) return null;
        }
        return verb;
    }

    /// <summary>A control verb (control.tsv; not a noun with the article or a preposition) within three words before the event noun, no actor between («وقد أمرت بحبس»).</summary>
    private bool ControlWordBefore(EventText text, TriggerMatch m, int sentenceStart)
    {
        var words = 0;
        for (var t = m.First - 1; t >= sentenceStart && words < 3; t--)
        {
            if (text.IsSkippable(t)) continue;
            if (text.ActorCovering[t] >= 0 || _syntax.IsClauseEnd(text, t)) return false;
            // «لقرار قطع العلاقات»: a control noun governed by a preposition names someone else's decision.
            if (text.Words[t].Forms.Any(language.ControlWords.Contains)) return !text.Words[t].IsDefinite && !Governed(text, t);
            words++;
        }
        return false;
    }

    /// <summary>
    /// «… إلى جدة. وعقد فور وصوله جلسة مباحثات مع…»: a sentence opened by و or ف whose words up to the event noun name no
    /// actor and hold no other trigger goes on with the previous sentence's subject; not when a demonstrative stands for what
    /// was told («ويعد هذا ثالث هجوم»).
    /// </summary>
    private bool ContinuesPreviousSentence(EventText text, TriggerMatch m, int sentenceStart, bool[] isTrigger)
    {
        // «وردا على الهجوم الإلكتروني»: a definite event noun names an event already told, not a new act of the subject.
        if (text.Words[m.First].IsDefinite || !OpensWithConjunction(text, sentenceStart, m.First) || ClauseSyntax.NextWord(text, sentenceStart, m.First) == m.First) return false;
        for (var t = ClauseSyntax.NextWord(text, sentenceStart, m.First); t < m.First; t++)
            if (text.ActorCovering[t] >= 0 || isTrigger[t] || _syntax.IsClauseEnd(text, t) || text.IsComma(t)
                || language.IsCue("demonstrative", text.Words[t])) return false;
        return true;
    }

    /// <summary>
    /// A place or state name of the host's state in the sentence other than the two parties («يزور القاهرة»), or the
    /// article's dateline in it («بيروت -»; a capital is read as its state).
    /// </summary>
    private static bool MeetsAtHome(EventText text, int sentence, string state, ActorPhrase host, ActorPhrase guest)
    {
        var first = ClauseSyntax.NextWord(text, 0, text.Tokens.Count);
        foreach (var actor in text.Actors)
        {
            if (actor.Country != state || actor.Adjectival || actor == host || actor == guest
                || !actor.IsPlace && actor.EntityId?.StartsWith("gpe:", StringComparison.Ordinal) != true) continue;
            if (text.SentenceOf[actor.First] == sentence || actor.First == first) return true;
        }
        return false;
    }

    /// <summary>The sentence's first word, at or before <paramref name="limit"/>, carries و or ف: it goes on with the sentence before.</summary>
    private static bool OpensWithConjunction(EventText text, int sentenceStart, int limit)
    {
        var first = ClauseSyntax.NextWord(text, sentenceStart, limit + 1);
        return first <= limit && text.Words[first].Prefixes.Count > 0 && text.Words[first].Prefixes[^1] is ['و' or 'ف', ..];
    }

    /// <summary>A verb of receiving (arguments.tsv, receive) as the trigger's first word or within three words before it, in its clause.</summary>
    private bool ReceiveVerbBefore(EventText text, TriggerMatch m, bool[] isTrigger)
    {
        for (var t = m.First; t >= Math.Max(0, m.First - 3); t--)
        {
            if (t < m.First && (_syntax.IsClauseEnd(text, t) || isTrigger[t])) return false;
            if (language.IsCue("receive", text.Words[t])) return true;
        }
        return false;
    }

    /// <summary>
    /// Who a complementiser's pronoun stands for («قال التحالف … إنه», «أعلنت القوات المسلحة الأردنية أنها»): the speaker of
    /// the quote the clause is, else the first actor of the sentence before the complementiser that is not a place, a lone
    /// nisba or governed by a preposition (a dateline city «عمّان -» is a place).
    /// </summary>
    // «وقال الوزير إنها ترفض»: the pronoun agrees with what it stands for (Agreement); a speaker or a first actor it cannot
    // stand for is passed over, and none found leaves the subject unknown rather than the wrong one.
    private EventActor? PronounAntecedent(EventText text, DraftEvent draft, int complement, int sentenceStart) =>
        PronounAntecedent(text, draft, complement, sentenceStart, out _);

    /// <summary>The pronoun's antecedent; <paramref name="disagreed"/> when an actor it would have taken does not agree with it.</summary>
    private EventActor? PronounAntecedent(EventText text, DraftEvent draft, int complement, int sentenceStart, out bool disagreed)
    {
        var pronoun = Agreement.PronounOf(text, complement);
        disagreed = false;
        if (draft.SpeakerActor is { } speaker)
        {
            if (text.Actors.FirstOrDefault(p => p.Span == speaker.Span) is not { } said || _agreement.Agrees(text, pronoun, said)) return speaker;
            disagreed = true;
        }
        var antecedent = FirstFreeActor(text, sentenceStart, complement, draft, pronoun);
        disagreed |= antecedent is null && FirstFreeActor(text, sentenceStart, complement, draft) is not null;
        return antecedent;
    }

    /// <summary>
    /// The first actor in [from, to) that is not a place (a dateline city «جدة -»), a lone nisba or governed by a
    /// preposition, and that the pronoun standing for it agrees with.
    /// </summary>
    private EventActor? FirstFreeActor(EventText text, int from, int to, DraftEvent draft, Agreement.Pronoun pronoun = Agreement.Pronoun.Unknown)
    {
        for (var t = from; t < Math.Min(to, text.Tokens.Count); t++)
        {
            if (text.ActorStartingAt[t] is not (var a and >= 0)) continue;
            var phrase = text.Actors[a];
            t = phrase.End - 1;
            if (phrase.IsPlace || phrase.Adjectival || _syntax.Governing(text, phrase) is not null || !_agreement.Agrees(text, pronoun, phrase)) continue;
            return ToActor(text, phrase, draft);
        }
        return null;
    }

    /// <summary>The main clause's subject: the first actor of the sentence standing first or after its verb, not governed.</summary>
    private EventActor? MainSubject(EventText text, int before, int sentenceStart, DraftEvent draft)
    {
        for (var t = sentenceStart; t < before; t++)
        {
            if (language.IsCue("complement", text.Words[t])) return null;
            if (text.ActorStartingAt[t] is not (var a and >= 0)) continue;
            var phrase = text.Actors[a];
            if (phrase.IsPlace || phrase.Adjectival || _syntax.Governing(text, phrase) is not null) return null;
            return WordsBeforeInClause(text, phrase.First, sentenceStart, new bool[text.Tokens.Count]) <= 1 ? ToActor(text, phrase, draft) : null;
        }
        return null;
    }

    /// <summary>
    /// What an event noun hit, named by a relative verb after it (arguments.tsv, aim: «هجوماً إلكترونياً استهدف أنظمة عدد من
    /// المستشفيات الحكومية», «الغارة التي طالت المستشفى»): the verb's object; an owned asset (أنظمة، مواقع، شبكة) and a count
    /// lead to its owner. An owner that is no named actor is kept as words («المستشفيات الحكومية»), in the state the article is about.
    /// </summary>
    private ActorPhrase? AimedAt(EventText text, DraftEvent draft, int end, bool[] isTrigger, ActorPhrase? source)
    {
        var m = draft.Trigger;
        if (m.Verbal) return null;
        var verb = -1;
        for (var t = m.End; t < Math.Min(end, m.End + 5); t++)
        {
            if (text.IsSkippable(t)) continue;
            if (language.IsCue("aim", text.Words[t]))
            {
                verb = t;
                break;
            }
            if (text.Tokens[t].Kind != Text.Tokenization.TokenKind.ArabicWord || _syntax.IsClauseEnd(text, t) && !language.IsCue("stop", text.Words[t])
                || text.ActorCovering[t] >= 0) return null;
        }
        if (verb < 0) return null;
        var first = verb + 1;
        while (first < end && (text.IsSkippable(first) || language.IsCue("asset", text.Words[first]) || language.IsCue("pronoun", text.Words[first]))) first++;
        if (first < end && _syntax.IsPartitive(text, first)) first += 2;
        if (first >= end || _syntax.IsClauseEnd(text, first) || isTrigger[first]) return null;
        if (text.ActorCovering[first] is var a and >= 0)
            return text.Actors[a] is { IsPlace: false } phrase && phrase != source ? phrase : null;
        if (text.Tokens[first].Kind != Text.Tokenization.TokenKind.ArabicWord || language.IsCue("preposition", text.Words[first])) return null;
        var last = first;
        string? country = null;
        for (var next = first + 1; next < end && next <= first + 2; next++)
        {
            // A phrase stops at a time expression: «مستشفيات حكومية مطلع الشهر».
            if (text.Tokens[next].Kind != Text.Tokenization.TokenKind.ArabicWord || isTrigger[next] || _syntax.IsClauseEnd(text, next) || text.InTime[next]
                || language.IsCue("preposition", text.Words[next]) || text.Words[next].Prefixes.Any(p => p.StartsWith('و') || p.StartsWith('ب') || p.StartsWith('ل')))
                break;
            if (text.ActorCovering[next] is var n and >= 0)
            {
                if (!text.Actors[n].Adjectival) break;
                country = text.Actors[n].Country;
                last = text.Actors[n].End - 1;
                break;
            }
            // The adjective agrees in definiteness: «المستشفيات الحكومية», not «المستشفيات فجر».
            if (text.Words[first].Prefixes.Any(p => p.EndsWith("ال", StringComparison.Ordinal)) != text.Words[next].Prefixes.Any(p => p.EndsWith("ال", StringComparison.Ordinal))) break;
            last = next;
        }
        var span = Actors.ActorPhraseFinder.Span(text.Tokens, first, last + 1, text.Words[first].Prefixes.Count > 0 ? text.Words[first].Prefixes[0] : "", text.Text);
        var owner = new ActorPhrase(first, last + 1, span, span.Slice(text.Text), null, country, null, Collective: true, IsPlace: false, "");
        return owner with { Country = country ?? HomeState(text, owner) };
    }

    /// <summary>
    /// The other party of a joint act (a row whose recipient is marked by مع or بين): the second conjunct of its subject,
    /// a name («بدأت الولايات المتحدة وأوكرانيا مناورات») or a nisba sharing the first's noun («القوات السعودية والمصرية»).
    /// </summary>
    private ActorPhrase? JointPartner(EventText text, TriggerEntry entry, ActorPhrase? source)
    {
        if (source is null || !(entry.TargetMarks.Contains("مع") || entry.TargetMarks.Contains("بين"))) return null;
        var last = source;
        for (var t = source.End; t < text.Tokens.Count; t++)
        {
            if (text.IsSkippable(t)) continue;
            if (text.ActorStartingAt[t] is not (var a and >= 0)) return ClauseSyntax.OnlySkippableBetween(text, last.End, t) ? ConjunctParty.At(text, t) : null;
            var next = text.Actors[a];
            // «وقع وزير الطاقة السعودي الأمير عبدالعزيز بن سلمان ونظيره الأردني»: the doer's name in apposition is the doer.
            if (last == source && NameInApposition(source, next))
            {
                last = next;
                t = next.End - 1;
                continue;
            }
            return ClauseSyntax.IsConjunctOf(text, last, next) && !next.IsPlace ? next : null;
        }
        return null;
    }

    /// <summary>
    /// A phrase with the actors joined to it by و («بريطانيا وفرنسا», «قوات أميركية وأردنية») as one compound; a place or the
    /// other role's phrase ends the run.
    /// </summary>
    private static ActorPhrase WithConjuncts(EventText text, ActorPhrase phrase, ActorPhrase? other)
    {
        if (phrase.IsPlace) return phrase;
        var last = phrase;
        for (var t = phrase.End; t < text.Tokens.Count; t++)
        {
            if (text.IsSkippable(t)) continue;
            if (text.ActorStartingAt[t] is not (var a and >= 0) || text.Actors[a] is not { IsPlace: false } next || next == other
                || !ClauseSyntax.IsConjunctOf(text, last, next)) break;
            last = next;
            t = next.End - 1;
        }
        return last == phrase ? phrase : Compound(text, phrase, last);
    }

    /// <summary>
    /// Doers joined by و («بريطانيا وفرنسا والولايات المتحدة») as one phrase: in their state when all share it, else in none.
    /// </summary>
    private static ActorPhrase Compound(EventText text, ActorPhrase first, ActorPhrase last)
    {
        var span = new Documents.TextSpan(first.Span.Start, last.Span.End);
        var shared = true;
        for (var a = text.ActorCovering[first.First]; a >= 0 && a < text.Actors.Count && text.Actors[a].First < last.End; a++)
            shared &= text.Actors[a].Country == first.Country;
        return first with
        {
            End = last.End, Span = span, Text = text.Text[span.Start..span.End], EntityId = null,
            Country = shared ? first.Country : null, Sector = first.Sector == last.Sector ? first.Sector : null,
            Collective = false, Adjectival = false,
        };
    }

    /// <summary>A person's name right after a phrase that names no person, with at most a title between («وزير الطاقة الأمير …»).</summary>
    private static bool NameInApposition(ActorPhrase first, ActorPhrase second) =>
        first.EntityId?.StartsWith("per:", StringComparison.Ordinal) != true && second.EntityId?.StartsWith("per:", StringComparison.Ordinal) == true
        && second.Proclitics.Length == 0 && second.First - first.End <= 1 && second.First >= first.End;

    /// <summary>A person's name right after a state, with only a title between («مصر الدكتور شوقي علام»).</summary>
    private static bool IsApposition(EventText text, ActorPhrase first, ActorPhrase second) =>
        first.EntityId?.StartsWith("gpe:", StringComparison.Ordinal) == true && second.EntityId?.StartsWith("per:", StringComparison.Ordinal) == true
        && second.Proclitics.Length == 0 && second.First - first.End <= 1 && second.First >= first.End;

    /// <summary>
    /// A recipient named inside the trigger's own pattern: «استدعت الخارجية السفير الروسي» (the pattern's word سفير heads the
    /// actor phrase «السفير الروسي»). Only for rows whose recipient is the object.
    /// </summary>
    private ActorPhrase? OwnObject(EventText text, TriggerMatch m, ActorPhrase? source, bool pronounSubject)
    {
        // Without a subject found elsewhere the pattern's actor word is the subject itself («قصف طيران التحالف»); a
        // complementiser's pronoun is a subject found elsewhere («أنها أسقطت عدداً من الطائرات»).
        if (!m.Entry.TargetIsObject || source is null && !pronounSubject) return null;
        for (var w = 1; w < m.WordTokens.Count; w++)
        {
            if (text.ActorCovering[m.WordTokens[w]] is not (var a and >= 0)) continue;
            var phrase = text.Actors[a];
            if (phrase != source && !phrase.IsPlace && phrase.First >= m.First + 1) return phrase;
        }
        // «استدعت الخارجية القائم بالأعمال الإيطالي»: the pattern's last word is the recipient's noun; a nisba within two
        // words after it names the recipient's state.
        var head = m.WordTokens[^1];
        // «بضرب القواعد الأميركية»: a noun with a linking letter is the act threatened, not the recipient.
        if (m.WordTokens.Count < 2 || head <= m.First) return null;
        if (!text.Words[head].Forms.Any(language.ActorNouns.ContainsKey) && text.Tokens[head].Key.TrimStart('و', 'ف') is { Length: > 0 } key && key[0] == 'ب')
            return null;
        for (var t = m.End; t < Math.Min(text.Tokens.Count, m.End + 2); t++)
        {
            if (text.ActorStartingAt[t] is var n and >= 0 && text.Actors[n] is { Adjectival: true } nisba && nisba != source)
            {
                var span = text.Span(head, nisba.End);
                return new ActorPhrase(head, nisba.End, span, span.Slice(text.Text), null, nisba.Country, null, Collective: true, IsPlace: false, "");
            }
            if (text.ActorCovering[t] >= 0 || text.Tokens[t].Kind != Text.Tokenization.TokenKind.ArabicWord) break;
        }
        return null;
    }

    /// <summary>
    /// The receiver when the event is received («تلقى الرئيس اتصالا من…», «تسلمت الوزارة رسالة من…»): a verb of receiving
    /// (arguments.tsv, receive) as the trigger's first word or shortly before it in its clause; its subject is the receiver.
    /// </summary>
    private ActorPhrase? Receiver(EventText text, TriggerMatch m, int sentenceStart, int end, bool[] isTrigger)
    {
        var words = 0;
        for (var t = m.First; t >= sentenceStart && words < 8; t--)
        {
            if (text.IsSkippable(t)) continue;
            if (t < m.First && (_syntax.IsClauseEnd(text, t) || isTrigger[t])) return null;
            if (language.IsCue("receive", text.Words[t]))
                return SubjectAfter(text, t + 1, t == m.First ? end : m.First, isTrigger, t, m.End, m.WordTokens) ?? SubjectBefore(text, t, sentenceStart, isTrigger, adjacent: true);
            if (text.ActorCovering[t] is var a and >= 0) t = text.Actors[a].First;
            words++;
        }
        return null;
    }

    /// <summary>
    /// Whom a request was put to, when a word answering it (arguments.tsv, answer) stands right before its noun, an actor
    /// between at most: that actor (VSO: «رفضت الحكومة طلب النقابات»), else the actor right before the verb (SVO: «بغداد
    /// رفضت طلباً كويتياً»), else — a noun of answering or a verb whose subject is dropped («أعلنت الجماعة وقف الهجمات، استجابة
    /// لنداء المبعوث») — the subject of the sentence's first act.
    /// </summary>
    private EventActor? Answerer(EventText text, IReadOnlyList<DraftEvent> drafts, int index, int sentenceStart, bool[] isTrigger)
    {
        var draft = drafts[index];
        var m = draft.Trigger;
        if (m.Verbal || m.Entry.Type != PloverType.REQUEST) return null;
        var t = ClauseSyntax.PreviousWord(text, m.First - 1, sentenceStart);
        ActorPhrase? between = null;
        if (t >= sentenceStart && text.ActorCovering[t] is var a and >= 0)
        {
            between = text.Actors[a];
            t = ClauseSyntax.PreviousWord(text, between.First - 1, sentenceStart);
        }
        if (t < sentenceStart || !language.IsCue("answer", text.Words[t])) return null;
        if (between is not null)
            return between.IsPlace || between.Adjectival ? null : ToActor(text, between, draft);
        if (SubjectBefore(text, t, sentenceStart, isTrigger, adjacent: true) is { } subject) return ToActor(text, subject, draft);
        return drafts.Take(index).FirstOrDefault(d => d.Trigger.Sentence == m.Sentence && d.Source is not null)?.Source;
    }

    /// <summary>
    /// Who made the offer an acceptance or refusal answers, when the answer's pattern ends with a definite noun and no
    /// owner is named after it («وقبل أردوغان الدعوة», «ورفضت الحكومة العرض»): the article points back to the nearest act
    /// told earlier in this sentence or the one before by another actor, naming no recipient or the one answering now;
    /// its doer made the offer.
    /// </summary>
    private EventActor? OfferMaker(EventText text, IReadOnlyList<DraftEvent> drafts, int index)
    {
        var draft = drafts[index];
        var m = draft.Trigger;
        if (m.Entry.Type is not (PloverType.AGREE or PloverType.REJECT) || draft.Source is not { } answerer || m.WordTokens.Count < 2) return null;
        var noun = m.WordTokens[^1];
        if (!text.Words[noun].IsDefinite || noun + 1 < text.Tokens.Count && text.ActorStartingAt[noun + 1] >= 0) return null;
        for (var j = index - 1; j >= 0; j--)
        {
            var earlier = drafts[j];
            if (earlier.Trigger.Sentence < m.Sentence - 1) break;
            // The offer's own recipient, when the act names one, is the one answering or of its state («دعا … نظيره التركي»,
            // then «وقبل أردوغان»).
            if (earlier.Source is { } maker && !SameSide(maker, answerer) && (earlier.Target is null || SameSide(earlier.Target, answerer))) return maker;
        }
        return null;
    }

    /// <summary>The same actor, or two of one state («نظيره التركي» and «أردوغان»).</summary>
    private static bool SameSide(EventActor a, EventActor b) => a.SameAs(b) || a.Country is not null && a.Country == b.Country;

    /// <summary>
    /// «قصفت القوات بلدة سراقب», «فرضت حظر التجول في العاصمة كولومبو», «حشدت مقاتلين حول مدينة …»: an attack, a coercive
    /// act or a deployment acts on a territory, so when its clause names no other target, the first place after the
    /// trigger — a place phrase (`place` nouns in arguments.tsv) or a place of known state — is the target, coded as the
    /// place's state (PLOVER codes «the Bosnian town of Gorazde» as BIH). Speech acts and meetings only happen in a place.
    /// </summary>
    // Modes whose recipient is a person (PLOVER: arrest, deport, abduct, torture, targeted killing) or an outlet (censor):
    // a town named with them is only where it happened. A verb carrying its object («احتجزهم») has its target already.
    // RETREAT is left out: the SaudiNewsNet gold codes a withdrawal «من محافظة …» with no target.
    private static readonly HashSet<string> PersonModes = ["arrest", "deport", "abduct", "torture", "targeted", "censor"];

    private ActorPhrase? PlaceTarget(EventText text, TriggerMatch m, int from, int end, bool[] isTrigger)
    {
        if (m.Entry.Type is not (PloverType.ASSAULT or PloverType.COERCE or PloverType.MOBILIZE) || m.Entry.Mode is { } mode && PersonModes.Contains(mode)
            || ClauseSyntax.HasPronounSuffix(text, m.First)) return null;
        var words = 0;
        for (var t = from; t < end && words < TargetWindow; t++)
        {
            if (text.IsSkippable(t)) continue;
            if (_syntax.IsClauseEnd(text, t) || (isTrigger[t] && t != m.First)) return null;
            if (text.ActorStartingAt[t] is var a and >= 0)
            {
                var phrase = text.Actors[a];
                // «أطلقت صواريخ من غزة»: a place after من is where the act came from.
                // «على مستوطنات غلاف غزة»: a place that is another noun's genitive is not what was acted on; the place must be
                // the object itself or stand right after its preposition.
                if (phrase.IsPlace && (phrase.Country is not null || language.IsCue("place", text.Words[phrase.First])) && _syntax.Governing(text, phrase) != "من"
                    && (words == 0 || phrase.HasAttachedPreposition || language.IsCue("preposition", text.Words[t - 1])))
                    return phrase;
                t = phrase.End - 1;
            }
            words++;
        }
        return null;
    }

    /// <summary>
    /// «استدعت سفيرها لدى طهران», «استدعاء سفير المملكة لدى ستوكهولم»: within the trigger or right after it, an envoy (a
    /// noun of the DIP sector) and, at most one word further, an <c>accredited</c> preposition of arguments.tsv (لدى) with
    /// a state or a capital after it: that state.
    /// </summary>
    private ActorPhrase? AccreditedState(EventText text, TriggerMatch m, int end)
    {
        for (var t = m.First + 1; t < Math.Min(end - 1, m.End + 3); t++)
        {
            if (!language.IsCue("accredited", text.Words[t]) || text.ActorStartingAt[t + 1] is not (var a and >= 0) || text.Actors[a].Country is null) continue;
            for (var before = t - 1; before >= Math.Max(m.First, t - 2); before--)
                if (text.ActorCovering[before] is var e and >= 0 && text.Actors[e].Sector == "DIP") return text.Actors[a];
        }
        return null;
    }

    /// <summary>The first actor governed by <paramref name="preposition"/> after <paramref name="from"/>, in the clause.</summary>
    private ActorPhrase? ActorAfter(EventText text, string preposition, int from, int end, bool[] isTrigger, bool capitals = false)
    {
        var words = 0;
        for (var t = from; t < end && words < TargetWindow; t++)
        {
            if (text.IsSkippable(t)) continue;
            if (_syntax.IsClauseEnd(text, t) || isTrigger[t]) return null;
            if (text.ActorStartingAt[t] is var a and >= 0)
            {
                var phrase = text.Actors[a];
                if (_syntax.Governing(text, phrase) == preposition && (!phrase.IsPlace || capitals && phrase.Country is not null)) return phrase;
                t = phrase.End - 1;
            }
            words++;
        }
        return null;
    }

    /// <summary>
    /// The recipient named by a common noun after the preposition the lexicon row marks it with («أفرجت السلطات عن ناشطة
    /// حقوقية», «رفض منح اللجوء لعائلة أفغانية»): the noun with at most two words after it (adjectives, a genitive), as a
    /// target without entity, with the state of a nisba among them. Only when no actor phrase was found.
    /// </summary>
    private ActorPhrase? MarkedNoun(EventText text, TriggerMatch m, int from, int end, bool[] isTrigger)
    {
        var marks = RecipientMarks(m.Entry);
        var words = 0;
        // «صادق البرلمان على انضمام السويد»: a pattern that ends with the preposition marking its recipient has it right after.
        var markedByPattern = m.WordTokens.Count > 1 && from == m.End && language.CueForm("preposition", text.Words[m.WordTokens[^1]]) is { } own
            && text.Tokens[m.WordTokens[^1]].Key == own && marks.Contains(own) && own != "من" && (own != "في" || AttacksWhatIsIn(m.Entry));
        for (var t = from; t < end && words < 6; t++)
        {
            if (text.IsSkippable(t)) continue;
            if (_syntax.IsClauseEnd(text, t) || (isTrigger[t] && t != m.First)) return null;
            if (text.ActorCovering[t] >= 0) return null;
            words++;
            var word = text.Words[t];
            if (word.Forms.Count == 0) continue;
            // A separate preposition («عن ناشطة») or one attached to the noun («لعائلة»).
            var first = -1;
            var prefix = "";
            if (markedByPattern && t == from) first = t;
            else if (language.CueForm("preposition", word) is { } separate)
            {
                // من and في mostly mark where from and where («انسحبت من مواقعها», «نشرت الشرطة في أنحاء البلاد», «تحقيق في
                // الحادث»), not who; but an attack whose one mark is في hits what it went into («أضرم مستوطنون النار في
                // مركبات»): then في leads to it, unless to a time.
                // «نشرت الشرطة قوات في محيط المدارس»: a deployment in the surroundings of something (arguments.tsv,
                // vicinity) faces it; the noun after the surroundings is the recipient.
                var vicinity = separate == "في" && m.Entry.Type == PloverType.MOBILIZE && t + 1 < end && language.IsCue("vicinity", text.Words[t + 1]);
                if (!vicinity && (!marks.Contains(separate) || separate == "من" || separate == "في" && !AttacksWhatIsIn(m.Entry))) return null;
                first = vicinity ? t + 2 : t + 1;
                while (first < end && text.IsSkippable(first)) first++;
                if (separate == "في" && first < end && text.InTime[first]) return null;
                if (first < end && _syntax.IsPartitive(text, first)) first += 2;
                // «أرسلت نحو 300 جندي»: a word of direction before a count is «about», and the count is the object.
                if (first < end && language.IsCue("toward", separate) && (text.Tokens[first].Kind == Text.Tokenization.TokenKind.Number || CountWord.Is(text.Tokens[first]))) return null;
                // «العفو عن 101 من الصيادين»: a figure and its من count the noun.
                if (first + 1 < end && text.Tokens[first].Kind == Text.Tokenization.TokenKind.Number) first += text.Tokens[first + 1].Key == "من" ? 2 : 1;
            }
            // An attached ب marks what is promised, demanded or given up («ووعد بفتح تحقيق», «طالب بإجراء»), not who.
            else if (ClauseSyntax.AttachedPreposition(word.Prefixes[^1]) is { } attached && attached != "ب" && word.Forms.Count > 1)
            {
                if (!marks.Contains(attached)) continue;
                first = t;
                prefix = word.Prefixes[^1];
            }
            else continue;
            if (first >= end || text.Tokens[first].Kind != Text.Tokenization.TokenKind.ArabicWord || text.ActorCovering[first] >= 0 && !text.Actors[text.ActorCovering[first]].Adjectival
                || isTrigger[first] || _syntax.IsClauseEnd(text, first) || language.IsCue("preposition", text.Words[first]))
                return null;
            var last = first;
            string? country = null;
            for (var next = first + 1; next < end && next <= first + 2; next++)
            {
                if (text.Tokens[next].Kind != Text.Tokenization.TokenKind.ArabicWord || isTrigger[next] || _syntax.IsClauseEnd(text, next) || text.InTime[next]
                    || language.IsCue("preposition", text.Words[next]) || text.Words[next].Prefixes.Any(p => p.StartsWith('و')) || Governed(text, next))
                    break;
                if (text.ActorCovering[next] is var a and >= 0)
                {
                    if (!text.Actors[a].Adjectival) break;
                    country = text.Actors[a].Country;
                    last = text.Actors[a].End - 1;
                    break;
                }
                last = next;
            }
            var span = Actors.ActorPhraseFinder.Span(text.Tokens, first, last + 1, first == t ? prefix : "", text.Text);
            return new ActorPhrase(first, last + 1, span, span.Slice(text.Text), null, country, null, Collective: true, IsPlace: false, "");
        }
        return null;
    }

    /// <summary>An attack row that marks its recipient by في alone («أضرم النار في»): what it went into is what it hit.</summary>
    private static bool AttacksWhatIsIn(TriggerEntry entry) => entry.Type == PloverType.ASSAULT && entry.TargetMarks is ["في"];

    /// <summary>
    /// A dropped subject: the source of the event this one is coordinated with (و/ف on the trigger, same sentence), else the
    /// nearest earlier actor of the sentence not governed by a preposition, else the last source of the previous sentence.
    /// </summary>
    private EventActor? DroppedSubject(EventText text, IReadOnlyList<DraftEvent> drafts, int index, int sentenceStart, ActorPhrase? target)
    {
        var draft = drafts[index];
        var m = draft.Trigger;
        var coordinated = ClauseSyntax.HasConjunction(text, m.First);
        var previous = index > 0 ? drafts[index - 1] : null;
        if (coordinated && previous is not null && previous.Trigger.Sentence == m.Sentence && previous.Source is not null
            && (draft.QuoteStart < 0 || previous.QuoteStart == draft.QuoteStart))
            return previous.Source;
        if (m.Verbal && draft.SpeakerActor is not null && IsFirstPerson(text, m.First)) return draft.SpeakerActor;
        if (AfterSubordinator(text, m.First, sentenceStart)) return MainSubject(text, m.First, sentenceStart, draft);
        for (var t = m.First - 1; t >= sentenceStart; t--)
        {
            // Inside a quote a first-person verb is the speaker's act («سنقدم», «اعتقلنا»); another dropped subject is looked for in the quote.
            if (draft.QuoteStart >= 0 && text.Tokens[t].Span.Start < draft.QuoteStart) return null;
            if (text.ActorCovering[t] is not (var a and >= 0)) continue;
            var phrase = text.Actors[a];
            t = phrase.First;
            // A nisba standing alone («الإيرانية») qualifies a noun; it is nobody's subject.
            if (phrase.IsPlace || phrase.Adjectival || phrase == target || _syntax.Governing(text, phrase) is not null || _syntax.InPrepositionalGenitive(text, phrase)) continue;
            // A group noun with no state of its own («المحتجون») is seldom the one acting again; one with its state («السلطات
            // السريلانكية … وفرضت») is.
            if (phrase.Collective && phrase.Country is null && phrase.Sector != "@state") continue;
            // «تفقد الرئيس المصري القوات السعودية وأشاد»: an actor right after another, not joined to it by و, is the object
            // of the verb before them; the subject is the one before it.
            if (ObjectAfterSubject(text, phrase, sentenceStart)) continue;
            return ToActor(text, phrase, draft);
        }
        if (draft.QuoteStart >= 0) return null;
        // The main event of the previous sentence: its first with a source.
        var previousSentence = drafts.Take(index).Where(d => d.Trigger.Sentence < m.Sentence).Select(d => d.Trigger.Sentence).DefaultIfEmpty(-1).Max();
        // «وصل رئيس الوزراء الباكستاني إلى جدة. وعقد فور وصوله محادثات…»: a previous sentence with no event still has a subject.
        // Only an event noun in a sentence opened by و or ف goes on with it: after a verb, a subject the actor lexicons do
        // not know («والتقى الوزيران») is likelier than the previous sentence's.
        if (previousSentence < m.Sentence - 1)
            return m.Sentence > 0 && !m.Verbal && OpensWithConjunction(text, sentenceStart, m.First) && text.Sentences[m.Sentence - 1] is var before
                ? FirstFreeActor(text, Dateline.End(text, before.FirstToken, before.EndToken), before.EndToken, draft) : null;
        return drafts.Take(index).FirstOrDefault(d => d.Trigger.Sentence == previousSentence && d.Source is not null && d.SourcePhrase is not { Adjectival: true })?.Source;
    }

    /// <summary>
    /// The phrase stands right after another actor, no token between (a comma or a bracket makes it an apposition: «مكتب
    /// التحقيقات (اف بي آي)»), that is no place or lone nisba, not governed, and is not joined to it by و.
    /// </summary>
    private bool ObjectAfterSubject(EventText text, ActorPhrase phrase, int sentenceStart)
    {
        if (phrase.Proclitics.StartsWith('و')) return false;
        var before = phrase.First - 1;
        return before >= sentenceStart && text.ActorCovering[before] is var b and >= 0 && text.Actors[b] is { IsPlace: false, Adjectival: false } subject
               && subject.End == before + 1 && _syntax.Governing(text, subject) is null && !subject.Proclitics.StartsWith('و');
    }

    private bool ObjectPronounAt(EventText text, TriggerMatch m, int end)
    {
        for (var t = m.First + 1; t < Math.Min(end, m.End + 1); t++)
            if (language.IsCue("object_pronoun", text.Words[t])) return true;
        return false;
    }

    /// <summary>
    /// «قطع علاقاتها … وطرد»: an event joined by و to the one before it in its sentence; an event noun is joined so through
    /// the verb right before it that governs it when the event before is a noun too («وأعلنت السلطات حالة الطوارئ وفرضت حظر
    /// تجول»), unless the noun is definite:
    /// «ووصفت الاتهامات» names an act told before, not a new one of the subject.
    /// </summary>
    private bool IsCoordinated(EventText text, IReadOnlyList<DraftEvent> drafts, int index)
    {
        if (index == 0 || drafts[index - 1].Trigger.Sentence != drafts[index].Trigger.Sentence) return false;
        var m = drafts[index].Trigger;
        if (ClauseSyntax.HasConjunction(text, m.First)) return true;
        var verb = m.First - 1;
        // Two event nouns, each the object of its verb; after a verbal event («الذي هاجمه قراصنة ونفذوا هجمات») the verb
        // may be the relative clause's and carry a subject of its own.
        if (m.Verbal || drafts[index - 1].Trigger.Verbal || text.Words[m.First].IsDefinite || verb < drafts[index - 1].Trigger.End || text.Tokens[verb].Kind != Text.Tokenization.TokenKind.ArabicWord
            || !ClauseSyntax.HasConjunction(text, verb) || text.Words[verb].IsDefinite || text.ActorCovering[verb] >= 0 || language.CueForm("preposition", text.Words[verb]) is not null)
            return false;
        // Both in one clause: «الذي هاجمه قراصنة ونفذوا هجمات» coordinates with a relative clause's verb, not with the event before it.
        for (var t = drafts[index - 1].Trigger.End; t <= verb; t++)
            if (_syntax.IsClauseEnd(text, t) || text.IsComma(t)) return false;
        return true;
    }

    /// <summary>A one-word phrase with a possessive pronoun: the third person (ه، ها، هم: «قواته») or the one asked for («قواتنا»).</summary>
    private static bool HasPossessive(EventText text, ActorPhrase phrase, string? pronoun = null)
    {
        var key = text.Tokens[phrase.End - 1].Key;
        return phrase.End - phrase.First == 1 && key.Length > 4
            && (pronoun is not null ? key.EndsWith(pronoun, StringComparison.Ordinal)
                : key.EndsWith("ه", StringComparison.Ordinal) || key.EndsWith("ها", StringComparison.Ordinal) || key.EndsWith("هم", StringComparison.Ordinal))
            && text.Words[phrase.First].Forms.Count > 1;
    }

    /// <summary>Sectors whose unqualified nouns are the home state's own (its government, forces, courts, parties, envoys, press, people); not armed groups and hackers (REB), often foreign, nor refugees.</summary>
    private static readonly HashSet<string> HomeSectors = ["GOV", "MIL", "COP", "JUD", "LEG", "PTY", "SPY", "DIP", "MED", "HRI", "CRM", "CVL", "EDU", "HLH", "LAB"];

    /// <summary>
    /// The state an unqualified group noun belongs to: the nearest earlier state named in its sentence, else the first
    /// state the article names (its dateline or lead), as a reader takes «الشرطة» in a report from a country.
    /// </summary>
    private static string? HomeState(EventText text, ActorPhrase phrase)
    {
        var sentence = text.SentenceOf[phrase.First];
        for (var a = text.ActorCovering[phrase.First] - 1; a >= 0 && text.SentenceOf[text.Actors[a].First] == sentence; a--)
            if (text.Actors[a].Country is { } country && !Dateline.IsAgency(text, text.Actors[a])) return country;
        foreach (var actor in text.Actors)
            if (actor.Country is { } country && !Dateline.IsAgency(text, actor)) return country;
        return null;
    }

    /// <summary>
    /// The state of a common-noun participant: the first place or state named after it in its sentence (where the event
    /// happened), else (not for a hostile act) the nearest state named before it in its sentence, else the first state the
    /// article names.
    /// </summary>
    private string? StateOfCommonNoun(EventText text, ActorPhrase phrase, bool hostile)
    {
        if (StateNamedAfter(text, phrase) is { } after) return after;
        // «قصفت روسيا المستشفى», «قراصنة صوماليون … سفينة شحن»: what an attack hits is seldom its attacker's own; the state
        // named before it is the attacker's, so only a place after it tells where it was.
        if (hostile) return null;
        var sentence = text.SentenceOf[phrase.First];
        ActorPhrase? before = null;
        foreach (var actor in text.Actors)
            if (text.SentenceOf[actor.First] == sentence && actor.Country is not null && !Dateline.IsAgency(text, actor) && actor.End <= phrase.First)
                before = actor;
        if (before is not null) return before.Country;
        foreach (var actor in text.Actors)
            if (actor.Country is { } country && !Dateline.IsAgency(text, actor)) return country;
        return null;
    }

    /// <summary>
    /// The state of the first place or state named after a common noun in its sentence: where the event happened, or
    /// where an act it names goes («تسليم المطلوب إلى أنقرة»).
    /// </summary>
    private string? StateNamedAfter(EventText text, ActorPhrase phrase)
    {
        var sentence = text.SentenceOf[phrase.First];
        foreach (var actor in text.Actors)
        {
            if (text.SentenceOf[actor.First] != sentence || actor.Country is null || Dateline.IsAgency(text, actor) || actor.First < phrase.End) continue;
            // A lone nisba after it qualifies another noun («قبالة السواحل الصومالية»), and a body with its state («من قبل
            // الشرطة الأردنية») is an actor: only a place or a state's bare name tells where the event was.
            if (!actor.Adjectival && (actor.IsPlace || actor.EntityId?.StartsWith("gpe:", StringComparison.Ordinal) == true
                && !text.Words[actor.First].Forms.Any(language.ActorNouns.ContainsKey)))
                return actor.Country;
        }
        return null;
    }

    /// <summary>An attack, a cyberattack, a seizure or a threat: acts aimed at another party's people or property.</summary>
    private static bool Hostile(DraftEvent draft) =>
        draft.Type is PloverType.ASSAULT or PloverType.THREATEN || draft.Type == PloverType.COERCE && draft.Mode is "cyber" or "seize";

    private static ActorPhrase? NearestWithCountry(EventText text, ActorPhrase phrase)
    {
        for (var a = text.ActorCovering[phrase.First] - 1; a >= 0; a--)
            if (text.Actors[a].Country is not null && !text.Actors[a].Adjectival && !Dateline.IsAgency(text, text.Actors[a])) return text.Actors[a];
        return null;
    }

    /// <summary>The body members are named for: the nearest earlier actor that is neither a place, a lone nisba nor other members.</summary>
    private static ActorPhrase? NearestBody(EventText text, ActorPhrase members)
    {
        for (var a = text.ActorCovering[members.First] - 1; a >= 0; a--)
            if (text.Actors[a] is { IsPlace: false, Adjectival: false } body && body.Sector != "@body") return body;
        return null;
    }

    /// <summary>
    /// The phrase a bare definite group noun takes up: the nearest earlier phrase of the article headed by the same noun and
    /// named more fully — several words, an entity or a state («مجلس الأمن الدولي» … «المجلس», «مجموعة تطلق على نفسها» …
    /// «المجموعة», «الحكومة اليمنية» … «الحكومة») — as a reader resolves a definite noun to its last full mention; null when
    /// the article names none. Places, lone nisbas and pair, member or state nouns are no antecedents.
    /// </summary>
    private static ActorPhrase? NamedBefore(EventText text, ActorPhrase phrase)
    {
        var head = text.Words[phrase.First];
        if (phrase.End - phrase.First != 1 || !head.IsDefinite || phrase.Sector is null || phrase.Sector.StartsWith('@')) return null;
        for (var a = text.ActorCovering[phrase.First] - 1; a >= 0; a--)
        {
            var before = text.Actors[a];
            if (before.End > phrase.First || before.IsPlace || before.Adjectival || before.Sector?.StartsWith('@') == true) continue;
            if (before.End - before.First == 1 && before.EntityId is null && before.Country is null) continue;
            var first = text.Words[before.First];
            foreach (var form in head.Forms)
                if (form.Length >= 3 && !form.StartsWith("ال", StringComparison.Ordinal) && first.Has(form)) return before;
        }
        return null;
    }

    /// <summary>The actor of a phrase; a phrase standing for a state named earlier takes that state (in a quote, the speaker's).</summary>
    public static EventActor ToActor(EventText text, ActorPhrase phrase, DraftEvent draft)
    {
        // «عناصرها نهبوا»: members named by their body's pronoun are that body, the nearest actor named before them.
        if (phrase.Sector == "@body")
            return NearestBody(text, phrase) is { } body ? ToActor(text, body, draft) : phrase.ToActor() with { Sector = null };
        // «قواته», «طائراتها»: a collective noun with a possessive pronoun belongs to the actor named before it.
        if (phrase.Collective && phrase.Country is null && phrase.Sector != "@state" && HasPossessive(text, phrase))
        {
            var owner = NearestWithCountry(text, phrase);
            if (owner is not null) return new EventActor(owner.EntityId, phrase.Text, phrase.Span, owner.Country, phrase.Sector);
        }
        // «قواتنا», «حكومتنا» in a quote: a group noun the speaker owns (the first-person plural pronoun) is the speaker's state's.
        if (phrase.Collective && phrase.Country is null && phrase.Sector != "@state" && draft.SpeakerCountry is { } speaking && HasPossessive(text, phrase, "نا"))
            return phrase.ToActor() with { Country = speaking };
        // «وهدد المجلس» after «مجلس الأمن الدولي»: a bare definite group noun is the body the article named by that noun.
        if (phrase.Collective && phrase.Country is null && NamedBefore(text, phrase) is { } named)
            return ToActor(text, named, draft) with { Text = phrase.Text, Span = phrase.Span };
        // «السلطات», «قوات الأمن», «المحكمة» with no state named: the state the sentence, else the article, is about.
        if (phrase.Collective && phrase.Country is null && phrase.Sector is { } sector && HomeSectors.Contains(sector))
            return phrase.ToActor() with { Country = HomeState(text, phrase) };
        // «وقع البلدان»: a pair noun is the party named first (Resolve makes the other its target); with two states not
        // named it is nobody known.
        if (phrase.Sector == PairParties.Sector)
            return PairParties.Find(text, phrase) is var (first, _) ? ToActor(text, first, draft) : phrase.ToActor() with { Sector = null };
        if (phrase.Sector != "@state") return phrase.ToActor();
        var country = draft.SpeakerCountry;
        string? entity = null;
        if (country is null)
        {
            for (var a = text.ActorCovering[phrase.First] - 1; a >= 0; a--)
            {
                if (text.Actors[a].Country is null) continue;
                country = text.Actors[a].Country;
                entity = text.Actors[a].EntityId is { } id && id.StartsWith("gpe:", StringComparison.Ordinal) ? id : null;
                break;
            }
        }
        return new EventActor(entity, phrase.Text, phrase.Span, country, country is null ? null : "GOV");
    }
}
