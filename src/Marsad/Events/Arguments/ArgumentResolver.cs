using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// Finds the source and target of each event mention from the sentence's syntax, in text order, as a short sequence of
/// steps over <see cref="MentionArguments"/>, each handing its reading to a type of its own: the source is
/// <see cref="VerbSource"/>'s or <see cref="NounSource"/>'s step, the source given to the draft (the phrase's actor, or one
/// shared with another act of the sentence) <see cref="SourceAssignment"/>'s, the roles of an act received or a visit hosted
/// <see cref="ReceiverAndHost"/>'s, what the text's other acts decide <see cref="OtherActsRevision"/>'s; the target's
/// steps, and turning the phrases found into the draft's actors, run here, in the order they need:
/// <list type="bullet">
/// <item>Verb (<see cref="VerbSource"/>, through <see cref="SubjectSearch"/>): the subject after it (VSO: «اتهمت الرياض طهران»; in a pattern with a gap, within
/// the gap), else right before it (SVO: «الجزائر تتهم»; never for a verb opening with و, «انتقد الاتحاد إسرائيل ودعا»), else
/// the dropped subject (<see cref="DroppedSubject"/>): the source of the event it is coordinated with («قطعت … وطردت»), else
/// the nearest earlier actor of the sentence not governed by a preposition, else the last source of the previous sentence.
/// A complementiser's pronoun stands for the speaker or the main clause's subject (<see cref="ComplementPronoun"/>).</item>
/// <item>Event noun (<see cref="NounSource"/>, through <see cref="SubjectSearch.NominalSource"/>): the actor of its control word («قرار الجزائر قطع», «قررت
/// الرياض قطع»), its genitive («زيارة أردوغان»), a nisba after it («الهجمات الإيرانية»), or an agent phrase («من قبل», «تقف
/// خلفه إيران»).</item>
/// <item>Target: the first actor after the trigger marked the way its lexicon row says (a preposition, or the object:
/// <see cref="RecipientSearch"/>), else a common noun so marked (<see cref="NounRecipient"/>) and the actor it is for
/// (<see cref="ThingRecipient"/>); «بين X و Y» gives both (<see cref="BetweenParties"/>); the subject of a patient verb
/// («هجوم تعرضت له البلاد», «تعرضت البلاد لهجوم») is the target (<see cref="PatientConstruction"/>).</item>
/// <item>Agreement (<see cref="Agreement"/>, read in <see cref="VerbSource"/>): a feminine noun after a masculine verb, a masculine singular or sound plural noun
/// right after a feminine perfect, or any noun after a plural perfect, is the verb's object, not its subject («وطالب
/// السلطات», «وطالبت البنك», «وحثت المسؤولين», «وطالبوا الحكومة»); a complementiser's «ها» stands for no masculine-headed
/// actor. A verb carrying its object pronoun («واعتقلتهم الشرطة») has its subject after it, with no agreement test.</item>
/// </list>
/// A phrase becomes an actor through <see cref="ActorStates"/> (a phrase standing for a state named earlier, «البلاد»,
/// «بلاده», takes that state) and a common-noun recipient gets the state where the event happened
/// (<see cref="CommonNounState"/>). Actors joined by و are one compound, or a joint act's two parties
/// (<see cref="CoordinatedActors"/>). The clause readings all share are <see cref="ClauseSyntax"/>.
/// </summary>
public sealed class ArgumentResolver(EventLanguage language)
{
    private readonly VerbSource _verbSource = new(language);
    private readonly NounSource _nounSource = new(language);
    private readonly ReceiverAndHost _receiverAndHost = new(language);
    private readonly OtherActsRevision _otherActs = new(language);
    private readonly RecipientSearch _recipients = new(language);
    private readonly NounRecipient _nounRecipient = new(language);
    private readonly ThingRecipient _thing = new(language);
    private readonly CommonNounState _states = new(language);
    private readonly ArrivalReception _arrival = new(language);
    private readonly PatientConstruction _patient = new(language);
    private readonly BetweenParties _parties = new(language);
    private readonly ProtestGrievance _grievance = new(language);
    private readonly NonActorThing _nonActor = new(language);
    private readonly MeasureBearer _measure = new(language);
    private readonly SourceAssignment _source = new(language);

    public void Resolve(EventText text, IReadOnlyList<DraftEvent> drafts)
    {
        var isTrigger = new bool[text.Tokens.Count];
        foreach (var draft in drafts) isTrigger[draft.Trigger.First] = true;
        var draftAt = new Dictionary<int, DraftEvent>();
        foreach (var draft in drafts) draftAt.TryAdd(draft.Trigger.First, draft);
        for (var i = 0; i < drafts.Count; i++)
        {
            var s = new MentionArguments(text, drafts, i, isTrigger, draftAt);
            if (s.M.Verbal) _verbSource.Find(s);
            else _nounSource.Find(s);
            FindTarget(s);
            _receiverAndHost.Read(s);
            FallBackTarget(s);
            _source.Assign(s);
            AssignTarget(s);
            _otherActs.Revise(s);
        }
    }

    /// <summary>The recipient named right after the trigger or in its pattern.</summary>
    private void FindTarget(MentionArguments s)
    {
        var (text, m, draft, sentenceStart, end, isTrigger) = (s.Text, s.M, s.Draft, s.SentenceStart, s.End, s.IsTrigger);
        // «بين X و Y»: both parties; «أجرت القوات السعودية والمصرية مناورات»: a joint act's second subject is the other party.
        // «تعرضت البلاد لهجوم»: the one who underwent the event is its target before any phrase after the noun.
        s.Target = s.Parties?.Second ?? s.PassivePatient ?? _patient.Patient(text, m, sentenceStart, end, isTrigger)
            ?? _recipients.OwnObject(text, m, s.Source, s.PronounSubject is not null) ?? CoordinatedActors.JointPartner(text, m.Entry, s.Source)
            ?? _recipients.FindTarget(text, draft, s.TargetFrom, end, isTrigger, ref s.Source, s.DraftAt);
        s.Target ??= _nounRecipient.ObjectNoun(text, m, s.TargetFrom, end, isTrigger, s.Source);
        // «وصل الرئيس الفرنسي إلى الرياض، واستقبله ولي العهد»: the one received is the one who arrived (ArrivalReception).
        s.Target ??= _arrival.Visitor(text, m, sentenceStart, isTrigger);
        // «رفع العقوبات الأميركية على إيران»: an imposed measure acts on whom it bears on (MeasureBearer).
        s.Target ??= _measure.Bearer(text, m, end, isTrigger, s.Source);
        // «وصل وزير الخارجية … إلى القاهرة في زيارة»: a pattern with a long gap (~~) shows its first word alone, and its
        // recipient stands in the gap, before the pattern's last words.
        if (s.Target is null && m.SpanEnd < m.End)
        {
            var gapFrom = Math.Max(m.SpanEnd, s.Source?.End ?? 0);
            s.Target = _recipients.FindTarget(text, draft, gapFrom, m.End, isTrigger, ref s.Source)
                ?? _nounRecipient.ObjectNoun(text, m, gapFrom, m.End, isTrigger, s.Source);
        }
        // «أن تركيا سمحت للولايات المتحدة بشن غارات»: a short gap after a verb pattern's first word, shown inside the
        // trigger, may hold the recipient too, after the preposition the lexicon row marks it with. Not a phrase standing
        // bare in the gap, which may be the subject («وجهت لها الحكومة ضربات»), nor the genitive after an event noun,
        // which is its doer («لدعوة الخميني إلى»). So may the gap after a noun pattern's first word («وافقت على السماح
        // لطائرات فرنسية بشن غارات»): only a marked phrase counts there too.
        else if (s.Target is null && PatternGap.GapAfterFirstWord(m) is var gapEnd and >= 0)
            s.Target = _recipients.FindTarget(text, draft, Math.Max(m.First + 1, s.Source?.End ?? 0), gapEnd, isTrigger, ref s.Source, governedOnly: true)
                // «وطالب المؤتمر الحكومة العراقية بالإفراج»: a bare phrase in the gap that could not be the verb's subject is its object.
                ?? s.GapObject;
    }

    /// <summary>
    /// With no recipient found yet, the weaker readings in turn; then an envoy's accreditation, the actor a thing is for,
    /// and no recipient that names no participant.
    /// </summary>
    private void FallBackTarget(MentionArguments s)
    {
        var (text, m, draft, end, isTrigger) = (s.Text, s.M, s.Draft, s.End, s.IsTrigger);
        var source = s.Source;
        var target = s.Target;
        target ??= _recipients.PronounDoersObject(text, m, end, source);
        target ??= _thing.ThingInPattern(text, m, end, isTrigger, source);
        target ??= _nounRecipient.MarkedNoun(text, m, s.TargetFrom, end, isTrigger);
        target ??= _nounRecipient.AimedAt(text, draft, end, isTrigger, source);
        target ??= _grievance.Target(text, m, end);
        target ??= _grievance.Site(text, m, end);
        target ??= _nounRecipient.PlaceTarget(text, m, s.TargetFrom, end, isTrigger);
        // «أرسلت أنقرة طائرات إلى الحدود السورية»: a deployment's border is where it goes, not whom it faces.
        if (m.Entry.Type == PloverType.MOBILIZE && target is not null && language.IsCue("border", text.Words[target.First])) target = null;
        // «استدعت سفيرها لدى طهران»: an envoy of no named state is the actor's own; the state he is accredited to is the recipient.
        if (target is null or { Collective: true, Country: null, Sector: "DIP" }) target = _recipients.AccreditedState(text, m, end) ?? target;
        if (target is { EntityId: null, Country: null, Sector: null, IsPlace: false } thing)
            target = _thing.ActorOfThing(text, thing, end, isTrigger, source) ?? thing;
        // «دعم التنسيق», «رفض الاتفاق»: an act or abstract object (NonActorThing) is no recipient, unless a place or state
        // named after it says where it goes («تسليم المطلوب إلى أنقرة»: it keeps that state, StateOfCommonNoun); what it
        // would borrow from before it, the source's own, it does not. A place the clause names may still be the target
        // (PlaceTarget), as PLOVER codes where the act fell. A phrase naming nothing (a function word, a verb, a
        // circumstantial participle: NonActorThing.IsJunk) is no recipient either, nor one joined by و to what came before
        // («خطفه وضربه»: NonActorThing.IsConjunct). A weapon or explosive device is what the act was done with, wherever it
        // went («فجر انتحاري حزاماً ناسفاً في سوق»: NonActorThing.IsInstrument); with no doer found it stays, the one
        // participant that keeps the event («تمت مصادرة أسلحة»).
        if (target is { EntityId: null, Country: null, Sector: null, IsPlace: false } left
            && (_nonActor.IsJunk(text, left) || _nonActor.IsConjunct(text, left) || source is not null && _nonActor.IsInstrument(text, left)
                || _nonActor.IsAct(text, left) && _states.StateNamedAfter(text, left) is null))
            target = _nounRecipient.PlaceTarget(text, m, s.TargetFrom, end, isTrigger);

        // «وثمن محلب العلاقات بين بلاده وفرنسا»: the relation's party that is not the source's own state (BetweenParties);
        // the relation noun itself, an abstract object, was dropped above.
        if (target is null && s.Parties is null && source is not null)
            target = _parties.OtherOfSource(text, s.TargetFrom, end, isTrigger, ActorStates.ToActor(text, source, draft).Country);
        // The receiver is the recipient; whatever phrase the target search found is not.
        if (s.PronounReceiver is not null) target = null;
        // «وتتهم بريطانيا وفرنسا», «مساعدات سعودية وإماراتية»: actors joined by و are one compound actor, as PLOVER and both
        // development sets code them, except in a joint act, whose second conjunct is the other party (JointPartner).
        var joint = m.Entry.TargetMarks.Contains("مع") || m.Entry.TargetMarks.Contains("بين");
        if (!joint && source is not null) source = CoordinatedActors.WithConjuncts(text, source, target);
        if (!joint && target is not null) target = CoordinatedActors.WithConjuncts(text, target, source);
        s.Source = source;
        s.Target = target;
    }

    /// <summary>The event's target: the receiver, a detached or owner's pronoun's, the phrase found (in its state), a pair's other party.</summary>
    private void AssignTarget(MentionArguments s)
    {
        var (text, m, draft, end) = (s.Text, s.M, s.Draft, s.End);
        var target = s.Target;
        if (s.PronounReceiver is not null) draft.Target = s.PronounReceiver;
        // «أغلقت السلطات مكاتب صحيفة …، متهمة إياها»: a detached object pronoun (arguments.tsv, object_pronoun) in or right
        // after the trigger stands for what the sentence's first event acted on.
        else if (target is null && _recipients.ObjectPronounAt(text, m, end))
            draft.Target = s.Earlier.FirstOrDefault(d => d.Trigger.Sentence == m.Sentence && d.Target is not null)?.Target;
        // «فرض حظراً على سفر ستة مسؤولين، وجمد أصولهم»: assets named by their owner's pronoun belong to whom the sentence
        // acted on last.
        else if (target is null && _thing.OwnedByPronoun(text, m))
            draft.Target = s.Earlier.LastOrDefault(d => d.Trigger.Sentence == m.Sentence && d.Target is not null)?.Target;
        if (target is not null)
        {
            draft.TargetPhrase = target;
            draft.Target = ActorStates.ToActor(text, target, draft);
            // «خطف التنظيم 230 مدنيا … في محافظة حمص», «مقتل شرطي» in a report from Kashmir: people or things named by a
            // common noun with no state belong to the state where the event happens, as PLOVER codes «civilians».
            if (target is { EntityId: null, Country: null, Sector: null, IsPlace: false })
                draft.Target = draft.Target with { Country = _states.StateOfCommonNoun(text, target, CommonNounState.Hostile(draft)) };
            // «قتلت قوات الأمن المصرية 6 إرهابيين»: insurgents a state's security bodies act on are in that state (CommonNounState).
            else if (target is { EntityId: null, Country: null, Sector: "REB", IsPlace: false } && draft.Target.Country is null)
                draft.Target = draft.Target with { Country = _states.StateOfArmedGroup(text, target, draft.Source) };
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
            draft.Target = ActorStates.ToActor(text, other, draft);
        }
    }
}

