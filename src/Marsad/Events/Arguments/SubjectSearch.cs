using Marsad.Events.Actors;
using Marsad.Events.Lexicon;
using Marsad.Text.Morphology;

namespace Marsad.Events.Arguments;

/// <summary>
/// Where the doer of an event stands in its clause: the subject after a verb or control word (VSO, <see cref="SubjectAfter"/>)
/// or right before it (SVO, <see cref="SubjectBefore"/>), the issuer of a document the verb speaks through
/// (<see cref="Issuer"/>), the doer of an event noun — its control word's subject, its genitive, a nisba, a doer verb or
/// an agent phrase after it (<see cref="NominalSource"/>) — and the subject of the clause an event noun is the object of
/// (<see cref="ClauseSubject"/>).
/// </summary>
public sealed class SubjectSearch(EventLanguage language)
{
    private readonly ClauseSyntax _syntax = new(language);
    private readonly ReactionSource _reaction = new(language);
    private readonly Agreement _agreement = new(language);

    /// <summary>
    /// The subject of a verb or control word: the first actor after it not governed by a preposition nor joined by و
    /// (a second conjunct), within the pattern's own words or two words after them; a preposition ends the search.
    /// </summary>
    public ActorPhrase? SubjectAfter(EventText text, int from, int end, bool[] isTrigger, int verb, int patternEnd = -1, IReadOnlyList<int>? patternWords = null)
    {
        var words = 0;
        for (var t = from; t < end && words < 2; t++)
        {
            if (text.IsSkippable(t)) continue;
            if (_syntax.IsClauseEnd(text, t)) return null;
            if (text.ActorStartingAt[t] is var a and >= 0)
            {
                var phrase = text.Actors[a];
                // The pattern's own words («استدعت سفيرها») are the event, not its subject; so is one after its count
                // («أن تتسلم القاهرة أربع طائرات»).
                var own = patternWords is not null && (patternWords.Contains(phrase.First)
                    || CountWord.Is(text.Tokens[phrase.First]) && patternWords.Contains(phrase.First + 1));
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

    /// <summary>An actor right before the verb (SVO), at most a few words back, not governed, not a place nor a lone nisba («ضابطا إسرائيليا»).</summary>
    public ActorPhrase? SubjectBefore(EventText text, int verb, int sentenceStart, bool[] isTrigger, bool adjacent = false)
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
                    && (!adjacent || !phrase.Collective || Agreement.PluralVerb(text, verb) || _syntax.WordsBeforeInClause(text, phrase.First, sentenceStart, isTrigger) == 0))
                    return phrase;
                t = phrase.First;
                words++;
                continue;
            }
            words++;
        }
        return null;
    }

    /// <summary>
    /// «اتهم بيان أصدرته وزارة الخارجية …، النظام», «اتهم تقرير صادر عن مركز …»: a document (arguments.tsv, document) right
    /// after the verb, a word of issuing (issued) and, after an optional عن or من, the actor who issued it: that actor is
    /// the subject, the document only its voice.
    /// </summary>
    public ActorPhrase? Issuer(EventText text, int from, int end)
    {
        var t = ClauseSyntax.NextWord(text, from, end);
        if (t + 2 >= end || !language.IsCue("document", text.Words[t]) || !language.IsCue("issued", text.Words[t + 1])) return null;
        var at = t + 2;
        if (text.Tokens[at].Key is "عن" or "من") at++;
        return at < end && text.ActorStartingAt[at] is var a and >= 0 && !text.Actors[a].IsPlace ? text.Actors[a] : null;
    }

    public ActorPhrase? NominalSource(EventText text, TriggerMatch m, int sentenceStart, int end, bool[] isTrigger)
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
        // The genitive («زيارة أردوغان», quoted: «هجوم «داعش»»), unless the noun's genitive is its patient (اعتقال الناشط:
        // target column obj). «منعها دخول الأطباء»: a noun whose pronoun suffix names its doer has no genitive doer after it.
        if (!m.Entry.TargetIsObject && !ClauseSyntax.HasPronounSuffix(text, m.First) && !ClauseSyntax.HasPronounSuffix(text, m.WordTokens[^1]) && ClauseSyntax.GenitiveActor(text, m.End, end) is var g and >= 0 && !text.Actors[g].IsPlace
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
        // «ترحيب رسمي من واشنطن بالاتفاق»: a reaction noun's من names who reacted.
        if (_reaction.Find(text, m, end) is { } reactor) return reactor;
        // An agent phrase: «من قبل الحوثيين», «من جانب السلطات», «وتقف خلفه إيران», «شنه تنظيم».
        for (var t = m.End; t < Math.Min(end, m.End + 8); t++)
        {
            if (_syntax.IsClauseEnd(text, t) && !language.IsCue("stop", text.Words[t])) break;
            // «حظر تجول عقب مقتل شرطي برصاص مسلحين»: an agent after another event is that event's.
            if (isTrigger[t]) break;
            var agent = _syntax.IsAgentCue(text, t);
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
                if (!CarriesPronoun(text, t))
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
    /// A doer verb carrying the event noun's pronoun: «نفذته», and the short verbs whose pronoun the general test
    /// (<see cref="ClauseSyntax.HasPronounSuffix"/>, which wants a longer word to tell a pronoun from a stem's own ه) leaves,
    /// «شنته», «دعته», read as the verb's listed form with a third-person pronoun after it.
    /// </summary>
    private bool CarriesPronoun(EventText text, int verb)
    {
        if (ClauseSyntax.HasPronounSuffix(text, verb)) return true;
        return language.CueForm("doer_verb", text.Words[verb]) is { } form && ClauseSyntax.IsFormWithPronoun(text, verb, form);
    }

    /// <summary>
    /// The doer of an event noun that is the object or complement of another verb in its clause («أجرت القوات البحرية
    /// مناورات», «شارك آلاف المحتجين في مسيرة», «وبحث الأمير في اتصال هاتفي مع…»): the nearest earlier actor of the
    /// clause, not governed by a preposition, with no other trigger between (a verb that is itself an event, «أدان الوزير
    /// الهجوم», has its own subject, not the noun's).
    /// </summary>
    public ActorPhrase? ClauseSubject(EventText text, TriggerMatch m, int sentenceStart, bool[] isTrigger)
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
                if (_syntax.WordsBeforeInClause(text, phrase.First, sentenceStart, isTrigger) <= 1) return phrase;
            }
            words++;
        }
        return null;
    }

    /// <summary>
    /// «ركز الانفصاليون هجماتهم على», «وجهت القوات نداءاتها»: an event noun carrying a pronoun, the bare object of its
    /// clause's verb (no preposition on it or before it), whose pronoun agrees with the clause's subject
    /// (<see cref="Agreement.Owns"/>), is that subject's own act. A pronoun that cannot stand for the subject names
    /// someone else («أدانت الحكومة هجماتهم»), and the act of a verb that is itself an event has its own subject.
    /// </summary>
    public ActorPhrase? OwnActSubject(EventText text, TriggerMatch m, int sentenceStart, bool[] isTrigger)
    {
        if (!ClauseSyntax.HasPronounSuffix(text, m.First) || ClauseSyntax.Governed(text, m.First)) return null;
        var before = ClauseSyntax.PreviousWord(text, m.First - 1, sentenceStart);
        if (before < sentenceStart || language.IsCue("preposition", text.Words[before])) return null;
        return ClauseSubject(text, m, sentenceStart, isTrigger) is { } subject && subject.End <= m.First
               && _agreement.Owns(text, Agreement.PronounOf(text, m.First), subject) ? subject : null;
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
        if (head < sentenceStart || !IsPlainNoun(text, head, isTrigger) || ClauseSyntax.Governed(text, head)) return false;
        var before = ClauseSyntax.PreviousWord(text, head - 1, sentenceStart);
        return before >= sentenceStart && text.ActorCovering[before] < 0 && !isTrigger[before]
               && (language.IsCue("preposition", text.Words[before]) || ClauseSyntax.Governed(text, before));
    }

    /// <summary>An Arabic word without the article that is no actor, trigger, preposition, particle, quantifier or time.</summary>
    private bool IsPlainNoun(EventText text, int token, bool[] isTrigger) =>
        text.Tokens[token].Kind == Text.Tokenization.TokenKind.ArabicWord && text.ActorCovering[token] < 0 && !isTrigger[token] && !text.InTime[token]
        && !text.Words[token].IsDefinite && !language.IsCue("preposition", text.Words[token]) && !_syntax.IsVerbParticle(text, token)
        && !language.IsCue("quantifier", text.Words[token]) && !language.IsCue("complement", text.Words[token]) && !_syntax.IsClauseEnd(text, token);
}
