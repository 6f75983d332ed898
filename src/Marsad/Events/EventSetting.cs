using Marsad.Entities;
using Marsad.Events.Lexicon;
using Marsad.Text.Morphology;
using Marsad.Text.Sentences;
using Marsad.Time;

namespace Marsad.Events;

/// <summary>
/// When and where: the date of a mention is the value of the date expression of its sentence nearest its trigger (days,
/// months, years, the day of a time of day «فجر الأحد»; not durations, sets, vague references or open ranges «منذ», but for
/// the start of a state, <see cref="StateStart"/>),
/// else null; its place is a place mention of its sentence after a locative preposition («في برلين»), nearest the trigger.
/// A date is the time of its own clause, not another's: both development sets' guides date an event so. A commitment's
/// date is that of the act it commits to («يعتزم الوزراء عقد اجتماع الشهر المقبل»): the snn guide (§4.5) dates CONCEDE,
/// AGREE and planned events so.
/// </summary>
public sealed class EventSetting(EventLanguage language)
{
    private readonly Arguments.ClauseSyntax _syntax = new(language);
    private readonly ObservanceDays _observances = new(language);

    private const int DateReach = 15;

    // A time set off by commas after its clause («انتهت محادثات … حول إعلان منطقة تجارة حرة بين …، مساء أمس الجمعة،») closes
    // the clause however long its object: it reaches farther back.
    private const int ParentheticalReach = 25;

    /// <summary>Words between a trigger and a time expression.</summary>
    private static int Distance(EventText text, TriggerMatch trigger, TimeExpression time)
    {
        var first = trigger.First;
        var last = trigger.SpanEnd - 1;
        var count = 0;
        if (time.Span.Start >= text.Tokens[last].Span.End)
        {
            for (var t = last + 1; t < text.Tokens.Count && text.Tokens[t].Span.End <= time.Span.Start; t++)
                if (text.Tokens[t].IsWord) count++;
        }
        else
        {
            for (var t = first - 1; t >= 0 && text.Tokens[t].Span.Start >= time.Span.End; t--)
                if (text.Tokens[t].IsWord) count++;
        }
        return count;
    }

    /// <summary>A word of arguments.tsv <paramref name="kind"/> between the offset <paramref name="from"/> and the trigger.</summary>
    private bool CueBetween(string kind, EventText text, int from, int trigger)
    {
        for (var t = trigger - 1; t >= 0 && text.Tokens[t].Span.Start >= from; t--)
            if (language.IsCue(kind, text.Words[t])) return true;
        return false;
    }

    /// <summary>A noun of anniversary (arguments.tsv anniversary) after the time and within three words before the trigger:
    /// «الذكرى السنوية الأولى لاغتيال».</summary>
    private bool Recalled(EventText text, TriggerMatch trigger, TimeExpression time)
    {
        var words = 0;
        for (var t = trigger.First - 1; t >= 0 && text.Tokens[t].Span.Start >= time.Span.End && words < AnniversaryReach; t--)
        {
            if (text.IsSkippable(t)) continue;
            words++;
            if (language.IsCue("anniversary", text.Words[t])) return true;
        }
        return false;
    }

    // The noun, an ordinal and «السنوية» between it and the act recalled.
    private const int AnniversaryReach = 3;

    /// <summary>«… لتنظيم داعش الذي ظهر في 2011», «بعدما أفلس البنك قبل عام»: a date after a relative pronoun or a
    /// subordinator (arguments.tsv, relative and clause) between it and the trigger is that clause's predicate's. A
    /// relative pronoun within two words of the trigger opens a clause about the act itself («الهجوم الإرهابي الذي وقع
    /// أمس»), which dates it.</summary>
    private bool ClauseBetween(EventText text, TriggerMatch trigger, TimeExpression time)
    {
        var words = 0;
        for (var t = trigger.SpanEnd; t < text.Tokens.Count && text.Tokens[t].Span.End <= time.Span.Start; t++)
        {
            if (!text.Tokens[t].IsWord) continue;
            if (language.IsCue("clause", text.Words[t]) || language.IsCue("relative", text.Words[t]) && words > 1) return true;
            words++;
        }
        return false;
    }

    /// <summary>The trigger's verb right after a relative pronoun (arguments.tsv relative) that stands after the time.</summary>
    private bool OpensRelativeClause(EventText text, TriggerMatch trigger, TimeExpression time)
    {
        if (!trigger.Verbal) return false;
        var t = trigger.First - 1;
        while (t >= 0 && !text.Tokens[t].IsWord) t--;
        return t >= 0 && text.Tokens[t].Span.Start >= time.Span.End && language.IsCue("relative", text.Words[t]);
    }

    /// <summary>«أعدمت السلطات الإيرانية، فجر الأربعاء، شاباً أدين…»: a time set off by commas (or a comma and the
    /// sentence's end) after a clause dates that clause, not a trigger after it (here a relative clause on the object).</summary>
    private static bool Parenthetical(EventText text, TimeExpression time, Sentence sentence)
    {
        int before = -1, after = -1;
        for (var t = sentence.FirstToken; t < sentence.EndToken; t++)
        {
            if (text.Tokens[t].Span.End <= time.Span.Start) before = t;
            else if (text.Tokens[t].Span.Start >= time.Span.End) { after = t; break; }
        }
        return before >= 0 && text.IsComma(before) && (after < 0 || text.IsComma(after) || text.Tokens[after].Normalized is "." or "؛" or ";");
    }

    /// <summary>How strongly a trigger claims a time, lower first: a parenthetical time is the triggers' before it
    /// first, then the nearer trigger's.</summary>
    private static (int Order, int Distance) Claim(EventText text, TriggerMatch trigger, TimeExpression time, bool parenthetical) =>
        (parenthetical && text.Tokens[trigger.First].Span.Start >= time.Span.End ? 1 : 0, Distance(text, trigger, time));

    /// <summary>A commitment (AGREE, CONCEDE, or a planned act) is dated by the act it commits to: a trigger in its own
    /// clause between it and the time is that act («ويعتزم الوزراء عقد اجتماع في الرباط الشهر المقبل»), which does not
    /// take the date from it. Past a comma the trigger is a further act («…سنويا في أعوام 2015 و2016، على أن تتسلم
    /// الطائرات المتبقية بحلول صيف 2019»).</summary>
    private bool CommitsTo(EventText text, DraftEvent draft, DraftEvent other, TimeExpression time)
    {
        if (draft.Type is not (PloverType.AGREE or PloverType.CONCEDE) && draft.Modality != EventModality.Planned) return false;
        if (other.Trigger.First <= draft.Trigger.First || text.Tokens[other.Trigger.SpanEnd - 1].Span.End > time.Span.Start) return false;
        for (var t = draft.Trigger.SpanEnd; t < other.Trigger.First; t++)
            if (text.IsComma(t) || _syntax.IsClauseEnd(text, t)) return false;
        return true;
    }

    /// <summary>A date, or a time of day on a known day («فجر الأحد» = 2024-06-09TMO): the event's date is that day.</summary>
    internal static string? DayOf(TimeExpression time) => time.Type switch
    {
        TimexType.Date => time.Value,
        TimexType.Time when time.Value.Length > 10 && time.Value[10] == 'T' && char.IsAsciiDigit(time.Value[0]) => time.Value[..10],
        _ => null,
    };

    /// <summary>Whether <paramref name="time"/> can date <paramref name="draft"/> at all: a day, month or year (no range,
    /// no vague reference) of its sentence, or of a sentence that is nothing but that time glued after it, not across the
    /// إن/أن that opens the trigger's clause nor past a subordinate or relative clause after it.</summary>
    private bool Admissible(EventText text, DraftEvent draft, TimeExpression time, DateOnly? published)
    {
        var sentence = text.Sentences[draft.Trigger.Sentence].Span;
        var trigger = text.Tokens[draft.Trigger.First].Span.Start;
        if (!sentence.Contains(time.Span) && !GluedAfter(text, draft.Trigger.Sentence, time)) return false;
        if (time.Granularity is TimeGranularity.Vague || DayOf(time) is null) return false;
        if (time.Has(TimeFlags.Range) || time.Value.Length < 4 || !char.IsAsciiDigit(time.Value[0])) return false;
        if (NotYetDone(text, draft, time, published)) return false;
        // «منذ 2011» is how long a state has lasted, no date of an act; but a planned act's start or deadline
        // («ستتبادلان … ابتداءً من الشهر المقبل», «بحلول أيلول المقبل») is the date of the action announced, and a named
        // month or day right after a state is when it began (StateStart).
        if (time.Has(TimeFlags.Until) && draft.Modality != EventModality.Planned) return false;
        if (time.Has(TimeFlags.Since) && draft.Modality != EventModality.Planned && !StateStart(text, draft, time)) return false;
        // The date belongs to the trigger nearest it, within a clause's reach.
        // «أعلن المركز الثلاثاء أن هجوماً استهدف…»: a date before the إن/أن that opens the trigger's clause dates the saying.
        // An actor announcing its own act («قالت البحرين اليوم السبت إنها استدعت سفيرها») makes it known the day it acts.
        if (time.Span.End <= trigger && CueBetween("complement", text, time.Span.End, draft.Trigger.First) && !OwnAnnouncement(draft, time)) return false;
        // «تكتمل الصفقة في الأول من ديسمبر بعدما اتفقت الشركتان …»: a time before the subordinator (arguments.tsv clause)
        // that opens the trigger's clause is the main clause's, as one after it is that clause's (ClauseBetween).
        if (time.Span.End <= trigger && CueBetween("clause", text, time.Span.End, draft.Trigger.First)) return false;
        // «حدد الاتحاد يوم 26 فبراير موعداً للانتخابات خلفاً للرئيس الذي تعهد بعدم الترشح»: a trigger that is the verb of a
        // relative clause (arguments.tsv relative right before it) tells of its antecedent, not the main clause's time before.
        if (time.Span.End <= trigger && OpensRelativeClause(text, draft.Trigger, time)) return false;
        if (SayingAfter(text, draft, time)) return false;
        // «شارك أمس في حفل إحياء الذكرى العاشرة للهجمات»: a time before the noun of an anniversary of the act is the
        // commemoration's; the act it recalls happened years before.
        if (time.Span.End <= trigger && Recalled(text, draft.Trigger, time)) return false;
        // «تبنى المجلس أمس قراراً يمهد الطريق أمام رفع العقوبات»: a time before the word of purpose or of the way opened
        // dates the act that aims at this one, still to come.
        if (draft.AimedFrom >= 0 && time.Span.End <= text.Tokens[draft.AimedFrom].Span.Start) return false;
        if (StepAfter(text, draft, time)) return false;
        if (time.Span.Start >= trigger && RelativeClauseClosed(text, draft.Trigger, time)) return false;
        return time.Span.Start < trigger || !ClauseBetween(text, draft.Trigger, time);
    }

    /// <summary>«استقبل الشمري، منفذ العملية التي استهدفت المسجد، في موقف السيارات ليلة الجمعة»: an act told in a
    /// relative clause — its verb right after the relative pronoun, or its noun with one within two words after it — is
    /// background, and a comma after it closes that clause; a time past the comma is the main clause's. A time set off by
    /// commas right after the clause (<see cref="Parenthetical"/>) still dates it.</summary>
    private bool RelativeClauseClosed(EventText text, TriggerMatch trigger, TimeExpression time)
    {
        if (!InRelativeClause(text, trigger)) return false;
        var sentence = text.Sentences[trigger.Sentence];
        if (Parenthetical(text, time, sentence)) return false;
        for (var t = trigger.SpanEnd; t < sentence.EndToken && text.Tokens[t].Span.End <= time.Span.Start; t++)
            if (text.IsComma(t)) return true;
        return false;
    }

    // Words after an act noun within which a relative pronoun opens a clause about it («الهجوم الإرهابي الذي وقع»).
    private const int RelativeReach = 2;

    private bool InRelativeClause(EventText text, TriggerMatch trigger)
    {
        var sentenceStart = text.Sentences[trigger.Sentence].FirstToken;
        if (trigger.Verbal)
        {
            var before = Arguments.ClauseSyntax.PreviousWord(text, trigger.First - 1, sentenceStart);
            return before >= sentenceStart && language.IsCue("relative", text.Words[before]);
        }
        var words = 0;
        for (var t = trigger.SpanEnd; t < text.Sentences[trigger.Sentence].EndToken && words < RelativeReach; t++)
        {
            if (text.IsComma(t)) return false;
            if (!text.Tokens[t].IsWord) continue;
            if (language.IsCue("relative", text.Words[t])) return true;
            words++;
        }
        return false;
    }

    /// <summary>«وقعت الحكومة الثلاثاء الماضي اتفاقا مقابل رفع العقوبات»: an act not yet done (planned) happens on no day
    /// before the article's; a past time in its sentence is another act's (the snn guide, §4.5: a planned event is dated by
    /// the action announced). Compared at the time's own granularity, so the month or year the article is in stays. A time
    /// after the word of deciding or intending that made the act planned and before the act, «قررت الحكومة أمس إغلاق
    /// المعبر», is the decision's day, which the act stands for (the decision codes no event of its own).</summary>
    private bool NotYetDone(EventText text, DraftEvent draft, TimeExpression time, DateOnly? published) =>
        draft.Modality == EventModality.Planned && ArticleDayOrder.Compare(DayOf(time), published) < 0 && !DecisionDay(text, draft, time);

    // Words back from a time to the word of deciding or intending (modality.tsv, planned `before`) whose day it is.
    private const int DecisionReach = 4;

    private bool DecisionDay(EventText text, DraftEvent draft, TimeExpression time)
    {
        if (time.Span.End > text.Tokens[draft.Trigger.First].Span.Start) return false;
        var words = 0;
        for (var t = draft.Trigger.First - 1; t >= text.Sentences[draft.Trigger.Sentence].FirstToken && words <= DecisionReach; t--)
        {
            if (text.IsComma(t)) return false;
            if (text.Tokens[t].Span.End > time.Span.Start) continue;
            if (!text.Tokens[t].IsWord) continue;
            words++;
            if (text.Words[t].Forms.Any(f => language.ModalityCues.TryGetValue(f, out var cue) && cue is { Modality: EventModality.Planned, Where: "before" })) return true;
        }
        return false;
    }

    /// <summary>«قالت الوزارة اليوم السبت إنها أغلقت المعبر», «وأكد الرئيس الجمعة أن بلاده سمحت …»: a time in the saying
    /// before the words reported, when the speaker is the act's doer or of its state, dates the act: an actor's own
    /// announcement of what it did is how it does it or makes it known the day it acts (the snn guide codes such acts
    /// reported, dated by the statement: ev-035, ev-082). Another's act told so keeps the report's day to the report.</summary>
    private static bool OwnAnnouncement(DraftEvent draft, TimeExpression time) =>
        draft.QuoteStart >= 0 && time.Span.End <= draft.QuoteStart && draft.SpeakerActor is { } speaker && draft.Source is { } source
        && (speaker.EntityId is not null && speaker.EntityId == source.EntityId
            || (speaker.Country ?? draft.SpeakerCountry) is { } country && country == source.Country);

    /// <summary>«قتل خمسة جنود في هجوم على حاجز، وفق ما قالت مصادر أمنية الجمعة», «…، كما أعلنت الوزارة أمس»: a time
    /// after the words reported, in the attribution that closes them — of the quote the trigger stands in, or the one
    /// closing its clause (ClosingAttribution, <see cref="DraftEvent.ClosingAttributionAt"/>) — is the day of the report,
    /// not of the act.</summary>
    private static bool SayingAfter(EventText text, DraftEvent draft, TimeExpression time) => ToldEnd(text, draft) is var end and >= 0 && time.Span.Start >= end;

    // Where the words telling the act end: the quote it stands in, else the comma before the attribution closing its clause.
    private static int ToldEnd(EventText text, DraftEvent draft)
    {
        var trigger = text.Tokens[draft.Trigger.First].Span;
        if (draft.QuoteStart >= 0 && text.Quotes.FirstOrDefault(q => q.Span.Contains(trigger)) is { } quote) return quote.Span.End;
        return draft.ClosingAttributionAt >= 0 ? text.Tokens[draft.ClosingAttributionAt].Span.Start : -1;
    }

    /// <summary>«اعتقلت الشرطة أربعة صحفيين فجر الخميس بعد مداهمة منازلهم»: a time before a preposition of the step
    /// before another act (arguments.tsv, prior_step) closes that act's clause; the noun after the preposition does not
    /// claim it (PriorStepDate gives a step on the same people the act's day).</summary>
    private bool StepAfter(EventText text, DraftEvent draft, TimeExpression time) =>
        time.Span.End <= text.Tokens[draft.Trigger.First].Span.Start
        && _syntax.AfterPriorStep(text, draft.Trigger, text.Sentences[draft.Trigger.Sentence].FirstToken);

    // Words between a state's trigger and the «منذ» time that dates its start («كانت تعتقلها القوات الأميركية منذ مايو»).
    private const int StateReach = 4;

    /// <summary>«المحتجزين لدى السلطات منذ أبريل الماضي», «كانت تعتقلها القوات منذ مايو»: «منذ» and a named month, week or
    /// day within a few words after a state told by the imperfect or a noun is when it began, the event's date (the snn
    /// guide, §4.5: «منذ أبريل» → that month). Not a count back («منذ شهرين»: how long, no date of it), nor a year («منذ
    /// 2011»), nor after a perfect verb («أفرجت عن الصحفي المعتقل منذ مارس»: the release ends the state the time began), a
    /// negated act, or the ordinal first («أول لقاء بينهما منذ مارس»: the time of the last one; arguments.tsv, first).</summary>
    private bool StateStart(EventText text, DraftEvent draft, TimeExpression time)
    {
        if (draft.Modality == EventModality.Negated || !time.Has(TimeFlags.Since) || time.Has(TimeFlags.CountBack)) return false;
        if (time.Granularity is not (TimeGranularity.Month or TimeGranularity.Week or TimeGranularity.Day or TimeGranularity.PartOfDay)) return false;
        if (draft.Trigger.Verbal && !text.Words[draft.Trigger.First].Forms.Any(f => ImperfectVerbShape.IsImperfect(f))) return false;
        if (text.Tokens[draft.Trigger.SpanEnd - 1].Span.End > time.Span.Start) return false;
        var words = 0;
        var sentence = text.Sentences[draft.Trigger.Sentence];
        for (var t = Math.Max(sentence.FirstToken, draft.Trigger.First - 2); t < text.Tokens.Count && text.Tokens[t].Span.End <= time.Span.Start; t++)
        {
            if (text.IsComma(t) && t >= draft.Trigger.SpanEnd) return false;
            if (!text.Tokens[t].IsWord) continue;
            if (language.IsCue("first", text.Words[t])) return false;
            if (t >= draft.Trigger.SpanEnd && ++words > StateReach) return false;
        }
        return true;
    }

    /// <summary>«… في حين قصف طيران التحالف منازل قادة من الحوثيين.أمس الخميس.»: a time left alone in the sentence after
    /// <paramref name="sentence"/> (a full stop typed with no space before it) is that sentence's, the setting of every act
    /// there with no nearer time of its own («قام الجيش بمحاصرة المدينة …، في حين قصف الطيران …» both).</summary>
    private static bool GluedAfter(EventText text, int sentence, TimeExpression time)
    {
        if (sentence + 1 >= text.Sentences.Count) return false;
        var next = text.Sentences[sentence + 1];
        if (!next.Span.Contains(time.Span)) return false;
        for (var t = next.FirstToken; t < next.EndToken; t++)
            if (text.Tokens[t].IsWord && (text.Tokens[t].Span.Start < time.Span.Start || text.Tokens[t].Span.End > time.Span.End)) return false;
        return true;
    }

    /// <summary>«أرسلت الولايات المتحدة طائرات … اليوم الأحد بعد أن وافقت أنقرة الشهر الماضي»: of two acts on either side
    /// of a time, the one after it, nearer, that has a nearer time of its own is dated by that one, and leaves this time
    /// to the act before it, which a time follows in the usual order: an act has one date. Not a time of a list
    /// («في أعوام 2015 و2016 و2017», «في 1986 و1987»), which is one setting, not one time for each act.</summary>
    private bool KeepsItsOwn(EventText text, DraftEvent draft, DraftEvent other, TimeExpression time, IReadOnlyList<TimeExpression> times, DateOnly? published)
    {
        var at = time.Span.Start;
        if (text.Tokens[draft.Trigger.First].Span.Start >= at || text.Tokens[other.Trigger.First].Span.Start < at) return false;
        if (times.Any(t => t != time && (Joined(text, t, time) || Joined(text, time, t)))) return false;
        var sentence = text.Sentences[other.Trigger.Sentence];
        var claim = Claim(text, other.Trigger, time, Parenthetical(text, time, sentence));
        return times.Any(own => own != time && !own.Span.Overlaps(time.Span) && Admissible(text, other, own, published)
            && Claim(text, other.Trigger, own, Parenthetical(text, own, sentence)).CompareTo(claim) < 0);
    }

    // Nothing but spaces, commas and «و» from the end of one time to the start of the next.
    private static bool Joined(EventText text, TimeExpression first, TimeExpression next) =>
        first.Span.End <= next.Span.Start && next.Span.Start - first.Span.End <= 4
        && text.Text.AsSpan(first.Span.End, next.Span.Start - first.Span.End).Trim().Trim("،,و").IsEmpty;

    /// <summary>Dates and places the drafts; <paramref name="published"/> is the article's date, for the acts not yet done
    /// (<see cref="NotYetDone"/>) and the weekly observances an act is set within («خلال صلاة الجمعة»).</summary>
    public void Resolve(EventText text, IReadOnlyList<DraftEvent> drafts, DateOnly? published = null)
    {
        var observed = _observances.Find(text, published);
        var times = observed.Count == 0 ? text.Times : [.. text.Times, .. observed];
        foreach (var draft in drafts)
        {
            var sentence = text.Sentences[draft.Trigger.Sentence].Span;
            var trigger = text.Tokens[draft.Trigger.First].Span.Start;
            TimeExpression? best = null;
            var bestClaim = (Stated: int.MaxValue, Order: int.MaxValue, Distance: int.MaxValue);
            foreach (var time in times)
            {
                if (!Admissible(text, draft, time, published)) continue;
                var parenthetical = Parenthetical(text, time, text.Sentences[draft.Trigger.Sentence]);
                var claim = Claim(text, draft.Trigger, time, parenthetical);
                // A commitment reaches its date through the act it commits to («ووافقت الهيئة على تبادل البيانات مع
                // نظيرتها …، على أن يبدأ التنفيذ في حزيران المقبل»): that act's reach counts.
                var reach = parenthetical && time.Span.Start >= trigger ? ParentheticalReach : DateReach;
                // A time left alone after the sentence's full stop sets the whole sentence: no act before it claims it alone.
                var glued = GluedAfter(text, draft.Trigger.Sentence, time);
                if (!glued && claim.Distance > reach && !drafts.Any(other => other != draft && other.Trigger.Sentence == draft.Trigger.Sentence
                    && CommitsTo(text, draft, other, time) && Claim(text, other.Trigger, time, parenthetical).Distance <= DateReach)) continue;
                // A clock time whose day is only the article's («الساعة 11:59») gives way to a stated day.
                var ranked = (Stated: time.Has(TimeFlags.DateFromAnchor) ? 1 : 0, claim.Order, claim.Distance);
                if (ranked.CompareTo(bestClaim) >= 0) continue;
                // A trigger with a stronger claim takes the date, unless it is an act set within this one by «خلال/أثناء»
                // («اعتقلت … خلال مداهمات فجر اليوم»: it happened when the act framing it did, so the date dates both) or
                // the act this one commits to.
                if (!glued && drafts.Any(other => other != draft && other.Trigger.Sentence == draft.Trigger.Sentence
                    && Claim(text, other.Trigger, time, parenthetical).CompareTo(claim) < 0
                    && !_syntax.AfterDuring(text, other.Trigger, text.Sentences[other.Trigger.Sentence].FirstToken)
                    && !StepAfter(text, other, time)
                    && !CommitsTo(text, draft, other, time) && !KeepsItsOwn(text, draft, other, time, times, published))) continue;
                best = time;
                bestClaim = ranked;
            }
            draft.Date = best is null ? null : DayOf(best);
            draft.DatedBy = best;

            Actors.ActorPhrase? place = null;
            foreach (var phrase in text.Actors)
            {
                if (!sentence.Contains(phrase.Span) || phrase.EntityId is null) continue;
                var locative = phrase.First > 0 && language.IsCue("locative", text.Words[phrase.First - 1]);
                if (!locative || !(phrase.IsPlace || EntityId.Is(phrase.EntityId, EntityType.GPE))) continue;
                if (place is null || Math.Abs(phrase.Span.Start - trigger) < Math.Abs(place.Span.Start - trigger)) place = phrase;
            }
            if (place is not null)
            {
                draft.Location = new EventLocation(place.EntityId, place.Text);
                draft.LocationCountry = place.Country;
            }
        }
    }
}
