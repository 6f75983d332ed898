using Marsad.Events.Arguments;
using Marsad.Events.Lexicon;
using Marsad.Quotes;

namespace Marsad.Events.Modality;

/// <summary>
/// An attribution that closes the clause after a comma — «، بحسب الهلال الأحمر», «، وفق مصدر عسكري», «، حسبما أفاد
/// المرصد» — tells every act before it in its sentence on that source's word: reported, as both development sets code
/// it. The quote step attributes such a clause only to a source it knows by name or by a source noun; here any word
/// after the phrase may name the source («بحسب المرصد», «بحسب وزارتي الدفاع»: bodies the actor finder does not know),
/// and after «ما» and a verb («بحسب ما أفادت») any source does. An abstract noun of arguments.tsv after it («وفق الخطة»,
/// «حسب الاتفاقية») is what the act follows, not who told it; a law or rule outside that class («وفق القانون») would
/// still be read as a source (not seen on the 300-article SaudiNewsNet sample). The phrases are the quote step's
/// (Resources/Quotes/attributions.tsv): one list of attributions. The same phrases opening the sentence or a clause, and
/// «كما يشير …», tell the acts after them (<see cref="Opening"/>).
/// </summary>
public sealed class ClosingAttribution(QuoteLexicon lexicon, EventLanguage language)
{
    /// <summary>Whether an attribution closes the clause of a trigger ending at <paramref name="from"/>, in its sentence
    /// up to a clause end (؛ or a full stop), its source when the events step reads an actor phrase there, and the comma
    /// it opens at (-1 when none): a time after it is the report's day (EventSetting).</summary>
    public (bool Found, EventAttribution? Source, int At) After(EventText text, int from, int sentenceEnd, IReadOnlySet<int>? triggers = null)
    {
        // «… «… لدعوة الخميني إلى تصدير ثورته. ونبه هذا الخطيب …»، كما يقول الكاتب»: a full stop inside the quote marks
        // the trigger stands in ends a sentence of the quote, not the clause the attribution after the quote closes.
        var quoteEnd = QuoteClose(text, from, sentenceEnd);
        for (var t = from; t + 1 < sentenceEnd && t + 1 < text.Tokens.Count; t++)
        {
            var token = text.Tokens[t].Normalized;
            if (token is "؛" or ";" or "." && t >= quoteEnd) break;
            // «… في جنوب المدينة كما أفاد المرصد.»: «كما» with its verb of saying closes the clause with no comma too.
            if (t > from && ClosingAsTold(text, t, sentenceEnd, triggers) is { Found: true } bare) return (true, bare.Source, t);
            if (token is not ("،" or ",")) continue;
            if (ClosingAsTold(text, t + 1, sentenceEnd, triggers) is { Found: true } asTold) return (true, asTold.Source, t);
            foreach (var phrase in lexicon.AttributionsStartingWith(text.Tokens[t + 1].Key))
            {
                var end = t + 1 + phrase.Words.Count;
                // «كما يقول…» (attributions.tsv `aside`) is read here by ClosingAsTold, with the source's tail it allows.
                if (phrase.Follows == AttributionFollows.VerbAside) continue;
                if (end >= sentenceEnd || !Matches(text, t + 1, phrase)) continue;
                if (phrase.Follows == AttributionFollows.VerbThenSource) return (true, null, t);
                if (SourceAt(text, end, anyWord: true) is { Found: true } told) return (true, told.Source, t);
                break;
            }
        }
        return (false, null, -1);
    }

    /// <summary>
    /// Whether an attribution before the trigger at <paramref name="trigger"/> opens its clause and tells it: a phrase of
    /// attributions.tsv at the start of the sentence or right after a comma («وبحسب المرصد فإن …», «ووفقاً لمصادر محلية،
    /// قتل …»), or «كما» (attributions.tsv `aside`) with a verb of saying (Resources/Quotes/cues.tsv) and its source
    /// («والسبب كما يشير الطبيب هو توقف …», its source a verb's subject, told in the sentence after it); no clause end (؛)
    /// between it and the trigger, and no relative clause after an opening phrase («بحسب روايات ضباط الجيش الحر، الذي
    /// يقاتل …»: what the source is, not what it tells).
    /// </summary>
    public (bool Found, EventAttribution? Source) Opening(EventText text, int sentenceStart, int trigger)
    {
        for (var t = trigger - 1; t >= sentenceStart; t--)
        {
            if (text.Tokens[t].Normalized is "؛" or ";") break;
            if (text.IsSkippable(t)) continue;
            // «كما أعلن الرئيس فرض عقوبات»: an act right after the source is the verb's object («also announced»), not told.
            if (IsAside(text, t) && t + 2 < trigger && lexicon.Cue(text.Tokens[t + 1].Key) is { Form: CueForm.Verb, NeedsComplement: false })
                return NextWord(text, SourceEnd(text, t + 2), trigger) == trigger ? (false, null) : SourceAt(text, t + 2, anyWord: true);
            if (!OpensClause(text, t, sentenceStart)) continue;
            foreach (var phrase in lexicon.AttributionsStartingWith(text.Tokens[t].Key))
            {
                var end = t + phrase.Words.Count;
                // «كما يشير…» (attributions.tsv `aside`) was read above.
                if (phrase.Follows == AttributionFollows.VerbAside) continue;
                if (end >= trigger || !Matches(text, t, phrase)) continue;
                // «بحسب روايات ضباط في الجيش الحر، الذي يقاتل النظام»: a relative clause on the source is no part of what it tells.
                if (RelativeBetween(text, end, trigger)) return (false, null);
                if (phrase.Follows == AttributionFollows.VerbThenSource) return (true, null);
                // Opening a clause, «بحسب نص القرار», «وفق مخطط النظام» are what the act follows: only a known actor or
                // source noun (sources.tsv, which leaves out nouns that also mean a thing after حسب/وفق) is its teller.
                return SourceAt(text, end, anyWord: false);
            }
        }
        return (false, null);
    }

    // Words from a relative pronoun to an act in its clause («التي استنكرت القصف التركي»: the pronoun, then one or two).
    private const int RelativeReach = 3;

    /// <summary>
    /// Whether the act at <paramref name="trigger"/> is background a closing attribution does not tell: an act in a
    /// relative clause («جامعة الدول العربية، التي استنكرت القصف التركي»), or a definite act noun a relative clause
    /// describes («التزاماً بالعقوبات التي أقرتها الأمم المتحدة»): what the reader is taken to know, which the outlet
    /// states in its own voice, as both development sets code it. So is an act noun a preposition of time after it presupposes
    /// (modality.tsv presupposed: «ما بعد مقتل القذافي», «غداة هجوم انتحاري», «إثر الانقلاب»): a happening the told acts
    /// answer, known before them; not one carrying its participant's pronoun («بعد استيلائهم على البلدة», «بعد مداهمة
    /// منازلهم»: the step just before the act told, on the same people, told with it), nor a cause («جراء انفجار ألغام»).
    /// </summary>
    public bool Background(EventText text, TriggerMatch m, int sentenceStart)
    {
        int trigger = m.First, triggerEnd = m.End;
        if (!m.Verbal && ClauseSyntax.PreviousWord(text, trigger - 1, sentenceStart) is var before && before >= sentenceStart
            && language.IsModalityCue("presupposed", text.Words[before])
            && !PriorStepDate.OnItsParticipant(text, m, text.Sentences[m.Sentence].EndToken)) return true;
        var words = 0;
        for (var t = trigger - 1; t >= sentenceStart && words < RelativeReach; t--)
        {
            if (text.IsComma(t) || text.Tokens[t].Normalized is "؛" or ";" or ".") break;
            if (text.IsSkippable(t)) continue;
            words++;
            if (language.IsCue("relative", text.Words[t])) return true;
        }
        if (!text.Words[trigger].IsDefinite) return false;
        for (var t = triggerEnd; t < text.Tokens.Count && t < triggerEnd + 2; t++)
            if (language.IsCue("relative", text.Words[t])) return true;
        return false;
    }

    // Words a closing «كما قال …» may hold after its verb when no actor phrase names its source: a source noun and its
    // modifiers, an addressee («مصادر محلية لوكالة رويترز»).
    private const int AsToldTailWords = 4;

    /// <summary>
    /// «قتل خمسة جنود في هجوم على حاجز، كما أعلنت وزارة الدفاع أمس», «…، كما قالت مصادر محلية لوكالة رويترز»: «كما»
    /// (attributions.tsv `aside`) and a verb of saying (Resources/Quotes/cues.tsv) right after a comma, or with no comma («… في جنوب المدينة كما أفاد المرصد»), with nothing after
    /// them to the clause's end but a short source, a time and an addressee governed by ل, tells the acts before it on
    /// that source's word. Not «، كما أكد الوزير أهمية التعاون» (an indefinite word after the source's definite word
    /// or name is no adjective or genitive of it but the verb's object: the source also said something else), nor «، كما أعلن الرئيس فرض عقوبات»
    /// (an act after the verb is what it announced), nor «، كما قال إن …».
    /// </summary>
    private (bool Found, EventAttribution? Source) ClosingAsTold(EventText text, int first, int sentenceEnd, IReadOnlySet<int>? triggers)
    {
        var source = first + 2;
        if (source >= sentenceEnd || !IsAside(text, first)
            || lexicon.Cue(text.Tokens[first + 1].Key) is not { Form: CueForm.Verb }) return (false, null);
        var named = text.ActorStartingAt[source] is var a and >= 0 && text.Actors[a].EntityId is not null ? text.Actors[a].End : -1;
        var definite = named >= 0;
        var words = 0;
        // «كما يقول الكاتب السعودي كامل الخطي في حديثه لـ«الشرق الأوسط»»: after a preposition of place or time (arguments.tsv
        // locative, during) the words tell where or when the source spoke, however many; a trigger or a complementiser there
        // still makes the verb announce something else.
        var setting = false;
        for (var t = source; t < sentenceEnd; t++)
        {
            if (text.Tokens[t].Normalized is "؛" or ";" or "." or ":") break;
            if (text.IsComma(t)) return (false, null);
            // A trigger word inside the source's name («وزارة الدفاع») is no act it announced.
            if (t < named || text.IsSkippable(t)) continue;
            if (triggers?.Contains(t) == true) return (false, null);
            if (language.IsCue("complement", text.Words[t]) || language.IsCue("complement_pronoun", text.Words[t])) return (false, null);
            setting |= t > source && (language.IsCue("locative", text.Words[t]) || language.IsCue("during", text.Words[t]));
            // The person's name after the title the source opens with («الكاتب السعودي كامل الخطي») is the source, too.
            if (setting || t > source && text.ActorCovering[t] is var n and >= 0 && text.Actors[n].First > source) continue;
            if (++words > AsToldTailWords) return (false, null);
            if (definite && !text.Words[t].IsDefinite && !text.Words[t].GovernedBy('ل')) return (false, null);
            definite |= text.Words[t].IsDefinite;
        }
        return SourceAt(text, source, anyWord: true);
    }

    // The closing quote mark after the trigger when no opening one stands between (the trigger is inside the quote), else -1.
    private static int QuoteClose(EventText text, int from, int sentenceEnd)
    {
        for (var t = from; t < sentenceEnd && t < text.Tokens.Count; t++)
        {
            if (text.Tokens[t].Normalized == "«") return -1;
            if (text.Tokens[t].Normalized == "»") return t;
        }
        return -1;
    }

    // «كما»، «مثلما» (with و/ف): the one-word phrases attributions.tsv sets aside a source with, the quote step's list.
    private bool IsAside(EventText text, int token)
    {
        foreach (var phrase in lexicon.AttributionsStartingWith(text.Tokens[token].Key))
            if (phrase.Follows == AttributionFollows.VerbAside && phrase.Words.Count == 1) return true;
        return false;
    }

    private bool RelativeBetween(EventText text, int from, int trigger)
    {
        for (var t = from; t < trigger; t++)
            if (language.IsCue("relative", text.Words[t])) return true;
        return false;
    }

    private static int SourceEnd(EventText text, int token) =>
        text.ActorStartingAt[token] is var a and >= 0 ? text.Actors[a].End : token + 1;

    private static int NextWord(EventText text, int token, int limit)
    {
        while (token < limit && text.IsSkippable(token)) token++;
        return token;
    }

    private static bool OpensClause(EventText text, int token, int sentenceStart)
    {
        var t = token - 1;
        while (t >= sentenceStart && text.IsSkippable(t) && !text.IsComma(t)) t--;
        return t < sentenceStart || text.IsComma(t);
    }

    // The source named right after an attribution phrase or a verb of saying: an actor, a source noun (مصدر), or, where
    // anyWord, any word that names someone.
    private (bool Found, EventAttribution? Source) SourceAt(EventText text, int token, bool anyWord)
    {
        if (text.ActorStartingAt[token] is var a and >= 0) return (true, new EventAttribution(text.Actors[a].EntityId, text.Actors[a].Text));
        return (lexicon.Source(text.Tokens[token].Key) is not null || anyWord && NamesSomeone(text, token), null);
    }

    // «بحسب المرصد», «بحسب وزارتي الدفاع»: a body the actor finder does not know still names someone, unless the noun is
    // an abstract matter of arguments.tsv («وفق الخطة», «بحسب الاتفاقية»: what the act follows, not who told it).
    private bool NamesSomeone(EventText text, int token) =>
        text.Tokens[token].Kind == Text.Tokenization.TokenKind.ArabicWord && !language.IsCue("abstract", text.Words[token]);

    private static bool Matches(EventText text, int first, AttributionPhrase phrase)
    {
        for (var w = 1; w < phrase.Words.Count; w++)
            if (first + w >= text.Tokens.Count || text.Tokens[first + w].Key != phrase.Words[w]) return false;
        return true;
    }
}

