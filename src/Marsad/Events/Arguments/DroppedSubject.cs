using Marsad.Events.Actors;
using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// The subject of an event that names none: the source of the event it is coordinated with («قطعت … وطردت»), the
/// speaker of a first-person verb in a quote, the main clause's subject after a subordinator, the nearest earlier free
/// actor of its sentence, else the previous sentence's; and the readings that say when an event shares another's subject
/// (<see cref="IsCoordinated"/>, <see cref="ControlWordBefore"/>, <see cref="ContinuesPreviousSentence"/>,
/// <see cref="SentencingVerbBefore"/>).
/// </summary>
public sealed class DroppedSubject(EventLanguage language)
{
    private readonly ClauseSyntax _syntax = new(language);
    private readonly ComplementPronoun _complement = new(language);

    /// <summary>
    /// A dropped subject: the source of the event this one is coordinated with (و/ف on the trigger, same sentence), else the
    /// nearest earlier actor of the sentence not governed by a preposition, else the last source of the previous sentence.
    /// </summary>
    public EventActor? Find(EventText text, IReadOnlyList<DraftEvent> drafts, int index, int sentenceStart, ActorPhrase? target)
    {
        var draft = drafts[index];
        var m = draft.Trigger;
        var coordinated = ClauseSyntax.HasConjunction(text, m.First);
        var previous = index > 0 ? drafts[index - 1] : null;
        if (coordinated && previous is not null && previous.Trigger.Sentence == m.Sentence && previous.Source is not null
            && (draft.QuoteStart < 0 || previous.QuoteStart == draft.QuoteStart))
            return previous.Source;
        if (m.Verbal && draft.SpeakerActor is not null && _syntax.IsFirstPerson(text, m.First)) return draft.SpeakerParty ?? draft.SpeakerActor;
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
            if (phrase.Collective && phrase.Country is null && phrase.Sector != ActorPhraseFinder.StateAnaphor) continue;
            // «تفقد الرئيس المصري القوات السعودية وأشاد»: an actor right after another, not joined to it by و, is the object
            // of the verb before them; the subject is the one before it.
            if (ObjectAfterSubject(text, phrase, sentenceStart)) continue;
            return ActorStates.ToActor(text, phrase, draft);
        }
        if (draft.QuoteStart >= 0) return null;
        // The main event of the previous sentence: its first with a source.
        var previousSentence = drafts.Take(index).Where(d => d.Trigger.Sentence < m.Sentence).Select(d => d.Trigger.Sentence).DefaultIfEmpty(-1).Max();
        // «وصل رئيس الوزراء الباكستاني إلى جدة. وعقد فور وصوله محادثات…»: a previous sentence with no event still has a subject.
        // Only an event noun in a sentence opened by و or ف goes on with it: after a verb, a subject the actor lexicons do
        // not know («والتقى الوزيران») is likelier than the previous sentence's.
        if (previousSentence < m.Sentence - 1)
            return m.Sentence > 0 && !m.Verbal && ClauseSyntax.OpensWithConjunction(text, sentenceStart, m.First) && text.Sentences[m.Sentence - 1] is var before
                ? _complement.FirstFreeActor(text, Dateline.End(text, before.FirstToken, before.EndToken), before.EndToken, draft) : null;
        return drafts.Take(index).FirstOrDefault(d => d.Trigger.Sentence == previousSentence && d.Source is not null && d.SourcePhrase is not { Adjectival: true })?.Source;
    }

    /// <summary>The main clause's subject: the first actor of the sentence standing first or after its verb, not governed.</summary>
    public EventActor? MainSubject(EventText text, int before, int sentenceStart, DraftEvent draft)
    {
        for (var t = sentenceStart; t < before; t++)
        {
            if (language.IsCue("complement", text.Words[t])) return null;
            if (text.ActorStartingAt[t] is not (var a and >= 0)) continue;
            var phrase = text.Actors[a];
            if (phrase.IsPlace || phrase.Adjectival || _syntax.Governing(text, phrase) is not null) return null;
            return _syntax.WordsBeforeInClause(text, phrase.First, sentenceStart, new bool[text.Tokens.Count]) <= 1 ? ActorStates.ToActor(text, phrase, draft) : null;
        }
        return null;
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

    /// <summary>
    /// «قطع علاقاتها … وطرد»: an event joined by و to the one before it in its sentence; an event noun is joined so through
    /// the verb right before it that governs it when the event before is a noun too («وأعلنت السلطات حالة الطوارئ وفرضت حظر
    /// تجول»), unless the noun is definite:
    /// «ووصفت الاتهامات» names an act told before, not a new one of the subject.
    /// </summary>
    public bool IsCoordinated(EventText text, IReadOnlyList<DraftEvent> drafts, int index)
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

    /// <summary>A control verb (control.tsv; not a noun with the article or a preposition) within three words before the event noun, no actor between («وقد أمرت بحبس»).</summary>
    public bool ControlWordBefore(EventText text, TriggerMatch m, int sentenceStart)
    {
        var words = 0;
        for (var t = m.First - 1; t >= sentenceStart && words < 3; t--)
        {
            if (text.IsSkippable(t)) continue;
            if (text.ActorCovering[t] >= 0 || _syntax.IsClauseEnd(text, t)) return false;
            // «لقرار قطع العلاقات»: a control noun governed by a preposition names someone else's decision.
            if (text.Words[t].Forms.Any(language.ControlWords.Contains)) return !text.Words[t].IsDefinite && !ClauseSyntax.Governed(text, t);
            words++;
        }
        return false;
    }

    /// <summary>
    /// «… إلى جدة. وعقد فور وصوله جلسة مباحثات مع…»: a sentence opened by و or ف whose words up to the event noun name no
    /// actor and hold no other trigger goes on with the previous sentence's subject; not when a demonstrative stands for what
    /// was told («ويعد هذا ثالث هجوم»).
    /// </summary>
    public bool ContinuesPreviousSentence(EventText text, TriggerMatch m, int sentenceStart, bool[] isTrigger)
    {
        // «وردا على الهجوم الإلكتروني»: a definite event noun names an event already told, not a new act of the subject.
        if (text.Words[m.First].IsDefinite || !ClauseSyntax.OpensWithConjunction(text, sentenceStart, m.First) || ClauseSyntax.NextWord(text, sentenceStart, m.First) == m.First) return false;
        for (var t = ClauseSyntax.NextWord(text, sentenceStart, m.First); t < m.First; t++)
            if (text.ActorCovering[t] >= 0 || isTrigger[t] || _syntax.IsClauseEnd(text, t) || text.IsComma(t)
                || language.IsCue("demonstrative", text.Words[t])) return false;
        return true;
    }

    /// <summary>
    /// The event before the noun in its sentence when it is a sentencing verb (SANCTION, convict: «حكمت», «قضت») with a
    /// source, the noun's pattern carries the ب that names a sentence's punishment, and only the verb's subject, a time and one
    /// adverb at most stand between: the noun is the punishment it pronounces («حكمت المحكمة غيابياً بالسجن»).
    /// </summary>
    public DraftEvent? SentencingVerbBefore(EventText text, IReadOnlyList<DraftEvent> drafts, int index)
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

    /// <summary>«من دون أن يتهم»: the trigger stands in a clause opened by a subordinator (arguments.tsv, subordinate) and its complementiser.</summary>
    private bool AfterSubordinator(EventText text, int trigger, int sentenceStart)
    {
        for (var t = trigger - 1; t >= Math.Max(sentenceStart, trigger - 3); t--)
            if (language.IsCue("subordinate", text.Words[t])) return true;
        return false;
    }
}
