namespace Marsad.Events;

/// <summary>
/// Joins the mentions of one event within an article (analysts object most to double counting): a mention joins an earlier
/// event of the same type when their modes, sources, targets and dates agree where both are known, and they are not two
/// verbs of different CAMEO kinds in one sentence or with objects of their own, nor an act stated anew after a passive
/// auxiliary («كما تم اعتقال صحفيين», auxiliaries.tsv) with an object of its own; the event takes
/// what the mention adds (an actor, a date, a place, a context). A denial in a later mention makes the event denied
/// (unless it denies an accusation's content or the doer's part in an attack named again); otherwise it keeps the
/// modality of its first mention. A noun of the act with no doer, date or object of its own joins the nearest earlier event
/// of its kind; with none, a definite one is no event unless a later mention with evidence joins it. Ids are e1, e2… in text order of first mention.
/// </summary>
public sealed class MentionMerger(Lexicon.EventLanguage language)
{
    public IReadOnlyList<Event> Merge(EventText text, IReadOnlyList<DraftEvent> drafts)
    {
        var groups = new List<Group>();
        foreach (var draft in drafts)
        {
            var statedAnew = AfterAuxiliary(text, draft.Trigger);
            var definite = Definite(text, draft.Trigger);
            // A mention that names an attack again belongs to that attack, whoever a claim beside it names as the doer.
            var group = (draft.Anaphoric ? groups.FirstOrDefault(g => g.Type == draft.Type && g.Mode == draft.Mode) : null)
                        ?? groups.FirstOrDefault(g => g.Accepts(draft, definite) && !(statedAnew && g.HasOtherObject(draft)));
            // A noun of the act that names no doer, object or date of its own («الهجوم», «المفاوضات», «اجتماع») has no
            // evidence of being an act of its own: it refers back to the nearest earlier event of its kind. With none, an
            // indefinite noun introduces an act («بعد تحقيق في هجوم»), while a definite one names an act the reader is meant
            // to know: it stands for an act only if a later mention with evidence tells the same act («الهجمات الإلكترونية» …
            // «الهجوم الإلكتروني الذي تعرضت له بلادنا»), otherwise it is talk about such acts («إن المفاوضات صعبة»).
            var generic = Generic(draft, definite);
            if (group is null && generic) group = groups.LastOrDefault(g => g.Agrees(draft));
            if (group is null) groups.Add(new Group(draft) { Tentative = generic && definite });
            else
            {
                group.Add(draft);
                if (!generic) group.Tentative = false;
            }
        }
        groups.RemoveAll(g => g.Tentative);
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

    /// <summary>«وتم اعتقال», «يتم ترحيل»: the trigger's noun is the predicate of a passive auxiliary right before it.</summary>
    private bool AfterAuxiliary(EventText text, TriggerMatch trigger)
    {
        var t = trigger.First - 1;
        if (t < text.Sentences[trigger.Sentence].FirstToken) return false;
        var forms = text.Words[t].Forms;
        for (var f = 0; f < forms.Count; f++)
            if (language.PassiveAuxiliaries.Contains(forms[f])) return true;
        return false;
    }

    /// <summary>
    /// A word of the trigger carries the article («الهجوم الإلكتروني», «قطع العلاقات», «هجمات السايبر»): the act is one the
    /// reader already knows. «غارات جوية», «لهجوم» name a further one. Any candidate segmentation counts (so «إلكتروني»
    /// reads as definite too); <see cref="WordForms.IsDefinite"/>, the segmenter's one reading, was tried and split the
    /// seed's one cyberattack («هجوم إلكتروني في يوليو») from its event.
    /// </summary>
    private static bool Definite(EventText text, TriggerMatch trigger)
    {
        foreach (var t in trigger.WordTokens)
        {
            var word = text.Words[t];
            for (var f = 0; f < word.Forms.Count; f++)
                if (word.Prefixes[f].EndsWith("ال", StringComparison.Ordinal)) return true;
        }
        return false;
    }

    /// <summary>
    /// A noun of an act that names no doer, no date and no object of its own: nothing says it is a further act. A plain-noun
    /// "object" after a definite noun counts as none («القتال الدائر», «التفجير الهائل»: the noun names an act the reader
    /// knows, and the word after it is more often its modifier), while an indefinite noun with an object («بقصف مناطق
    /// سكانية», «مصادرة منزل») introduces an act of its own.
    /// </summary>
    private static bool Generic(DraftEvent draft, bool definite) =>
        !draft.Trigger.Verbal && draft.Date is null && draft.Source is null
        && (draft.Target is null || (definite && IsBareNoun(draft.Target)));

    /// <summary>An object named by a plain noun («مواقع», «الدولة»): no entity and no state, so it identifies nothing to conflict with.</summary>
    private static bool IsBareNoun(EventActor actor) => actor.EntityId is null && actor.Country is null;

    private sealed class Group(DraftEvent first)
    {
        private readonly List<DraftEvent> _drafts = [first];
        private bool _sourceInferred = first.SourceInferred;

        public PloverType Type { get; } = first.Type;
        public string? Mode { get; private set; } = first.Mode;
        public string? Cameo { get; private set; } = first.Cameo;
        public EventActor? Source { get; private set; } = first.Source;
        public EventActor? Target { get; private set; } = first.Target;
        public string? Date { get; private set; } = first.Date;
        public EventLocation? Location { get; private set; } = first.Location;
        public EventModality Modality { get; private set; } = first.Modality;
        public EventAttribution? AttributedTo { get; private set; } = first.AttributedTo;

        /// <summary>Begun by a definite bare noun of the act (<see cref="Generic"/>) and joined by no mention with evidence yet.</summary>
        public bool Tentative { get; set; }

        public bool ProtestVerb => Type == PloverType.PROTEST && _drafts.Any(d => d.Trigger.Verbal);

        public bool InActorSentence(EventText text) =>
            _drafts.Any(d => text.Actors.Any(a => !a.Collective && !a.IsPlace && text.Sentences[d.Trigger.Sentence].Span.Contains(a.Span)));

        public bool Accepts(DraftEvent draft, bool definite) => Agrees(draft) && SameAct(draft, definite);

        /// <summary>The mention could tell this event: same type, and nothing it names contradicts the event.</summary>
        public bool Agrees(DraftEvent draft) =>
            draft.Type == Type
            && (draft.Mode is null || Mode is null || draft.Mode == Mode)
            && Compatible(Source, draft.Source) && Compatible(Target, draft.Target)
            && !(draft.InRelativeClause && _drafts.Any(d => d.Trigger.Sentence == draft.Trigger.Sentence))
            // Two verbs naming different kinds of act are two acts when they share a sentence («فرض … حظراً على سفر …، وجمد
            // أصولهم») or each has its own object («اقتحمت مستشفى … نهبوا الأدوية»): an act is named again by its noun, or
            // by a verb of the same kind («قبضت على … واعتقلت»).
            && !_drafts.Any(d => (d.Trigger.Sentence == draft.Trigger.Sentence || OwnObjects(d, draft)) && DistinctActs(d, draft))
            && (draft.Date is null || Date is null || draft.Date.StartsWith(Date, StringComparison.Ordinal) || Date.StartsWith(draft.Date, StringComparison.Ordinal))
            // Source of one is the target of the other: two events («Iran attacked Albania», «Albania attacked Iran»).
            && !(Source is not null && draft.Target is not null && Source.SameAs(draft.Target) && (Target is null || draft.Source is null));

        /// <summary>
        /// Agreeing where both are known is not enough: a missing date or a plain-noun actor agrees with anything, and
        /// mentions joined on that alone chain every strike of a war report into one. A mention joins only on positive
        /// evidence that it tells the same act: it shares a sentence with one of the event's mentions, or it names the
        /// event's doer or object (an actor with an entity or a state) again, or, made definite, it names the event's trigger
        /// (the same row of the trigger lexicon) again («قطع العلاقات» after «قطعت … العلاقات») or is a noun of the event's
        /// own kind of act (its mode: «الهجوم الإلكتروني» after «تعرضت … لهجوم إلكتروني»). An indefinite noun («غارات جوية»)
        /// or a verb in another sentence with no actor in common tells another act.
        /// </summary>
        private bool SameAct(DraftEvent draft, bool definite) =>
            _drafts.Any(d => d.Trigger.Sentence == draft.Trigger.Sentence)
            || (Identified(Source) && Identified(draft.Source) && Compatible(Source, draft.Source))
            || (Identified(Target) && Identified(draft.Target) && Compatible(Target, draft.Target))
            || (definite && ((!draft.Trigger.Verbal && draft.Mode is not null && draft.Mode == Mode)
                             || _drafts.Any(d => ReferenceEquals(d.Trigger.Entry, draft.Trigger.Entry))));

        private static bool Identified(EventActor? actor) => actor is not null && !IsBareNoun(actor);

        /// <summary>
        /// Two verbs, each in the active voice and of a named kind (a mode), with different CAMEO codes: the sentence
        /// tells two acts. A passive harm («قُتل … في غارة استهدفت») or a verb of no named kind («استهدفت») may restate one.
        /// </summary>
        private static bool DistinctActs(DraftEvent a, DraftEvent b) =>
            a.Trigger.First != b.Trigger.First && Named(a) && Named(b) && a.Cameo != b.Cameo;

        /// <summary>A mention of the event names an object other than <paramref name="draft"/>'s.</summary>
        public bool HasOtherObject(DraftEvent draft) => _drafts.Any(d => OwnObjects(d, draft));

        private static bool OwnObjects(DraftEvent a, DraftEvent b) =>
            a.Target is not null && b.Target is not null && !a.Target.SameAs(b.Target) && a.Target.Text != b.Target.Text;

        private static bool Named(DraftEvent d) => d.Trigger.Verbal && !d.Trigger.Passive && d.Mode is not null && d.Cameo is not null;

        public void Add(DraftEvent draft)
        {
            _drafts.Add(draft);
            Mode ??= draft.Mode;
            if (Cameo is null || (draft.Mode is not null && Cameo == _drafts[0].Cameo && _drafts[0].Mode is null)) Cameo = draft.Cameo ?? Cameo;
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

        private static bool IsState(EventActor actor) => actor.EntityId?.StartsWith("gpe:", StringComparison.Ordinal) == true;
    }
}
