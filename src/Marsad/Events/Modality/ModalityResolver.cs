using Marsad.Events.Lexicon;

namespace Marsad.Events.Modality;

/// <summary>
/// Sets each mention's modality from the cue words of Resources/Events/modality.tsv around its trigger, the future prefix
/// of its verb, the quote it stands in, and the accusation it is the object of. The strongest cue wins:
/// denied > negated > alleged > planned > reported > asserted.
/// <list type="bullet">
/// <item>adjacent/before: negation particles right before the trigger (لم، لن، ما; not ما after a preposition, the relative
/// «what»: «حول ما يزعم»), other cues at most four words before it in its clause (سوف، يعتزم، ما وصفته).</item>
/// <item>refusal: a future negation (لن), negating like before, except on the refusal <see cref="RefusalCoding"/> made of it.</item>
/// <item>after: within two words after it (الهجوم المزعوم); next: right after it (الزيارة المرتقبة) (<see cref="CuesAfter"/>).</item>
/// <item>frame: up to twelve words earlier in the sentence (نفت … أن، بزعم، اتهمت … ب); a denial of reports, «نفت صحة ما
/// تردد … عن منع», reaches the act noun they tell of however far (a verb that far is a clause of its own).</item>
/// <item>outcome: a negation before a verb of outcome («لم تسفر المحادثات عن أي اتفاق») does not reach the talks, its subject.</item>
/// <item>A negated act set against reports after it, «…، نافية تقارير», «…، على عكس ما أشيع», is denied.</item>
/// <item>«ما قالت الرياض إنه هجوم»: a report introduced by ما is the source's claim, alleged.</item>
/// <item>«…، وهو ما نفته الحكومة», «…، إلا أن الوزارة نفت الأمر», «لكن الحركة نفت ذلك» in the next sentence: a denial
/// referring back to the claim denies the act it tells, alleged or reported; not the speech act claiming it
/// (<see cref="LaterDenial"/>).</item>
/// <item>«…، بحسب الهلال الأحمر»: an attribution closing the clause makes the acts before it reported on that source's
/// word (<see cref="ClosingAttribution"/>).</item>
/// <item>In a quote: reported, unless the speaker performs a speech act of its own (a condemnation it voices is asserted);
/// in a quote whose speaker the quote step could not name, reported too (<see cref="QuotedAct"/>).</item>
/// <item>announce: an operation named as the object of «أعلن» with only its subject between («أعلنت الشرطة توقيف ثلاثة») is
/// reported, attributed to its doer; a decision announced stays asserted; an operation noun of the same type joined to it by «و»
/// in its clause («…، وتفتيش منازلهم») is announced with it (<see cref="AnnouncedOperation"/>).</item>
/// <item>tell: an act noun governed by ب after a verb of telling, with only its subject between («بيان أفاد باتصال
/// هاتفي»), is reported; so is one after a preposition of topic (عن، حول) that a verb of talking or a word for what was
/// told governs («تحدثت مصادر عن مقتل …», «تقريراً عن اعتقال …»: tell_about, report), and a verb in the clause a
/// complementiser opens right after such a word («نشرت الصحف أخبارا بأن القوات سيطرت …»).</item>
/// <item>purpose: an act noun right after a word of purpose («بهدف اقتحام», «من أجل تدمير», «لمنع رفع العقوبات») or sought
/// through a noun of obtaining («للحصول على موافقة») is planned; so is one the way is
/// opened to (path: «يمهد الطريق أمام رفع العقوبات», «يفسح المجال لرفع …»), and an indefinite act noun a future verb makes
/// («ستفرض الحكومة عقوبات»).</item>
/// <item>claim_that: a verb of claiming that is also read otherwise unvowelled («تدّعي الحركة أن …», يُدعى «named») frames
/// the act only across a complementiser: alleged.</item>
/// <item>«وبحسب المرصد فإن …», «كما يشير الطبيب»: an attribution opening the clause makes the acts after it reported
/// (<see cref="ClosingAttribution.Opening"/>).</item>
/// <item>«ليس لدى الحكومة خطط لإرسال قوات», «لا نية لدى الوزارة لفرض …»: a negation reaching the act through a noun of
/// intention is negated (<see cref="IntentionNegation"/>).</item>
/// <item>escape / avoid / fail: a negation before a verb of escaping with «من» («لم تسلم البلدة من هجمات»), of refraining
/// («لم يمتنع عن اعتقال …») or of failing negates that verb, not the act after it; an act refrained from, «امتنعت عن
/// اعتقال …», or failed at through a preposition, «فشلت القوات في اقتحام المدينة», is negated.</item>
/// <item>«وقد تدعو دول أوبك إلى …»: what may happen is planned (<see cref="PossibleAct"/>).</item>
/// <item>exchange: an act noun right after «مقابل» under an agreement or a planned act («اتفاق … مقابل رفع العقوبات») is
/// planned; one after an exchange told as done stays.</item>
/// <item>need: an act noun right after a word of necessity or potential («أكد ضرورة وقف القصف», «من شأنها منع …») is
/// planned, as after a word of purpose.</item>
/// <item>An act noun scheduled by its phrase, its clause or a frame farther away («زيارة لوزير الخارجية مرتقبة», «الزيارة
/// التي سيقوم بها», «ستمارسها خلال زيارتها», «من المقرر أن يلقي … كلمة أمام القمة») is planned (<see cref="ScheduledAct"/>).</item>
/// <item>ask_that: a verb a demand, call or duty governs through a complementiser («طلبت النقابة من الشركة أن تفرج عن …»,
/// «يجب على الحكومة أن تنسحب») is asked for, not done: planned.</item>
/// <item>exception (<see cref="NegationException"/>): a negation with «سوى»/«إلا» between it and the act or just after the act («لم تعتقل الشرطة سوى شخص
/// واحد») restricts the act, which happened: the negation sets nothing; «إلا أن» (however) is none.</item>
/// <item>hope_that / stipulation (<see cref="ProjectedAct"/>): a word of hoping with «أنْ» before the verb («أعرب عن أمله أن تنسحب القوات»), and «على
/// أن» right before an imperfect («على أن تتسلم القاهرة الطائرات المتبقية»), make the act still to come: planned.</item>
/// <item>A named subject between a cue and the trigger counts as one word; «أي» right before the trigger as none.</item>
/// </list>
/// </summary>
public sealed class ModalityResolver(EventLanguage language, ClosingAttribution closingAttribution)
{
    private readonly LaterDenial _laterDenial = new(language);
    private readonly IntentionNegation _intentionNegation = new(language);
    private readonly UnrealizedAct _unrealized = new(language);
    private readonly ScheduledAct _scheduled = new(language);
    private readonly TopicQuote _topicQuote = new(language);
    private readonly PossibleAct _possible = new(language);
    private readonly NegationException _exception = new(language);
    private readonly ProjectedAct _projected = new(language);
    private readonly AnnouncedOperation _announcedOperation = new(language);
    private readonly CuesAfter _cuesAfter = new(language);
    private readonly QuotedAct _quoted = new(closingAttribution);

    private const int BeforeWindow = 4;
    private const int FutureObjectWindow = 3;
    private const int FrameWindow = 12;
    private const int AnnounceWindow = 6;
    // «طلبت النقابة من الشركة أن تفرج»: the verb of asking, its subject, the addressee and the complementiser; subject and
    // addressee may each be a construct phrase of three words («يطلب مجلس إدارة الشركة من مديرها التنفيذي جون سميث أن يستقيل»).
    private const int AskWindow = 9;
    // «تقاعست الحكومة عن الموافقة»: the verb of refraining, its subject and a preposition before the act.
    private const int AvoidWindow = 3;

    public void Resolve(EventText text, IReadOnlyList<DraftEvent> drafts)
    {
        // Verbs of other events: an announcing verb before one of them announces that act, not the noun after it.
        var verbStarts = drafts.Where(d => d.Trigger.Verbal).Select(d => d.Trigger.First).ToHashSet();
        // Every trigger: an act after a closing «كما أعلن» is what it announced, not its source (ClosingAttribution).
        var triggerStarts = drafts.Select(d => d.Trigger.First).ToHashSet();
        // The last operation an announcing verb reported, which an operation noun joined to it by «و» shares.
        DraftEvent? announced = null;
        foreach (var draft in drafts)
        {
            var m = draft.Trigger;
            var sentence = text.Sentences[m.Sentence];
            var modality = draft.Modality;
            // A threat is made when it is uttered, in the future tense by nature («سنلاحق العصابات»): not planned.
            var future = m.Future && draft.Type != PloverType.THREATEN;
            var planned = future;
            if (future) modality = Stronger(modality, EventModality.Planned);
            // In a quote: told on the speaker's word, unless it is the speaker's own speech act (QuotedAct).
            modality = _quoted.Read(text, draft, sentence.FirstToken, modality);
            // «نفت السفارة بيع أسلحة، واصفة التقرير بأنه غير مهني»: a participle going on with the main clause is its
            // subject's own act, not part of what a denial or claim frames.
            var circumstantial = language.IsCue("participle", text.Words[m.First]);
            // Before the trigger.
            var words = 0;
            // A clause break or another event's verb between an announcing verb and the noun: the verb announces something else
            // (other event nouns may stand between: «أعلنت الشرطة توقيف ثلاثة وتفتيش منازلهم»).
            var crossed = false;
            // «لم تسفر جولة المحادثات عن أي اتفاق»: a negation before a verb of outcome negates what came of the talks, not
            // the talks named as its subject.
            var pastOutcome = false;
            // A preposition between a verb and the noun: the noun is no object the verb makes («سيحقق في هجوم»).
            var prepositionBetween = false;
            // «لم تعلن الوزارة نبأ الزيارة»: a negation before a verb of announcing or telling negates the telling, not the
            // act it tells of.
            var toldBetween = false;
            // «لم تسلم البلدة من هجمات التنظيم», «لم يمتنع عن التصويت»: a negation before a verb of escaping or refraining
            // negates that verb, not the act after it.
            var escapeBetween = false;
            // «لم تعتقل الشرطة سوى شخص واحد», «لم تشهد المدينة إلا اشتباكات محدودة»: a negation with an exception after it
            // restricts the act to what the exception names; it happened.
            var exceptionBetween = false;
            bool? exceptionAfter = null; // read only when a negation would apply
            for (var t = m.First - 1; t >= sentence.FirstToken; t--)
            {
                if (text.IsSkippable(t)) continue;
                // A named subject between the cue and the trigger is one word however long its name («قرر المجلس العسكري
                // الحاكم في النيجر إلغاء»): the cue governs the clause the subject stands in.
                if (InsideNamedSubject(text, t, m)) continue;
                // «أي» right before the trigger goes with it: «لم يعقد … أي لقاء».
                if (t == m.First - 1 && IsPolar(text, t)) continue;
                words++;
                var near = words <= BeforeWindow && !IsClauseBreak(text, t);
                // Another event's verb between this word and the trigger (not this word itself).
                var verbBetween = crossed;
                crossed |= IsClauseBreak(text, t) || verbStarts.Contains(t);
                for (var f = 0; f < text.Words[t].Forms.Count; f++)
                {
                    if (!language.ModalityCues.TryGetValue(text.Words[t].Forms[f], out var cue) || !EventLanguage.IsModalityCuePrefix(text.Words[t].Prefixes[f])) continue;
                    var applies = cue.Where switch
                    {
                        "announce" => words <= AnnounceWindow && !crossed && !m.Verbal && AnnouncedOperation.IsOperation(draft) && !Negated(text, t, sentence.FirstToken),
                        // «بيان أفاد باتصال هاتفي»: the act noun is the object of the verb of telling through ب.
                        "tell" => words <= AnnounceWindow && !crossed && !m.Verbal && text.Words[m.First].GovernedBy('ب'),
                        // «وتحدثت مصادر محلية عن مقتل …», «نشرت المنظمة تقريراً عن اعتقال …»: the act noun is the topic of
                        // a verb of talking or a word for what was told, through a preposition of topic right before it.
                        "tell_about" or "report" => words <= AnnounceWindow && !crossed && !m.Verbal && AfterTopic(text, m.First, sentence.FirstToken)
                                                    // «نشرت الصحف أخبارا بأن القوات سيطرت على عدن»: the verb of the clause
                                                    // a complementiser opens right after a word for what was told.
                                                    || cue.Where == "report" && words <= AnnounceWindow && !crossed && m.Verbal && TellsThat(text, t, m.First),
                        // «حشدت قواتها بهدف اقتحام المدينة», «من أجل تدمير …»: what the clause's act aims at, still to come.
                        // «أكد ضرورة وقف القصف», «من شأنها منع النشر»: an act needed or made possible is not yet done.
                        "purpose" or "need" => words == 1,
                        // «سعت للحصول على موافقة البرلمان»: the act a noun of obtaining seeks, through its preposition.
                        "purpose_obtain" => words == 2 && AfterPreposition(text, m.First, sentence.FirstToken),
                        // «يمهد الطريق أمام رفع العقوبات», «يفسح المجال لرفع …»: the way opened to an act not yet done (its
                        // verbal noun is written as the perfect, so the trigger may have read a verb).
                        "path" => words == 1 && text.Words[m.First].GovernedBy('ل') || words == 2 && language.IsModalityCue("path_to", text.Words[m.First - 1]),
                        // «وافقت الحركة أن تتفاوض»: the act agreed to through a complementiser is still to come.
                        "agree_that" => near && m.Verbal && CueComplement.Between(language, text, t, m.First),
                        // «أعرب عن أمله أن يؤدي الاتفاق إلى …»: the act hoped for is still to come (not «قالت أمل إن …», nor
                        // the speaker's own «نأمل أن تفرج واشنطن»: ProjectedAct).
                        "hope_that" => near && m.Verbal && _projected.Hoped(text, t, m.First),
                        // «طلبت النقابة من الشركة أن تفرج عن العمال»: the act asked of the addressee is still to come.
                        // (AskedVerb finds the complementiser right before the verb, however long the asker and addressee.)
                        "ask_that" => words <= AskWindow && !verbBetween && AskedVerb(text, m, sentence.FirstToken),
                        // «امتنعت الدول عن التصويت», «تتقاعس الأطراف عن الموافقة»: the act refrained from was not done.
                        "avoid" => near && words <= AvoidWindow && !verbBetween && !Negated(text, t, sentence.FirstToken),
                        // «فشلت القوات في اقتحام المدينة»: the act failed at, governed by the preposition right before it, was
                        // not done; «فشلت المحادثات» names talks held, «فشلت في منع الهجمات» attacks made.
                        // «فشلت الحكومة الأسبوع الماضي في الحصول على موافقة …»: a time and the noun of obtaining the act
                        // is the object of (modality.tsv obtain) are no words of the clause between (FailReach).
                        "fail" => FailReach(text, t, m, sentence.FirstToken) <= BeforeWindow && !IsClauseBreak(text, t) && !verbBetween && !Negated(text, t, sentence.FirstToken) && AfterPreposition(text, m.First, sentence.FirstToken),
                        // «اتفاق يحد من برنامجها النووي مقابل رفع العقوبات»: given in exchange under terms, still to come.
                        // (A verbal noun written as the perfect, «رفع», may have read a verb.)
                        "exchange" => words == 1 && UnderTerms(drafts, draft, t),
                        "claim_that" => words <= FrameWindow && !circumstantial && OpensClaim(text, t, f, sentence.FirstToken) && CueComplement.Between(language, text, t, m.First),
                        "adjacent" => words == 1,
                        "adjacent_relative" => words == 1 && !AfterPreposition(text, t, sentence.FirstToken),
                        // «يريد الاطمئنان على سير المعارك»: wanting to follow an act's course (modality.tsv course)
                        // is no intention to do the act, which is under way.
                        "before" => near && (cue.Modality != EventModality.Negated || words <= 3)
                                    && !(cue.Modality == EventModality.Planned && UnderWay(text, m.First, sentence.FirstToken)),
                        "refusal" => !draft.Refusal && near && words <= 3,
                        "frame" => (words <= FrameWindow || !m.Verbal && _laterDenial.DeniesReports(text, t, m.First)) && !circumstantial,
                        _ => false,
                    };
                    // «ليست أول مرة تتهم فيها …»: a negation of the ordinal first denies that it is the first time, not the act.
                    if (cue.Modality == EventModality.Negated && t + 1 < m.First && language.IsCue("first", text.Words[t + 1])) applies = false;
                    // The negation a refusal was read from («لم يستجب», RefusalCoding) makes the refusal, not a negated act.
                    if (cue.Modality == EventModality.Negated && (pastOutcome || toldBetween || escapeBetween || draft.Refusal && words <= RefusalCoding.Window)) applies = false;
                    if (cue.Modality == EventModality.Negated && cue.Where is "before" or "adjacent" or "adjacent_relative" or "refusal" && (exceptionBetween || (exceptionAfter ??= _exception.After(text, m, sentence.EndToken)))) applies = false;
                    if (applies) modality = Stronger(modality, cue.Modality);
                    // Announced by its doer: the doer is the source it is reported from.
                    if (applies && cue.Where == "announce" && draft.Source is { } doer) draft.AttributedTo ??= new EventAttribution(doer.EntityId, doer.Text);
                    if (applies && cue.Where == "announce") announced = draft;
                    planned |= applies && cue.Modality == EventModality.Planned;
                    if (applies && cue.Where is "purpose" or "purpose_obtain" or "need" or "path" && draft.AimedFrom < 0) draft.AimedFrom = t;
                    break;
                }
                if (words <= BeforeWindow + 2 && IsReportedClaim(text, t, m.First)) modality = Stronger(modality, EventModality.Alleged);
                // «ستفرض الحكومة عقوبات», «سيجري الوزير اتصالاً هاتفياً»: an indefinite act noun a future verb makes, as its
                // object with at most its subject between, is still to come (a threat excepted, as for a future verb trigger).
                if (words <= FutureObjectWindow && !crossed && !prepositionBetween && FutureObject(text, draft, t))
                {
                    modality = Stronger(modality, EventModality.Planned);
                    planned = true;
                }
                prepositionBetween |= language.IsCue("preposition", text.Words[t]);
                exceptionBetween |= _exception.IsException(text, t, sentence.EndToken);
                pastOutcome |= language.IsModalityCue("outcome", text.Words[t]);
                escapeBetween |= language.IsModalityCue("avoid", text.Words[t]) || language.IsModalityCue("fail", text.Words[t])
                                 || language.IsModalityCue("escape", text.Words[t]) && FearFromBetween(text, t, m.First);
                toldBetween |= language.IsModalityCue("announce", text.Words[t]) || language.IsModalityCue("tell", text.Words[t]) || language.IsModalityCue("tell_about", text.Words[t]);
            }
            // «أعلنت الشرطة توقيف ثلاثة أشخاص يشتبه في تخطيطهم لهجوم، وتفتيش منازلهم»: an operation noun joined by «و» to
            // one an announcing verb reported is announced with it (AnnouncedOperation).
            if (_announcedOperation.SharesAnnouncement(text, announced, draft, verbStarts))
            {
                modality = Stronger(modality, EventModality.Reported);
                draft.AttributedTo ??= announced!.AttributedTo;
            }
            // «ليس لدى الحكومة خطط لإرسال قوات», «لا توجد خطة لزيارة …»: the negation reaches the act through the plan.
            if (!draft.Refusal && _intentionNegation.Negates(text, m.First, sentence.FirstToken)) modality = Stronger(modality, EventModality.Negated);
            // «خشية قتله», «خطة خطفه», «مهددين بالترحيل»: an act feared, plotted or threatened has not happened.
            if (_unrealized.Cue(text, m.First, sentence.FirstToken) is var unrealizedAt and >= 0)
            {
                modality = Stronger(modality, EventModality.Planned);
                planned = true;
                if (draft.AimedFrom < 0) draft.AimedFrom = unrealizedAt;
            }
            // «وقد تدعو دول أوبك إلى خفض الإنتاج»: what may happen has not (PossibleAct).
            if (_possible.May(text, m)) modality = Stronger(modality, EventModality.Planned);
            // «تحدث المتحدث عن «قصف طال الأحياء السكنية»»: an act in a quote told of through a preposition of topic.
            if (_topicQuote.Told(text, m.First, sentence.FirstToken)) modality = Stronger(modality, EventModality.Reported);
            // «اجتماعات وزراء الخارجية المقررة غداً», «الزيارة التي سيقوم بها الوفد», «ستمارسها خلال زيارتها», «من المقرر أن
            // يلقي الرئيس … كلمة أمام القمة»: scheduled by its phrase, its clause or a frame farther than the cues above.
            if (_scheduled.Planned(text, m, verbStarts))
            {
                modality = Stronger(modality, EventModality.Planned);
                planned = true;
            }
            // «على أن تتسلم القاهرة الطائرات المتبقية بحلول 2019»: a verb in the subjunctive after «على أن» is a term set, still to come.
            if (_projected.Stipulated(text, m, sentence.FirstToken))
            {
                modality = Stronger(modality, EventModality.Planned);
                planned = true;
            }
            // «يعتزم البنك تمويل مشروع»: the trigger is itself the word of intention.
            for (var f = 0; f < text.Words[m.First].Forms.Count; f++)
                if (language.ModalityCues.TryGetValue(text.Words[m.First].Forms[f], out var own) && own is { Modality: EventModality.Planned, Where: "before" })
                {
                    modality = Stronger(modality, EventModality.Planned);
                    planned = true;
                }
            // After the trigger: «الهجوم المزعوم», «الزيارة المرتقبة» (CuesAfter).
            (modality, var plannedAfter) = _cuesAfter.Read(text, m, sentence.EndToken, modality);
            planned |= plannedAfter;
            // «وأضرم مستوطنون النار في مركبات، بحسب الهلال الأحمر»: told on the word of the source the clause closes with.
            // An act in a relative clause, or a definite act noun one describes, is background it does not tell.
            // A time in that attribution («…، كما أعلنت الوزارة أمس») is the report's day, no act's (EventSetting).
            if (closingAttribution.After(text, m.End, sentence.EndToken, triggerStarts) is (true, var told, var at))
            {
                draft.ClosingAttributionAt = at;
                if (!closingAttribution.Background(text, m, sentence.FirstToken))
                {
                    modality = Stronger(modality, EventModality.Reported);
                    if (told is not null) draft.AttributedTo ??= told;
                }
            }
            // «وبحسب المرصد فإن …», «والسبب كما يشير الطبيب هو توقف …»: told on the word of the source the clause opens with.
            if (closingAttribution.Opening(text, sentence.FirstToken, m.First) is (true, var opener))
            {
                modality = Stronger(modality, EventModality.Reported);
                if (opener is not null) draft.AttributedTo ??= opener;
            }
            // «اتهمت … باستخدام أسلحة كيميائية، وهو ما نفته الحكومة», «قال … إن القوات قصفت المحطة، وهو ما نفته كييف»: a
            // denial after the clause denies the act it claims, alleged or told on a source's word; the accusation or the
            // statement (a speech act) was still made, and an act the outlet asserts is not what the denial answers.
            if (modality is EventModality.Alleged or EventModality.Reported && !PloverTypes.IsSpeechAct(draft.Type)
                && _laterDenial.Denies(text, m.End, m.Sentence))
                modality = EventModality.Denied;
            // «لم تتلق أي طلب من روما، نافية تقارير إيطالية», «…، على عكس ما أشيع»: a negation set against reports is a denial.
            if (modality == EventModality.Negated && _laterDenial.CountersReports(text, m.End, m.Sentence))
                modality = EventModality.Denied;
            draft.Modality = modality;
            draft.Intended = planned;
        }
    }

    // «… من الشركة أن تفرج»: an imperfect verb (the subjunctive) right after a complementiser, with no comma between the
    // verb of asking and it.
    private bool AskedVerb(EventText text, TriggerMatch m, int sentenceStart)
    {
        if (!m.Verbal || !text.Words[m.First].Forms.Any(f => Text.Morphology.ImperfectVerbShape.IsImperfect(f))) return false;
        var complement = Arguments.ClauseSyntax.PreviousWord(text, m.First - 1, sentenceStart);
        if (complement < sentenceStart || !language.IsCue("complement", text.Words[complement])) return false;
        for (var t = complement; t >= sentenceStart && !language.IsModalityCue("ask_that", text.Words[t]); t--)
            if (text.IsComma(t)) return false;
        return true;
    }

    // «وتدعي الحركة أن», «الحركة تدعي أن»: a verb opens its clause or follows its subject; after a common noun, «قال شاب
    // يدعى خالد إنه …», it is the passive «named».
    private static bool OpensClaim(EventText text, int cue, int form, int sentenceStart)
    {
        if (text.Words[cue].Prefixes[form].Length > 0) return true;
        var t = cue - 1;
        while (t >= sentenceStart && text.IsSkippable(t) && !text.IsComma(t)) t--;
        return t < sentenceStart || text.IsComma(t) || text.ActorCovering[t] >= 0;
    }

    // The words from the fail cue at <cue> to the trigger, as the loop counts them (a named subject is one word), but for
    // a time and for the noun of obtaining (modality.tsv obtain) with the preposition the act follows it by.
    private int FailReach(EventText text, int cue, TriggerMatch m, int sentenceStart)
    {
        var preposition = Arguments.ClauseSyntax.PreviousWord(text, m.First - 1, sentenceStart);
        var obtain = preposition > sentenceStart ? Arguments.ClauseSyntax.PreviousWord(text, preposition - 1, sentenceStart) : -1;
        var obtained = obtain >= sentenceStart && language.IsModalityCue("obtain", text.Words[obtain]);
        var words = 0;
        for (var t = m.First - 1; t >= cue; t--)
        {
            if (text.IsSkippable(t)) continue;
            if (InsideNamedSubject(text, t, m)) continue;
            if (obtained && (t == preposition || t == obtain)) continue;
            if (text.Times.Any(time => time.Span.Contains(text.Tokens[t].Span))) continue;
            words++;
        }
        return words;
    }

    // A word of a named subject before the trigger past its first: the subject counts as one word however long its name.
    private static bool InsideNamedSubject(EventText text, int t, TriggerMatch m) =>
        text.ActorCovering[t] is var a and >= 0 && t > text.Actors[a].First && !text.Actors[a].Collective && text.Actors[a].End <= m.First;

    // A noun of an act's course (modality.tsv course: سير، مجريات) right before the act noun.
    private bool UnderWay(EventText text, int trigger, int sentenceStart)
    {
        var t = Arguments.ClauseSyntax.PreviousWord(text, trigger - 1, sentenceStart);
        return t >= sentenceStart && language.IsModalityCue("course", text.Words[t]);
    }

    private bool IsPolar(EventText text, int token) => language.IsPolar(text.Words[token]);

    // A preposition (`preposition` in arguments.tsv) right before the token. «معلومات حول ما يزعم عن وقائع فساد», «عن ما
    // جرى»: ما (where `adjacent_relative`) after one is the relative «what», which negates nothing; «فشلت في اقتحام»: the
    // act failed at (where `fail`) is governed by one.
    private bool AfterPreposition(EventText text, int token, int sentenceStart)
    {
        var t = token - 1;
        while (t >= sentenceStart && text.IsSkippable(t)) t--;
        return t >= sentenceStart && language.IsCue("preposition", text.Words[t]);
    }

    // «ستفرض الحكومة عقوبات»: the word is an imperfect verb with the future س and the trigger an indefinite act noun, no
    // threat; the verb is not the trigger's own (whose future prefix TriggerMatch.Future reads).
    private static bool FutureObject(EventText text, DraftEvent draft, int token) =>
        !draft.Trigger.Verbal && draft.Type != PloverType.THREATEN && !text.Words[draft.Trigger.First].IsDefinite
        && text.Words[draft.Trigger.First].Prefixes.All(p => p is "" or "و" or "ف")
        && text.Tokens[token].IsWord && Entities.Linking.InflectedVerb.IsFutureImperfect(text.Tokens[token].Key, text.Tokens[token].Normalized);

    // «لم تسلم البلدة من هجمات»: «من» (modality.tsv fear_from) between the verb of escaping and the act.
    private bool FearFromBetween(EventText text, int verb, int trigger)
    {
        for (var t = verb + 1; t < trigger; t++)
            if (language.IsModalityCue("fear_from", text.Words[t])) return true;
        return false;
    }

    // «مقابل رفع العقوبات» after an agreement («اتفاق يحد من …», «وافقت على الحد من …») or a planned act in its sentence:
    // the terms of an exchange, not one done («أفرج النظام عن سبعة أسرى مقابل إطلاق …»: a verb told first).
    private static bool UnderTerms(IReadOnlyList<DraftEvent> drafts, DraftEvent draft, int cue)
    {
        // Nearest first: an act noun between («يقضي بتسليم أسلحتهم مقابل …») is one more term; the first verb is the act
        // the exchange belongs to.
        foreach (var d in drafts.Where(d => d != draft && d.Trigger.Sentence == draft.Trigger.Sentence && d.Trigger.End <= cue)
                     .OrderByDescending(d => d.Trigger.First))
        {
            // «وقعت الحكومة اتفاقاً …» codes SUPPORT (signing a formal agreement).
            if (d.Type == PloverType.AGREE || d.Modality == EventModality.Planned || d.Trigger.Verbal && d.Type == PloverType.SUPPORT) return true;
            if (d.Trigger.Verbal) return false;
        }
        return false;
    }

    // «تقارير عن اعتقال …», «تحدثت عن مقتل …»: a preposition of topic (modality.tsv `topic`) right before the act noun, or
    // before a noun of its outbreak or renewal (`onset`: «عن تجدد الاشتباكات»).
    private bool AfterTopic(EventText text, int trigger, int sentenceStart)
    {
        var t = trigger - 1;
        while (t >= sentenceStart && text.IsSkippable(t)) t--;
        // «تحدث المرصد عن تجدد الاشتباكات»: the outbreak or renewal of the act is what was told of.
        if (t >= sentenceStart && language.IsModalityCue("onset", text.Words[t]))
            for (t--; t >= sentenceStart && text.IsSkippable(t); t--) { }
        if (t < sentenceStart) return false;
        var word = text.Words[t];
        for (var f = 0; f < word.Forms.Count; f++)
            if (language.ModalityCues.TryGetValue(word.Forms[f], out var cue) && cue.Where == "topic" && EventLanguage.IsModalityCuePrefix(word.Prefixes[f])) return true;
        return false;
    }

    // «أخبارا بأن …», «تقارير عن أن …»: a complementiser (arguments.tsv complement) right after the report word, or after it
    // and a preposition of topic, before the trigger.
    private bool TellsThat(EventText text, int report, int trigger)
    {
        var t = Arguments.ClauseSyntax.NextWord(text, report + 1, trigger);
        if (t < trigger && language.IsModalityCue("topic", text.Words[t])) t = Arguments.ClauseSyntax.NextWord(text, t + 1, trigger);
        return t < trigger && language.IsCue("complement", text.Words[t]);
    }

    // «ولم يعلن أي فصيل مسؤوليته عن الهجوم»: a negation right before the word.
    private bool Negated(EventText text, int token, int sentenceStart)
    {
        var t = token - 1;
        while (t >= sentenceStart && text.IsSkippable(t)) t--;
        return t >= sentenceStart && text.Words[t].Forms.Any(f => language.ModalityCues.TryGetValue(f, out var c) && c.Modality == EventModality.Negated);
    }

    // «ما قالت الرياض إنه هجوم», «ما وصفته بالهجمات»: ما, then a verb of saying or naming (where = claim), before the trigger.
    private bool IsReportedClaim(EventText text, int token, int trigger)
    {
        if (!text.Words[token].Forms.Any(f => language.ModalityCues.TryGetValue(f, out var c) && c.Where is "claim_intro" or "adjacent" or "adjacent_relative")) return false;
        var next = token + 1;
        while (next < trigger && text.IsSkippable(next)) next++;
        if (next >= trigger) return false;
        return text.Words[next].Forms.Any(f => language.ModalityCues.TryGetValue(f, out var c) && (c.Where == "claim" || c.Modality == EventModality.Alleged));
    }

    private bool IsClauseBreak(EventText text, int token) => ClauseBreak(language, text, token);

    /// <summary>A full stop, a semicolon or a word that ends a clause (arguments.tsv stop).</summary>
    internal static bool ClauseBreak(EventLanguage language, EventText text, int token) =>
        text.Tokens[token].Normalized is "؛" or ";" or "." || language.IsCue("stop", text.Words[token]);

    /// <summary>The stronger of two modalities by <see cref="EventModalities.Rank"/>, the first on a tie; the cue passes (CuesAfter) rank the same way.</summary>
    internal static EventModality Stronger(EventModality a, EventModality b) => b.Rank() > a.Rank() ? b : a;
}
