using Marsad.Entities;

namespace Marsad.Events;

/// <summary>
/// Joins the mentions of one event within an article (analysts object most to double counting): a mention joins an earlier
/// event of the same type when their modes, sources, targets and dates agree where both are known, a mention bringing a
/// participant shows it tells the same happening (<c>Group.SameHappening</c>) — one naming nobody, far from the events of
/// its type, joins the only one that takes it and none when two would —, and they are not two
/// verbs of different CAMEO kinds in one sentence or with objects of their own, nor a first step named after a preposition of
/// the step before («عقب استيلائهم على المدينة») with the act it precedes in its sentence, nor an act stated anew after a passive
/// auxiliary («كما تم اعتقال صحفيين», auxiliaries.tsv) with an object of its own, nor one called another of its kind
/// («بتفجير مماثل», arguments.tsv `another`; an act told in that one's sentence joins it first), nor an assault set in
/// another state than one of its mentions, nor a verb told in the other tense in another sentence (<see cref="VerbTense"/>:
/// «تنفذ طائرات ضربات في البلاد» is a habit, «ونفذت الضربة صباح اليوم» a deed); the event takes
/// what the mention adds (an actor, a date, a place, a context, a mode — not the mode of a harm of its own kind,
/// <c>Group.LendsNoMode</c>). A denial in a later mention makes the event denied
/// (unless it denies an accusation's content or the doer's part in an attack named again); otherwise it keeps the
/// modality of its first mention. Ids are e1, e2… in text order of first mention.
/// </summary>
public sealed class MentionMerger(Lexicon.EventLanguage language)
{
    private readonly Arguments.ClauseSyntax _syntax = new(language);

    public IReadOnlyList<Event> Merge(EventText text, IReadOnlyList<DraftEvent> drafts)
    {
        var groups = new List<Group>();
        foreach (var draft in drafts)
        {
            var tense = VerbTenses.Of(text, draft);
            var statedAnew = AfterAuxiliary(text, draft.Trigger);
            // A mention that names an attack again belongs to that attack, whoever a claim beside it names as the doer;
            // one called another of its kind («بتفجير مماثل») is a happening of its own.
            var another = AnotherOfItsKind(text, draft.Trigger);
            var priorStep = PriorStep(text, draft);
            bool Takes(Group g) => g.Accepts(draft, tense) && !(priorStep && g.InSentence(draft.Trigger.Sentence));
            // «وفي يوم الاثنين 2 مارس …» in a diary of a leader's days: a sentence opening with its own time is a new setting,
            // and standing next to an event's sentence is then no evidence of telling its happening again.
            var newSetting = _syntax.OpensWithTime(text, draft.Trigger.Sentence);
            bool Joins(Group g) => Takes(g) && g.SameHappening(text, draft, newSetting) && !(statedAnew && g.HasOtherObject(draft));
            var group = another ? null
                        : (draft.Anaphoric ? groups.FirstOrDefault(g => g.Type == draft.Type && g.Mode == draft.Mode) : null)
                        ?? AnotherInSentence(groups, draft).FirstOrDefault(Joins)
                        ?? (NamesNobody(draft) && NamesAgain(text, draft) ? LastNamedBy(text, draft, groups.Where(Joins).ToList()) : groups.FirstOrDefault(Joins));
            if (group is null && !another && NamesNobody(draft))
            {
                // A mention that names nobody, far from every event of its type and naming none again by its word
                // («القتال», «الهجمات على الصحافيين» in a long report), belongs to the one event that takes it; when two or
                // more would, nothing tells which, and it is left to none rather than guessed.
                var takers = groups.Where(Takes).Take(2).ToList();
                if (takers.Count == 2) continue;
                group = takers.FirstOrDefault();
            }
            if (group is null) groups.Add(new Group(draft, tense) { Another = another });
            else group.Add(draft, tense);
        }
        // An event is coded when the text names who did it or to whom (EVENTS_README §4.1): a mention with no participant
        // counts only when its sentence names some actor («اللقاء الودي» in a sports report, «لتناقش» of films name none).
        // A protest verb («وتظاهر الآلاف», «اعتصم المئات») names its doers, a crowd no actor phrase reads.
        groups.RemoveAll(g => g.Source is null && g.Target is null && !g.InActorSentence(text) && !g.ProtestVerb);
        // A visit with nobody visited or received in any of its mentions is not one (استقبلت عمّان لاجئين).
        groups.RemoveAll(g => g.Type == PloverType.CONSULT && g.Mode == "visit" && (g.Target is null || IsBareNoun(g.Target)));
        var events = new List<Event>(groups.Count);
        for (var i = 0; i < groups.Count; i++) events.Add(groups[i].ToEvent("e" + (i + 1), text));
        return events;
    }

    /// <summary>
    /// «تعرضت القرية لهجوم مماثل عندما قتل مسلحون …»: an act told in the sentence of one called another of its kind
    /// belongs to that other happening first, not to the earlier one it is likened to.
    /// </summary>
    private static IEnumerable<Group> AnotherInSentence(List<Group> groups, DraftEvent draft) =>
        groups.Where(g => g.Another && g.InSentence(draft.Trigger.Sentence));

    /// <summary>
    /// A definite noun that names no participant («وذكر بيان أن الاجتماع استمر ثلاث ساعات») has only its word and its place to
    /// tell which of the article's happenings it tells again: of the events that take it, those with a mention of its word
    /// (the same trigger entry or a shared lookup form: «اجتماعا» … «الاجتماع») come first, and of those the one told last
    /// before it — not the article's first event of its type («التقى الرئيس المصري …» before «اجتمع قائد الجيش السوداني …»).
    /// </summary>
    private static Group? LastNamedBy(EventText text, DraftEvent draft, List<Group> joinable)
    {
        var sameWord = joinable.Where(g => g.UsesWordOf(text, draft)).ToList();
        return (sameWord.Count > 0 ? sameWord : joinable).MaxBy(g => g.LastMentionBefore(draft));
    }

    private static bool NamesNobody(DraftEvent draft) => draft.Source is null && draft.Target is null;

    /// <summary>
    /// «دمرها متشددون عقب استيلائهم على المدينة», «خطف التنظيم مدنيين بعد استيلائه على البلدة»: an act noun after a
    /// preposition of the step before another act (arguments.tsv, prior_step) on a participant of that act is its first
    /// step (<see cref="PriorStepDate.OnItsParticipant"/>), another act than the one it precedes: it joins no event told in
    /// its sentence. A bare noun there («بعد هجوم») may be the happening the act is part of and is left to the other ties.
    /// </summary>
    private bool PriorStep(EventText text, DraftEvent draft)
    {
        var sentence = text.Sentences[draft.Trigger.Sentence];
        return !draft.Trigger.Verbal && _syntax.AfterPriorStep(text, draft.Trigger, sentence.FirstToken)
               && PriorStepDate.OnItsParticipant(text, draft.Trigger, sentence.EndToken);
    }

    /// <summary>A definite noun («الاجتماع») names a happening told before; an indefinite one («عقد لقاء») or a verb may tell a new one.</summary>
    private static bool NamesAgain(EventText text, DraftEvent draft) => !draft.Trigger.Verbal && text.Words[draft.Trigger.First].IsDefinite;

    /// <summary>«وتم اعتقال», «يتم ترحيل»: the trigger's noun is the predicate of a passive auxiliary right before it.</summary>
    private bool AfterAuxiliary(EventText text, TriggerMatch trigger)
    {
        var t = trigger.First - 1;
        if (t < text.Sentences[trigger.Sentence].FirstToken) return false;
        return language.IsPassiveAuxiliary(text.Words[t]);
    }

    /// <summary>«قتل شخص بتفجير مماثل», «غارات جديدة»: the word right after the trigger calls it another of its kind
    /// (arguments.tsv, another).</summary>
    private bool AnotherOfItsKind(EventText text, TriggerMatch trigger)
    {
        var next = Arguments.ClauseSyntax.NextWord(text, trigger.End, text.Sentences[trigger.Sentence].EndToken);
        return next < text.Sentences[trigger.Sentence].EndToken && language.IsCue("another", text.Words[next]);
    }

    /// <summary>An object named by a plain noun («مواقع», «الدولة»): no entity and no state, so it identifies nothing to conflict with.</summary>
    private static bool IsBareNoun(EventActor actor) => actor.EntityId is null && actor.Country is null;

    private sealed class Group(DraftEvent first, VerbTense firstTense)
    {
        private readonly List<DraftEvent> _drafts = [first];
        private readonly List<VerbTense> _tenses = [firstTense];
        private bool _sourceInferred = first.SourceInferred;

        public PloverType Type { get; } = first.Type;

        /// <summary>The event's first mention calls it another of its kind («بهجوم مماثل»).</summary>
        public bool Another { get; init; }

        public bool InSentence(int sentence) => _drafts.Any(d => d.Trigger.Sentence == sentence);

        /// <summary>The first word of the last of the event's mentions before <paramref name="draft"/>'s trigger.</summary>
        public int LastMentionBefore(DraftEvent draft) =>
            _drafts.Where(d => d.Trigger.First < draft.Trigger.First).Select(d => d.Trigger.First).DefaultIfEmpty(-1).Max();

        /// <summary>A mention of the event is of <paramref name="draft"/>'s trigger entry or shares a lookup form with its first word.</summary>
        public bool UsesWordOf(EventText text, DraftEvent draft) =>
            _drafts.Any(d => d.Trigger.Entry == draft.Trigger.Entry || SharesForm(text, d, draft));

        public string? Mode { get; private set; } = first.Mode;
        public string? Cameo { get; private set; } = first.Cameo;
        public EventActor? Source { get; private set; } = first.Source;
        public EventActor? Target { get; private set; } = first.Target;
        public string? Date { get; private set; } = first.Date;
        public EventLocation? Location { get; private set; } = first.Location;
        public EventModality Modality { get; private set; } = first.Modality;
        public EventAttribution? AttributedTo { get; private set; } = first.AttributedTo;

        public bool ProtestVerb => Type == PloverType.PROTEST && _drafts.Any(d => d.Trigger.Verbal);

        public bool InActorSentence(EventText text) =>
            _drafts.Any(d => text.Actors.Any(a => !a.Collective && !a.IsPlace && text.Sentences[d.Trigger.Sentence].Span.Contains(a.Span)));

        public bool Accepts(DraftEvent draft, VerbTense tense) =>
            draft.Type == Type
            && (draft.Mode is null || Mode is null || draft.Mode == Mode)
            && Compatible(Source, draft.Source) && Compatible(Target, draft.Target)
            && !(draft.InRelativeClause && _drafts.Any(d => d.Trigger.Sentence == draft.Trigger.Sentence))
            // Two verbs naming different kinds of act are two acts when they share a sentence («فرض … حظراً على سفر …، وجمد
            // أصولهم») or each has its own object («اقتحمت مستشفى … نهبوا الأدوية»): an act is named again by its noun, or
            // by a verb of the same kind («قبضت على … واعتقلت»).
            && !_drafts.Any(d => (d.Trigger.Sentence == draft.Trigger.Sentence || OwnObjects(d, draft)) && DistinctActs(d, draft))
            // An assault set in another state than a mention of the event («تفجيران في نيجيريا» … «هجوما في النيجر») is
            // another happening; the place by a meeting, a sanction or a visit often names its topic or where it was said.
            && !(Type == PloverType.ASSAULT && _drafts.Any(d => Elsewhere(d, draft)))
            && !OtherTense(draft, tense)
            && (draft.Date is null || Date is null || draft.Date.StartsWith(Date, StringComparison.Ordinal) || Date.StartsWith(draft.Date, StringComparison.Ordinal))
            // Source of one is the target of the other: two events («Iran attacked Albania», «Albania attacked Iran»).
            && !(Source is not null && draft.Target is not null && Source.SameAs(draft.Target) && (Target is null || draft.Source is null));

        /// <summary>
        /// Agreement where both are known is no proof when a participant is missing on one side: «بالسجن» with no doer is not
        /// the arrest two sentences up, nor «خطفه» the attacks. A mention that names a doer and an object, each agreeing with
        /// the event's, joins on that, and one that names nobody only as an attack named again (<c>DraftEvent.Anaphoric</c>);
        /// otherwise it needs positive evidence of the same happening: it stands in a sentence of the event or the next
        /// one (unless that one opens with a time of its own, <paramref name="newSetting"/>), it names the event again by a definite noun of a word one of its mentions used («هجوما» … «الهجوم»), it
        /// bears the event's own date, or it names one of the event's actors. A mention naming nobody with none of that
        /// evidence joins the only event that takes it, none when two or more would (<see cref="Merge"/>).
        /// </summary>
        public bool SameHappening(EventText text, DraftEvent draft, bool newSetting) =>
            (Source is not null && draft.Source is not null && Target is not null && draft.Target is not null)
            || (NamesNobody(draft) && draft.Anaphoric)
            || _drafts.Any(d => draft.Trigger.Sentence - d.Trigger.Sentence == 0 || (!newSetting && draft.Trigger.Sentence - d.Trigger.Sentence == 1))
            || NamedAgain(text, draft)
            || (Date is not null && draft.Date == Date)
            || SharesActor(Source, draft.Source) || SharesActor(Target, draft.Target);

        /// <summary>A definite event noun («الهجوم», «العملية») sharing a lookup form with the first word of a mention's trigger.</summary>
        private bool NamedAgain(EventText text, DraftEvent draft)
        {
            if (draft.Trigger.Verbal) return false;
            var word = text.Words[draft.Trigger.First];
            if (!word.IsDefinite) return false;
            return _drafts.Any(d => d.Trigger.Entry == draft.Trigger.Entry && !d.Trigger.Verbal || SharesForm(text, d, draft));
        }

        private static bool SharesForm(EventText text, DraftEvent a, DraftEvent b) =>
            text.Words[a.Trigger.First].Forms.Intersect(text.Words[b.Trigger.First].Forms, StringComparer.Ordinal).Any();

        /// <summary>Both name an actor that identifies someone (an entity or a state) and it is the same one.</summary>
        private static bool SharesActor(EventActor? a, EventActor? b) =>
            a is not null && b is not null && !IsBareNoun(a) && !IsBareNoun(b) && Compatible(a, b);

        /// <summary>
        /// Two verbs, each in the active voice and of a named kind (a mode), with different CAMEO codes: the sentence
        /// tells two acts. A passive harm («قُتل … في غارة استهدفت») or a verb of no named kind («استهدفت») may restate one.
        /// </summary>
        private static bool DistinctActs(DraftEvent a, DraftEvent b) =>
            a.Trigger.First != b.Trigger.First && Named(a) && Named(b) && a.Cameo != b.Cameo;

        /// <summary>
        /// A verb of the event in another sentence is in the other tense: a perfect («ونفذت الضربة الجوية صباح اليوم») tells
        /// a deed, an imperfect («وما زالت الطائرات تنفذ ضربات», «يشنون هجومهم السنوي», «نرحب بأي تحرك») a habit, a stance
        /// or a deed to come, not that deed told again.
        /// </summary>
        private bool OtherTense(DraftEvent draft, VerbTense tense)
        {
            // «اتهمت ألبانيا إيران …» … «وتتهم ألبانيا إيران بـ…»: a mention naming the event's doer and object again is that
            // act whatever its tense, news telling a stance in the present.
            if (tense == VerbTense.None || (SharesActor(Source, draft.Source) && SharesActor(Target, draft.Target))) return false;
            for (var i = 0; i < _drafts.Count; i++)
                if (_tenses[i] != VerbTense.None && _tenses[i] != tense && _drafts[i].Trigger.Sentence != draft.Trigger.Sentence) return true;
            return false;
        }

        /// <summary>
        /// An abduction, a torture, a beating, a killing of a chosen person or a destruction of property is a harm of its own
        /// kind, not a manner of carrying out another: when such a mention joins an assault named without a mode, the event
        /// does not take its mode («قتلوا الحارس وخطفوا المهندس» is no abduction of the guard; the fighting of «الاشتباكات»
        /// is not the destruction a later «دمرت» tells). A weapon or a way of striking (explosives, firearms, aerial…) still
        /// tells how an attack named without one was carried out, and is taken («هجوم» … «التفجير»).
        /// </summary>
        private bool LendsNoMode(DraftEvent draft) =>
            Type == PloverType.ASSAULT && Mode is null && draft.Mode is "abduct" or "torture" or "beat" or "targeted" or "destroy";

        /// <summary>Both mentions are set in a place whose state is known, and the states differ.</summary>
        private static bool Elsewhere(DraftEvent a, DraftEvent b) =>
            a.LocationCountry is not null && b.LocationCountry is not null && a.LocationCountry != b.LocationCountry;

        /// <summary>A mention of the event names an object other than <paramref name="draft"/>'s.</summary>
        public bool HasOtherObject(DraftEvent draft) => _drafts.Any(d => OwnObjects(d, draft));

        private static bool OwnObjects(DraftEvent a, DraftEvent b) =>
            a.Target is not null && b.Target is not null && !a.Target.SameAs(b.Target) && a.Target.Text != b.Target.Text;

        private static bool Named(DraftEvent d) => d.Trigger.Verbal && !d.Trigger.Passive && d.Mode is not null && d.Cameo is not null;

        public void Add(DraftEvent draft, VerbTense tense)
        {
            _drafts.Add(draft);
            _tenses.Add(tense);
            if (!LendsNoMode(draft))
            {
                Mode ??= draft.Mode;
                if (Cameo is null || (draft.Mode is not null && Cameo == _drafts[0].Cameo && _drafts[0].Mode is null)) Cameo = draft.Cameo ?? Cameo;
            }
            // A doer named only by a later claim («مجموعة … وراء الهجوم») makes the event as uncertain as the claim.
            if (Source is null && draft.Source is not null && draft.Anaphoric && draft.Modality.Rank() > Modality.Rank() && draft.Modality == EventModality.Alleged)
                Modality = EventModality.Alleged;
            if (draft.Source is not null && TakesSource(draft))
            {
                Source = draft.Source;
                _sourceInferred = draft.SourceInferred;
            }
            if (Target is null || (Target.EntityId is null && draft.Target?.EntityId is not null)) Target = draft.Target ?? Target;
            // A mention that names the attack again («وردا على الهجوم») is dated by its own sentence, not by the attack.
            if (!draft.Anaphoric && (Date is null || (draft.Date is not null && draft.Date.Length > Date.Length))) Date = draft.Date ?? Date;
            Location ??= draft.Location;
            if (!draft.Anaphoric) AttributedTo ??= draft.AttributedTo;
            // «نفت السفارة أي علاقة لموسكو بالهجوم» denies the doer's part, not that the attack happened; «نفت … الاتهامات»
            // denies what is alleged, not that the accusation was made.
            if (draft.Modality == EventModality.Denied && !draft.Anaphoric && !(Type == PloverType.ACCUSE && Mode == "allege")) Modality = EventModality.Denied;
        }

        /// <summary>
        /// The mention's source replaces the event's when the event has none, when it is written in the mention's own clause
        /// and the event's was only inferred from an earlier clause (a dropped subject), unless a named actor would give way
        /// to a plain noun, or when it names an actor the event's plain noun did not; an inferred source never displaces a
        /// written one.
        /// </summary>
        private bool TakesSource(DraftEvent draft)
        {
            if (Source is null) return true;
            if (draft.SourceInferred) return false;
            var named = draft.Source!.EntityId is not null;
            return (_sourceInferred && (named || Source.EntityId is null)) || (Source.EntityId is null && named);
        }

        public Event ToEvent(string id, EventText text)
        {
            var contexts = _drafts.SelectMany(d => d.Contexts).Distinct(StringComparer.Ordinal).ToArray();
            var mentions = _drafts.Select(d =>
            {
                var span = text.Span(d.Trigger.First, d.Trigger.SpanEnd);
                return new EventMention(span.Slice(text.Text), span, text.Sentences[d.Trigger.Sentence].Span);
            }).ToArray();
            return new Event(id, Type, Mode, Cameo, contexts, Modality, AttributedTo, Source, Target, Location, Date, mentions);
        }

        // A state and its government's people are one actor for merging («قطعت الجزائر العلاقات», «تبون … قطع العلاقات»).
        private static bool Compatible(EventActor? a, EventActor? b) =>
            a is null || b is null || IsBareNoun(a) || IsBareNoun(b) || a.SameAs(b) || (a.Country is not null && a.Country == b.Country && (IsState(a) || IsState(b)) && a.Sector == b.Sector);

        private static bool IsState(EventActor actor) => EntityId.Is(actor.EntityId, EntityType.GPE);
    }
}
