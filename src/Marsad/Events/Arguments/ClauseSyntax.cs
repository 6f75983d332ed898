using Marsad.Events.Actors;
using Marsad.Events.Lexicon;
using Marsad.Quotes;
using Marsad.Text.Morphology;

namespace Marsad.Events.Arguments;

/// <summary>
/// The clause-level readings every argument pass shares, over the cues of arguments.tsv: where a clause ends, which
/// preposition governs a phrase, a pronoun suffix, a conjunct joined by و, a partitive quantifier. One implementation of
/// each, so the resolver and the constructions it delegates to (<see cref="PatientConstruction"/>,
/// <see cref="BetweenParties"/>, <see cref="RelativeAntecedent"/>) read a sentence the same way.
/// </summary>
public sealed class ClauseSyntax(EventLanguage language)
{
    /// <summary>The preposition governing a phrase: attached (بـ، لـ) to it or to the noun before it, or the word before it.</summary>
    public string? Governing(EventText text, ActorPhrase phrase, int verb = -1)
    {
        if (phrase.HasAttachedPreposition) return AttachedPreposition(phrase.Proclitics);
        for (var t = phrase.First - 1; t >= Math.Max(0, phrase.First - 3); t--)
        {
            if (text.IsSkippable(t)) continue;
            if (t > 0 && IsPartitive(text, t - 1)) return null;
            // «على ثلاثة مسؤولين»: a cardinal counts the noun after it; the preposition before the count governs the noun.
            if (t < phrase.First && language.IsCue("quantifier", text.Words[t]) && text.ActorCovering[t] < 0 && !IsPartitive(text, t)) continue;
            // «وألقى فيها متظاهرون الحجارة»: a preposition carrying its own pronoun governs nothing after it.
            if (language.CueForm("preposition", text.Words[t]) is { } word) return IsPrepositionWithPronoun(text, t) ? null : word;
            // «لقرار الجزائر»: the genitive of a noun governed by an attached preposition; not the subject of a verb whose
            // first letter only looks like one («لوحت واشنطن»).
            // «لكن المسلحين هاجموا»: a conjunction that opens a clause (a stop word other than بعد, which governs as ب does)
            // is read whole, not as ل with كن.
            if (t == phrase.First - 1 && t != verb && text.Words[t].Prefixes.Count > 1 && AttachedPreposition(text.Words[t].Prefixes[^1]) is { } attached
                && text.ActorCovering[t] < 0 && !(attached == "ل" && language.IsCue("stop", text.Words[t])))
                return attached;
            return null;
        }
        return null;
    }

    /// <summary>
    /// «على احتلال داعش قضاء سنجار», «حيال استقبال جرحى سوريين»: the phrase is the genitive of a noun a preposition governs
    /// (separate or attached), so it is part of that adverbial, nobody's subject. A complementiser or stop word before it
    /// («بعد أن») opens a clause instead.
    /// </summary>
    public bool InPrepositionalGenitive(EventText text, ActorPhrase phrase)
    {
        var noun = phrase.First - 1;
        if (phrase.HasAttachedPreposition || noun < 1 || text.Tokens[noun].Kind != Text.Tokenization.TokenKind.ArabicWord || text.ActorCovering[noun] >= 0
            || language.IsCue("preposition", text.Words[noun]) || language.IsCue("stop", text.Words[noun]) || language.IsCue("complement", text.Words[noun]))
            return false;
        var word = text.Words[noun];
        if (word.Prefixes.Count > 0 && word.Forms.Count > 1 && AttachedPreposition(word.Prefixes[^1]) is not null && !language.IsCue("stop", word)) return true;
        return language.CueForm("preposition", text.Words[noun - 1]) is not null && !IsPrepositionWithPronoun(text, noun - 1);
    }

    public static string? AttachedPreposition(string proclitics)
    {
        var rest = proclitics.TrimStart('و', 'ف');
        return rest.Length > 0 && rest[0] is 'ب' or 'ل' ? rest[0].ToString() : null;
    }

    public bool IsClauseEnd(EventText text, int token)
    {
        var t = text.Tokens[token];
        if (t.Normalized is "؛" or ";" or "." or ":") return true;
        return language.IsCue("stop", text.Words[token]);
    }

    /// <summary>The tokens [start, end) of the trigger's clause: from after the last clause end or comma before it to the next after it.</summary>
    public (int Start, int End) ClauseAround(EventText text, TriggerMatch trigger)
    {
        var sentence = text.Sentences[trigger.Sentence];
        var last = Math.Min(sentence.EndToken, text.Tokens.Count);
        var start = trigger.WordTokens[0];
        while (start > sentence.FirstToken && !EndsClause(text, start - 1)) start--;
        var end = trigger.WordTokens[^1] + 1;
        while (end < last && !EndsClause(text, end)) end++;
        return (start, end);
    }

    private bool EndsClause(EventText text, int token) => text.IsComma(token) || IsClauseEnd(text, token);

    /// <summary>
    /// «شنته», «قصفه»: the token read as <paramref name="form"/> with a third-person pronoun after it, for the short words the
    /// general test (<see cref="HasPronounSuffix"/>, which wants a longer word to tell a pronoun from a stem's own ه) leaves.
    /// The key folds ة into ه: «قادة» (leaders) is no «قاد» with a pronoun.
    /// </summary>
    public static bool IsFormWithPronoun(EventText text, int token, string form)
    {
        var key = text.Tokens[token].Key;
        return !text.Tokens[token].Normalized.EndsWith('ة') && CliticSegmenter.ThirdPersonPronoun(key) is { } pronoun
            && key.EndsWith(form + pronoun, StringComparison.Ordinal);
    }

    /// <summary>
    /// A cue that introduces the doer of a nominal or passive event (arguments.tsv <c>agent</c>: «قبل» of «من قبل», «شنه»,
    /// «برصاص»), or a side named as the doer (<c>agent_from</c>) right after the bare preposition من, the actor right after it:
    /// «من جانب السلطات», «من طرف الشرطة»; not «إلى جانب الوزير» (beside) nor «ومن جانبها» (a reply).
    /// </summary>
    public bool IsAgentCue(EventText text, int token) =>
        language.IsCue("agent", text.Words[token])
        || language.IsCue("agent_from", text.Tokens[token].Key) && token > 0 && text.Tokens[token - 1].Key == "من"
           && token + 1 < text.Tokens.Count && text.ActorStartingAt[token + 1] >= 0;

    public static bool HasPronounSuffix(EventText text, int token)
    {
        var key = text.Tokens[token].Key;
        return key.Length > 4 && CliticSegmenter.ThirdPersonPronoun(key) is "ه" or "ها" or "هم"
            && text.Words[token].Forms.Count > 1
            // The key folds ة into ه: «وأجهزة», «بالحكومة» end in no pronoun.
            && !text.Tokens[token].Normalized.EndsWith('ة');
    }

    /// <summary>«بريطانيا وفرنسا»: <paramref name="second"/> follows <paramref name="first"/> joined by و, nothing but punctuation-free skippables between.</summary>
    public static bool IsConjunctOf(EventText text, ActorPhrase first, ActorPhrase second) =>
        second.First >= first.End && second.Proclitics.StartsWith('و') && !second.HasAttachedPreposition && OnlySkippableBetween(text, first.End, second.First);

    /// <summary>
    /// «كل من», «عدد من», «أكثر من», «14 من أنصار المرشح», «ثلاثة من مواطنيها»: a quantifier or a count (<see cref="CountWord"/>)
    /// with its من, which leads to the phrase it counts; not a count of time, «3 من الشهر», «أكثر من عامين».
    /// </summary>
    public bool IsPartitive(EventText text, int token) =>
        (language.IsCue("quantifier", text.Words[token]) || CountWord.Is(text.Tokens[token]) && !text.InTime[token])
        && token + 1 < text.Tokens.Count && text.Tokens[token + 1].Key == "من" && !(token + 2 < text.Tokens.Count && text.InTime[token + 2]);

    public static bool OnlySkippableBetween(EventText text, int from, int to)
    {
        for (var t = from; t < to; t++)
            if (!text.IsSkippable(t) || text.IsComma(t)) return false;
        return true;
    }

    /// <summary>The word carries the conjunction و or ف (in a reading the clitic segmenter offers): it joins what follows to what came before.</summary>
    public static bool HasConjunction(EventText text, int token) =>
        text.Words[token].Prefixes.Any(p => p.StartsWith('و') || p.StartsWith('ف'));

    /// <summary>
    /// The actor standing as the genitive of the noun that ends at <paramref name="at"/>: the one starting there, or a name
    /// in quote marks, «هجوم «داعش» على القوات», whose opening mark stands there and whose closing mark ends it — Arabic
    /// papers quote the names of armed groups, parties and companies, which are genitives as bare names are. -1 when none.
    /// </summary>
    public static int GenitiveActor(EventText text, int at, int end)
    {
        if (at >= end) return -1;
        if (text.ActorStartingAt[at] >= 0) return text.ActorStartingAt[at];
        if (text.Tokens[at].Kind != Text.Tokenization.TokenKind.Quote || QuotationMarks.IsClosing(text.Tokens[at].Normalized)
            || at + 1 >= end || text.ActorStartingAt[at + 1] is not (var a and >= 0)) return -1;
        var close = text.Actors[a].End;
        return close < end && text.Tokens[close].Kind == Text.Tokenization.TokenKind.Quote && QuotationMarks.IsClosing(text.Tokens[close].Normalized) ? a : -1;
    }

    /// <summary>
    /// The word surely opens with the conjunction و: the segmenter offers that reading for words whose و is their own
    /// («وكر», «وثائق», «والدة»), so it counts only when at least three letters are left (as the segmenter's own best
    /// guess asks) and the segmenter's frequency test takes the و for a proclitic, never when news writes neither form
    /// (<see cref="Text.Morphology.FrequentForms.IsProclitic(ReadOnlySpan{char}, ReadOnlySpan{char})"/>): «وضربه», «والعمل»,
    /// «وتابع», not «وكر», «وسط», «وقود», «وصول».
    /// </summary>
    public static bool SurelyJoinedByAnd(EventText text, int token)
    {
        var key = text.Tokens[token].Key;
        if (text.Tokens[token].Kind != Text.Tokenization.TokenKind.ArabicWord || key.Length < 4 || key[0] != 'و') return false;
        return Text.Morphology.FrequentForms.IsProclitic(key, key.AsSpan(1)) == true;
    }

    public static int NextWord(EventText text, int from, int end)
    {
        while (from < end && text.IsSkippable(from)) from++;
        return from;
    }

    /// <summary>The last word at or before <paramref name="from"/> that is not skippable, or one before <paramref name="start"/>.</summary>
    public static int PreviousWord(EventText text, int from, int start)
    {
        while (from >= start && text.IsSkippable(from)) from--;
        return from;
    }

    /// <summary>
    /// «قال التحالف إنه لم ينفذ», «أعلنت القوات أنها اعترضت»: the complementiser carrying the clause's subject as a pronoun
    /// (arguments.tsv, complement_pronoun, or a copula right after a complementiser: «أن تكون قد أغلقت») before <paramref name="token"/>, with at most <paramref name="words"/> words between
    /// that are negations or particles (or, for an event noun, its verb), none an actor, a trigger or a clause end; or -1.
    /// </summary>
    public int PronounComplementBefore(EventText text, int token, bool[] isTrigger, int words = 2, bool anyWord = false)
    {
        for (var t = token - 1; t >= 0 && words >= 0; t--)
        {
            if (text.IsSkippable(t)) continue;
            var word = text.Words[t];
            if (language.IsCue("complement_pronoun", word)) return t;
            // «نفت الحكومة أن تكون قد أغلقت الحدود»: the copula after a complementiser carries the subject as its pronoun does.
            if (language.IsCue("copula", word) && AfterComplement(text, t)) return t;
            if (text.IsComma(t) || IsClauseEnd(text, t) || isTrigger[t] || text.ActorCovering[t] >= 0
                || language.IsCue("patient", word)) return -1;
            if (!anyWord && !IsVerbParticle(text, t)) return -1;
            words--;
        }
        return -1;
    }

    /// <summary>
    /// A preposition carrying its own pronoun («خلالها», «فيها», «عليه»): a complete adverbial phrase that refers back, so
    /// a verb's subject may still follow it («أحرق خلالها شبان غاضبون مقار حكومية», «شارك فيها آلاف»).
    /// </summary>
    public bool IsPrepositionWithPronoun(EventText text, int token)
    {
        if (language.CueForm("preposition", text.Words[token]) is not { } form) return false;
        var key = text.Tokens[token].Key;
        if (key.Length <= form.Length) return false;
        return CliticSegmenter.ThirdPersonPronoun(key) is { } pronoun && key.Length > pronoun.Length && key.Length - pronoun.Length >= form.Length - 1;
    }

    /// <summary>A negation or a verb particle (arguments.tsv: negation, verb_particle: لم، لن، قد، سوف) that stands between a subject and its verb.</summary>
    public bool IsVerbParticle(EventText text, int token) =>
        text.Words[token].Forms.Count > 0 && (language.IsCue("negation", text.Words[token]) || language.IsCue("verb_particle", text.Words[token]));

    /// <summary>Whether a passive auxiliary (auxiliaries.tsv: «تم», «جرى», «يجري») stands in [from, to): the act after it has no doer named.</summary>
    public bool PassiveAuxiliaryBetween(EventText text, int from, int to)
    {
        for (var t = from; t < to; t++)
            if (text.Words[t].Forms.Count > 0 && language.IsPassiveAuxiliary(text.Words[t])) return true;
        return false;
    }

    public bool AfterComplement(EventText text, int token)
    {
        var t = token - 1;
        while (t >= 0 && text.IsSkippable(t)) t--;
        return t >= 0 && language.IsCue("complement", text.Words[t]);
    }

    /// <summary>«أثناء مداهمة مخبأ»: the trigger right after a preposition that sets it within another act (arguments.tsv,
    /// during); read for the act's doer (ArgumentResolver) and its date (EventSetting).</summary>
    public bool AfterDuring(EventText text, TriggerMatch m, int sentenceStart) => AfterCue("during", text, m, sentenceStart);

    /// <summary>«بعد مداهمة منازلهم»: the trigger right after a preposition of the step just before another act
    /// (arguments.tsv, prior_step); read for its date (PriorStepDate).</summary>
    public bool AfterPriorStep(EventText text, TriggerMatch m, int sentenceStart) => AfterCue("prior_step", text, m, sentenceStart);

    private bool AfterCue(string kind, EventText text, TriggerMatch m, int sentenceStart)
    {
        var before = PreviousWord(text, m.First - 1, sentenceStart);
        return before >= sentenceStart && language.IsCue(kind, text.Words[before]);
    }

    /// <summary>A word carrying a preposition of its own («بمناسبة», «برصاص»): it starts a new phrase, it is no adjective or genitive of the noun before it.</summary>
    public static bool Governed(EventText text, int token) =>
        text.Words[token].Prefixes.Count > 0 && text.Words[token].Forms.Count > 1 && AttachedPreposition(text.Words[token].Prefixes[^1]) is not null;

    /// <summary>
    /// The sentence opens with a time expression, alone or after a locative preposition («وفي يوم الأحد 8 فبراير …»,
    /// «1970 - …»): it sets its acts in a time of their own, as each day of a leader's diary or each year of an almanac does.
    /// </summary>
    public bool OpensWithTime(EventText text, int sentence)
    {
        var span = text.Sentences[sentence];
        var t = NextWordOrTime(text, span.FirstToken, span.EndToken);
        if (t >= span.EndToken) return false;
        if (text.InTime[t]) return true;
        if (!language.IsCue("locative", text.Words[t])) return false;
        t = NextWordOrTime(text, t + 1, span.EndToken);
        return t < span.EndToken && text.InTime[t];
    }

    private static int NextWordOrTime(EventText text, int from, int end)
    {
        while (from < end && !text.Tokens[from].IsWord && !text.InTime[from]) from++;
        return from;
    }

    /// <summary>The sentence's first word, at or before <paramref name="limit"/>, carries و or ف: it goes on with the sentence before.</summary>
    public static bool OpensWithConjunction(EventText text, int sentenceStart, int limit)
    {
        var first = NextWord(text, sentenceStart, limit + 1);
        return first <= limit && text.Words[first].Prefixes.Count > 0 && text.Words[first].Prefixes[^1] is ['و' or 'ف', ..];
    }

    /// <summary>
    /// The first-person perfect in نا («اعتقلنا»; of a root opening with و or ف, «وقعنا», «فتحنا»: trimmed to four letters,
    /// the word was five): a past act the quote reports, never the speech act the quote performs.
    /// </summary>
    public static bool IsFirstPersonPerfect(EventText text, int token)
    {
        var written = text.Tokens[token].Key;
        var key = CliticSegmenter.WithoutConjunction(written, 4);
        return (key.Length > 4 || key.Length == 4 && written.Length > 4) && FirstPersonShape.EndsWithWe(key);
    }

    /// <summary>
    /// A first-person verb (its letters: <see cref="FirstPersonShape"/>): the perfect in نا (<see cref="IsFirstPersonPerfect"/>), the imperfect with ن or أ after the future س («سنقدم») or after a
    /// negation («لم نسمح») or a first-person pronoun (arguments.tsv first_person: «أنا أدين», «نحن نطالب»). Other imperfects
    /// in ن are left out: a perfect like نشر starts with ن too. A verbal noun in ن in the accusative is no perfect
    /// (<see cref="IsAccusativeNoun"/>: «أن هناك تعاونا بين البلدين»).
    /// </summary>
    public bool IsFirstPerson(EventText text, int token)
    {
        if (IsFirstPersonPerfect(text, token)) return !IsAccusativeNoun(text, token);
        var key = CliticSegmenter.WithoutConjunction(text.Tokens[token].Key, 4);
        if (key.Length > 3 && key[0] == 'س' && FirstPersonShape.OpensImperfect(key.AsSpan(1))) return true;
        var previous = token - 1;
        return key.Length > 3 && FirstPersonShape.OpensImperfect(key) && previous >= 0
               && (language.IsCue("negation", text.Words[previous]) || language.IsCue("first_person", text.Words[previous]));
    }

    /// <summary>
    /// A word in ـا that is an indefinite noun in the accusative, not a verb with the pronoun نا: written with tanween
    /// («تعاونًا»), or right after a word of having or being there (intentions.tsv `having`: «هناك تعاونا», «ثمة تضامنا»),
    /// which a noun follows, never a verb.
    /// </summary>
    public bool IsAccusativeNoun(EventText text, int token)
    {
        var span = text.Tokens[token].Span;
        if (Entities.Linking.NameWordEvidence.HasTanween(text.Text.AsSpan(span.Start, span.End - span.Start))) return true;
        return token > 0 && text.Words[token - 1].Forms.Count > 0 && language.IsIntentionWord("having", text.Words[token - 1]);
    }

    /// <summary>
    /// How many words stand between the clause's start (sentence start, comma, clause end, subordinator) and the token; a
    /// trigger among them counts as many. A negation, a verb particle or a quantifier is no word of its own: «لم يعقد
    /// الوزير أي لقاء» and «ودخل عشرة معتقلين في إضراب» have the verb alone before their subject, as «عقد الوزير لقاء».
    /// </summary>
    public int WordsBeforeInClause(EventText text, int token, int sentenceStart, bool[] isTrigger)
    {
        var words = 0;
        for (var t = token - 1; t >= sentenceStart; t--)
        {
            if (text.IsComma(t)) break;
            if (text.IsSkippable(t) || IsVerbParticle(text, t) || text.Words[t].Forms.Count > 0 && language.IsCue("quantifier", text.Words[t])) continue;
            if (IsClauseEnd(text, t) || language.IsCue("complement", text.Words[t])) break;
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
}
