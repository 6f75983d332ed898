using Marsad.Entities;
using Marsad.Events.Lexicon;
using Marsad.Quotes;
using Marsad.Text.Morphology;
using Marsad.Text.Tokenization;

namespace Marsad.Events;

/// <summary>
/// First pass: finds event triggers sentence by sentence with the trigger lexicon, left to right, the longest pattern at
/// each place, several per sentence. A trigger inside a named entity («منظمة التعاون الإسلامي») is no event. A verb form
/// right after a control word («قررت … قطع», «قرار الجزائر قطع») is the event noun of that word, not a verb.
/// No trigger starts inside a fixed phrase of non-triggers.tsv («صلى الله عليه وسلم», «احتلت المركز الأول»), nor on a
/// patient verb of arguments.tsv («تعرضت البلاد لهجوم»: the subject undergoes the event the noun beside it names; the
/// verb itself is no offer). An event noun braced for or plotted (after a word of anticipation.tsv: «تحسباً لأعمال شغب»,
/// «يخططون لاستهداف كنيسة») names no event, nor does one named as backdrop or topic right after a word of backdrop.tsv
/// («في ظل الهجمات», «قلق بشأن الاحتجاجات») unless its doer is named right after it. An active participle (participle in arguments.tsv: «متهمة»، «واصفاً») is an
/// act only after a comma, where it goes on with the main clause. A phone call with a party in quote marks («في اتصال هاتفي
/// مع «الشرق الأوسط»») is an interview with an outlet, no consultation; words in the title of a novel, film or book in
/// quote marks right after its noun («رواية «أن تقتل طائرا محاكيا»») name the work, no event.
/// </summary>
public sealed class TriggerFinder(EventLanguage language)
{
    private readonly Domain.ConditionParticles _conditions = new(language);

    /// <summary>The words right after a long-gap verb where its subject stands («لم تسفر جولة المحادثات»).</summary>
    private const int SubjectWords = 2;

    public IReadOnlyList<TriggerMatch> Find(EventText text)
    {
        var found = new List<TriggerMatch>();
        // «لم تتسلم الإمارات حتى الآن أي شحنة»: a polarity «أي» belongs with the object and takes no room in a pattern's gap.
        Func<int, bool> uncounted = t => language.IsPolar(text.Words[t]);
        // «الاتفاق لا يقوم على», «اتفاق، على غرار»: a clause opened after an event noun ends its phrase.
        Func<int, bool> closesNounPhrase = t => ClosesNounPhrase(text, t);
        // «إنقاذ المهرجان من «الضياع»»: a fixed phrase of non-triggers.tsv reads through quote marks set around its words.
        Func<int, bool> quoteMark = t => text.Tokens[t].Kind == TokenKind.Quote;
        foreach (var sentence in text.Sentences)
        {
            var end = Math.Min(sentence.EndToken, text.Tokens.Count);
            var maskedUntil = -1;
            // A long-gap match (~~) keeps the words up to its end, except its verb's subject right after it (gapOpenUntil).
            var (gapOpenUntil, gapEnd) = (-1, -1);
            for (var t = sentence.FirstToken; t < end; t++)
            {
                if (text.Words[t].Forms.Count == 0 || t >= gapOpenUntil && t < gapEnd) continue;
                if (language.NonTriggers.MatchAt(text.Words, t, end, uncounted: quoteMark) is { } fixedPhrase) maskedUntil = Math.Max(maskedUntil, fixedPhrase.End);
                if (t < maskedUntil) continue;
                if (language.IsCue("patient", text.Words[t])) continue;
                if ((language.Triggers.MatchAt(text.Words, t, end, start: sentence.FirstToken, uncounted: uncounted, closesNounPhrase: closesNounPhrase)
                     ?? (VerbPlace(text, t, sentence.FirstToken)
                         ? language.Triggers.MatchAt(text.Words, t, end, bareVerb: true, start: sentence.FirstToken, uncounted: uncounted, closesNounPhrase: closesNounPhrase)
                         : null))
                    is not { } match) continue;
                if (text.ActorCovering[t] >= 0 && !text.Actors[text.ActorCovering[t]].Collective) continue;
                // The interview class of non-triggers.tsv names the outlet's kind («في اتصال هاتفي مع صحيفة الوطن»); an
                // outlet named by its title alone stands in quote marks right after the partner preposition («في اتصال
                // هاتفي مع «الشرق الأوسط»», «بـ"الوطن"»): all 28 such calls in SaudiNewsNet are statements to the press.
                if (PartnerInQuoteMarks(text, match.Value, match.End, end))
                {
                    t = match.End - 1;
                    continue;
                }
                // «، متهمة المجلس العسكري بخرق التزاماته»: a participle names an act only after a comma; elsewhere it is the
                // passive «accused» («متهم بالقتل») or a noun («المتهمين»).
                if (language.IsCue("participle", text.Words[t]) && !(t > sentence.FirstToken && text.IsComma(t - 1)))
                    continue;
                // «رواية «أن تقتل طائرا محاكيا»», «باب «مسارات الشغب»»: words in the title of a novel, a film, a book or a
                // column, in quote marks right after the work's noun, name the work, no event.
                if (InWorkTitle(text, t, sentence.FirstToken))
                {
                    t = match.End - 1;
                    continue;
                }
                var entry = match.Value;
                var prefix = text.Words[t].Prefixes[match.FirstForm];
                if (FirstPersonReading(text, t, match.FirstForm, entry.Verbal, sentence.FirstToken)) continue;
                // «أعذب الألحان», «كنا نزور الساحة»: a verb form only the first person spells is another word, or the
                // writer's own act, outside someone's own words. The plural's ن form has no other reading, so quote marks
                // the quote step read no quote in still hold someone's words; the singular's أ form is mostly an elative,
                // first person only in a direct quote («وأثمنها» in a quoted text is "the most precious of them").
                if (entry.FirstPersonOnly is { } own && text.Words[t].Forms[match.FirstForm] is var form && own.Contains(form)
                    && !InDirectQuote(text, t) && !(form.StartsWith('ن') && InQuoteMarks(text, t, sentence.FirstToken, end))) continue;
                // «أعلن أنه سيزور المملكة»: the future prefix makes a verb even after a control word, never a verbal noun.
                var futurePrefix = entry.Verbal && PatternWord.IsFuturePrefix(prefix);
                var verbal = entry.Verbal && (futurePrefix || !AfterControlWord(text, t, sentence.FirstToken)) && !prefix.Contains("ال", StringComparison.Ordinal);
                // «ممهداً الطريق لرفع العقوبات»: with a linking letter attached, a verb form is the verbal noun the cue governs.
                if ((!verbal || language.HasLinkingLetter(text.Words[t])) && AfterAnticipation(text, t, sentence.FirstToken))
                {
                    t = match.End - 1;
                    continue;
                }
                var future = verbal && PatternWord.IsFuturePrefix(prefix);
                // «الهجوم، الذي هدد بشل الخدمات»: a verb in a relative clause on an event noun describes that event.
                if (verbal && found.Count > 0 && found[^1].Sentence == sentence.Index && RelativeOn(text, found[^1], t)) continue;
                // «قطع علاقاتها … وطرد جميع ممثليها»: coordinated with an event noun, the bare form is a noun too — only a
                // three-letter perfect, which is spelled as its verbal noun (طرد); «وطالب», «وأدان» have nouns of their own
                // (مطالبة، إدانة), so they stay verbs coordinated with the verb before («وأدان الأزهر الاعتداء … وطالب»).
                // A person named right after it is the verb's subject («، وقبل أردوغان الدعوة»): a verbal noun takes no person
                // as its genitive where the perfect reads so plainly as the verb.
                if (verbal && found.Count > 0 && found[^1].Sentence == sentence.Index && !found[^1].Verbal
                    && text.Words[t].Prefixes.Any(p => p.StartsWith('و')) && text.Tokens[t].Key[1..] is { Length: 3 } bare && text.Words[t].Forms.Contains(bare)
                    && !PersonNext(text, t))
                {
                    verbal = false;
                    future = false;
                }
                // «أعلنت مسؤوليتها عن خطف صيادين»: a preposition governs a noun, never a verb; the form after it is the verbal noun.
                if (verbal && AfterPreposition(text, t, sentence.FirstToken))
                {
                    // «في تدمر», «على قاطع بونش»: a bare verb form not spelled as its verbal noun (an imperfect, a derived
                    // perfect) after a preposition that never governs a verb is a name or another noun (Palmyra, not "she
                    // destroys"; a sector of Kashmir, not "boycotted").
                    if (prefix.Length == 0 && !SpelledAsVerbalNoun(text.Words[t].Forms[match.FirstForm]) && AfterNounPreposition(text, t, sentence.FirstToken)) continue;
                    verbal = false;
                    future = false;
                }
                // «بتهمة قتل زوجته», «وسط قصف»: a backdrop or charge noun governs a noun, so a bare three-letter perfect right
                // after it is its verbal noun (قتل the killing), spelled the same.
                if (verbal && BareThreeLetters(text, t) && AfterBackdrop(text, t, sentence.FirstToken))
                {
                    verbal = false;
                    future = false;
                }
                // «في ظل الهجمات», «قلق بشأن الاحتجاجات»: an event noun named as backdrop or topic, its doer unnamed, is no event.
                if (!verbal && AfterBackdrop(text, t, sentence.FirstToken) && !DoerNamedAfter(text, t))
                {
                    t = match.End - 1;
                    continue;
                }
                // A long gap (~~) anywhere in the pattern («وصل … في زيارة», «واصفة … غير مهني») leaves the first word alone as the trigger.
                var longGap = false;
                for (var w = 1; w < match.WordTokens.Count; w++) longGap |= match.WordTokens[w] - match.WordTokens[w - 1] > PatternWord.ShortGap + 1;
                found.Add(new TriggerMatch(entry, t, match.End, sentence.Index, verbal, future, longGap ? t + 1 : match.End, match.WordTokens)
                {
                    // «قُتل ثلاثة جنود», «اعتقل 12 شخصاً»: a harm whose subject undergoes it.
                    Passive = verbal && !future && PassiveVoice.Harm(entry) && PassiveVoice.Reads(text, language, t),
                    ObjectPronoun = verbal && Arguments.ClauseSyntax.IsFormWithPronoun(text, t, text.Words[t].Forms[match.FirstForm]),
                });
                // «توصل الطرفان إلى اتفاق لوقف إطلاق النار»: a fixed phrase that starts inside the trigger («اتفاق لوقف
                // إطلاق النار», a topic) still masks what it covers after the trigger.
                for (var inside = t + 1; inside < match.End; inside++)
                    if (text.Words[inside].Forms.Count > 0 && language.NonTriggers.MatchAt(text.Words, inside, end, uncounted: quoteMark) is { } covered)
                        maskedUntil = Math.Max(maskedUntil, covered.End);
                // «لم تسفر جولة المحادثات بين … عن أي اتفاق»: a long gap opens with the verb's subject, and an event noun
                // there (the talks) is an act of its own; further into the gap, objects and adverbials stay the pattern's.
                if (longGap && verbal)
                {
                    (gapOpenUntil, gapEnd) = (t + 1 + SubjectWords, match.End);
                    continue;
                }
                t = match.End - 1;
            }
        }
        return found;
    }

    /// <summary>
    /// «الإنسان اجتماعي بطبعه», «في إطار تعاوني», «مجسّ ترحيبي», «منصب وزاري», «وطالبي الاسترخاء»: the trigger's form read with
    /// a lone ي after it takes that ي for "my" or "me" («اجتماعي» my meeting, «وزاري» and I visited). The first person lives
    /// in someone's own words, a direct quote: elsewhere the word is a nisba adjective (social, cooperative, welcoming,
    /// ministerial) or a sound plural's construct (طالبي, seekers of). A verb's "me" is ني («سلمني»), never a lone ي; a noun
    /// is "my" also where only a noun stands, governed by an attached ب/ل («لاعتقالي») or after a passive auxiliary («تم
    /// اعتقالي»), as a writer tells his own story.
    /// </summary>
    private bool FirstPersonReading(EventText text, int token, int form, bool verbal, int sentenceStart)
    {
        var words = text.Words[token];
        var key = text.Tokens[token].Key;
        var stem = words.Forms[form];
        var prefix = words.Prefixes[form].Length;
        if (prefix + stem.Length != key.Length - 1 || key[^1] != 'ي' || !key.AsSpan(prefix).StartsWith(stem, StringComparison.Ordinal))
            return false;
        if (verbal && !key.EndsWith("ني", StringComparison.Ordinal)) return true;
        if (!verbal && (language.HasLinkingLetter(words) || (token > sentenceStart && language.IsPassiveAuxiliary(text.Words[token - 1]))))
            return false;
        return !InDirectQuote(text, token);
    }

    // The first person lives in someone's own words: a direct quote.
    private static bool InDirectQuote(EventText text, int token)
    {
        var span = text.Tokens[token].Span;
        return text.Quotes.Any(q => q.Kind == Quotes.QuoteKind.Direct && q.Span.Contains(span));
    }

    /// <summary>
    /// Whether the token ends the phrase of an event noun before it: a comma, colon, semicolon or closing parenthesis, or a
    /// word that opens a clause of its own — a subordinator (stop), a negation, a complementiser, a verb particle or copula of arguments.tsv, a
    /// condition of conditions.tsv: «الاتفاق لا يقوم على», «الاتفاق لو كنا على», «(نص الاتفاق) يضع قيودا على».
    /// A preposition further on then belongs to that clause, not to the noun's pattern. A relative pronoun does not end it:
    /// its clause describes the noun («المسيرة التي دعت إليها المعارضة»).
    /// </summary>
    private bool ClosesNounPhrase(EventText text, int token)
    {
        if (text.IsComma(token) || text.Tokens[token].Normalized is "؛" or ";" or ":" or ")") return true;
        var word = text.Words[token];
        return word.Forms.Count > 0 && (language.IsCue("stop", word) && !language.IsCue("relative", word) || language.IsCue("negation", word) || language.IsCue("complement", word)
            || _conditions.Opens(text, token) || language.IsCue("verb_particle", word) || language.IsCue("copula", word));
    }

    private static bool PersonNext(EventText text, int token) =>
        ActorNext(text, token) is var a and >= 0 && EntityId.Is(text.Actors[a].EntityId, EntityType.PER);

    // The actor phrase starting at the first word after the token, punctuation and times stepped over, or -1.
    private static int ActorNext(EventText text, int token)
    {
        var next = token + 1;
        while (next < text.Tokens.Count && text.IsSkippable(next)) next++;
        return next < text.Tokens.Count ? text.ActorStartingAt[next] : -1;
    }

    // Harms done to persons or things named as the verb's object: only these have a passive the news reports.
    /// <summary>
    /// A phone call whose partner preposition (a recipient mark of its row) is followed directly by an opening quote mark:
    /// the party called is a newspaper, channel or agency named by its title, and the call an interview.
    /// </summary>
    private static bool PartnerInQuoteMarks(EventText text, TriggerEntry entry, int matchEnd, int sentenceEnd)
    {
        if (entry.Mode != "phone" || matchEnd + 1 >= sentenceEnd) return false;
        var (partner, mark) = (text.Tokens[matchEnd], text.Tokens[matchEnd + 1]);
        return entry.TargetMarks.Contains(partner.Key) && mark.Kind == TokenKind.Quote && !QuotationMarks.IsClosing(mark.Normalized);
    }

    /// <summary>
    /// «قال بقوله «… ونحن نؤيد ما يتخذه الصندوق»»: words between quote marks in their sentence, a clause long
    /// (<see cref="QuotedClauseWords"/> words or more, so not a name or title in quote marks, «الساحة الملكية»), are someone's
    /// own even where the quote step found no quote there; a quote running past its sentence has no closing mark in it.
    /// </summary>
    private static bool InQuoteMarks(EventText text, int token, int sentenceStart, int sentenceEnd)
    {
        var open = OpeningQuoteBefore(text, token, sentenceStart);
        if (open < 0) return false;
        var close = token + 1;
        while (close < sentenceEnd && text.Tokens[close].Kind != TokenKind.Quote) close++;
        return close - open - 1 >= QuotedClauseWords;
    }

    private const int QuotedClauseWords = 4;

    /// <summary>The quote mark opened before <paramref name="token"/> in its sentence and not closed before it, or -1.</summary>
    internal static int OpeningQuoteBefore(EventText text, int token, int sentenceStart)
    {
        var open = -1;
        for (var t = sentenceStart; t < token; t++)
            if (text.Tokens[t].Kind == TokenKind.Quote)
                open = QuotationMarks.IsClosing(text.Tokens[t].Normalized) || text.Tokens[t].Normalized == "\"" && open >= 0 ? -1 : t;
        return open;
    }

    /// <summary>
    /// The token stands between quote marks opened right after a noun of a creative work or a column (`work` in
    /// arguments.tsv: «رواية «أن تقتل طائرا محاكيا»», «فيلم «الهجوم»», «باب «مسارات الشغب»»): a title, no event. A title
    /// after «بعنوان» or a report's name is left alone, since a headline quoted so tells the news («مقال بعنوان «أوباما
    /// يدافع عن الاتفاق»»).
    /// </summary>
    private bool InWorkTitle(EventText text, int token, int sentenceStart)
    {
        var open = OpeningQuoteBefore(text, token, sentenceStart);
        return open > sentenceStart && text.Tokens[open - 1].Kind == TokenKind.ArabicWord && language.IsCue("work", text.Words[open - 1]);
    }

    private bool AfterPreposition(EventText text, int token, int sentenceStart)
    {
        var t = token - 1;
        while (t >= sentenceStart && text.IsSkippable(t)) t--;
        return t >= sentenceStart && language.IsCue("preposition", text.Words[t]);
    }

    // A preposition of arguments.tsv noun_preposition (all but من, which is also "who": «من يقتل») as the very token before
    // the word, standing bare: with its pronoun («قال فيها «نهنئ»», «والسيطرة عليها سيطروا على») it ends its phrase, and
    // past skipped words it governs them («وفي يوم الأحد استقبل الملك»: the date), so a verb may open the next clause.
    private bool AfterNounPreposition(EventText text, int token, int sentenceStart)
    {
        var t = token - 1;
        if (t < sentenceStart || text.Tokens[t].Kind != TokenKind.ArabicWord) return false;
        var word = text.Words[t];
        for (var f = 0; f < word.Forms.Count; f++)
            if (word.Prefixes[f].Length + word.Forms[f].Length == text.Tokens[t].Key.Length && language.IsCue("noun_preposition", word.Forms[f])) return true;
        return false;
    }

    // Verb forms spelled as their verbal noun: the bare perfect of three letters («عن خطف», «وسط قصف») and the perfect of
    // the fifth and sixth forms in ت («في تعاون», «عن تبادل», ImperfectVerbShape.MayBeTPerfect). Every other form — an
    // imperfect («تدمر»), a derived perfect («قاطع», whose verbal noun is مقاطعة), a person ending — is spelled otherwise.
    private static bool SpelledAsVerbalNoun(string form) => form.Length <= 3 || ImperfectVerbShape.MayBeTPerfect(form);

    // «الهجوم، الذي هدد», and the asyndetic relative on an indefinite noun: «هجوم إلكتروني استهدفها».
    // With its own subject right after it («التي اتهمت الرياض طهران») the verb is an event of its own.
    private bool RelativeOn(EventText text, TriggerMatch previous, int token)
    {
        var next = token + 1;
        while (next < text.Tokens.Count && text.IsSkippable(next)) next++;
        if (next < text.Tokens.Count && text.ActorStartingAt[next] >= 0 && !text.Actors[text.ActorStartingAt[next]].Collective) return false;
        if (!previous.Verbal && previous.End == token) return true;
        var t = token - 1;
        if (t < 0 || !language.IsCue("stop", text.Words[t])) return false;
        t--;
        while (t >= 0 && text.IsSkippable(t)) t--;
        // «الهجوم الإرهابي الذي استهدف», «الغارة الإسرائيلية التي»: up to two nisba adjectives of the noun may come first.
        for (var adjectives = 0; adjectives < 2 && t >= previous.End && NisbaAdjective.IsAnyNumber(text.Tokens[t])
             && (text.ActorCovering[t] < 0 || text.Actors[text.ActorCovering[t]].Adjectival); adjectives++) t--;
        return t == previous.End - 1;
    }

    /// <summary>
    /// «طالب الرئيس اليمني الميليشيات…»: a word opening its sentence (after a dateline at most) with a named actor or a
    /// definite body right after it stands where the verb of a VSO clause stands, so a bare perfect marked ! (طالب, also
    /// "student") is the verb there; a nisba after it («طالب سعودي») makes it the noun.
    /// </summary>
    private static bool VerbPlace(EventText text, int token, int sentenceStart)
    {
        for (var t = token - 1; t >= sentenceStart; t--)
            if (text.Tokens[t].Normalized is not ("-" or "–" or "،" or ",") && text.ActorCovering[t] < 0) return false;
        var next = token + 1;
        while (next < text.Tokens.Count && text.IsSkippable(next)) next++;
        return next < text.Tokens.Count && text.ActorStartingAt[next] is var a and >= 0 && !text.Actors[a].Adjectival;
    }

    // «قررت … قطع»: a control word within three words before the trigger. «الأمر» standing for the clause before
    // (arguments.tsv back_reference: «، الأمر الذي يهدد») is "the matter", no «أمر» "ordered": the verb after it stays a verb.
    private bool AfterControlWord(EventText text, int token, int sentenceStart) =>
        AfterWordOf(language.ControlWords, 3, text, token, sentenceStart, notCue: t => language.IsCue("back_reference", text.Words[t]));

    // «تحسباً لأعمال شغب», «يخططون لاستهداف كنيسة»: the act braced for or plotted, within two words after the cue.
    private bool AfterAnticipation(EventText text, int token, int sentenceStart) => AfterWordOf(language.AnticipationWords, 2, text, token, sentenceStart);

    // «قتل», «قصف» with no prefix: a three-letter perfect, spelled as its verbal noun.
    private static bool BareThreeLetters(EventText text, int token) =>
        text.Tokens[token].Key is { Length: 3 } key && text.Words[token].Forms.Contains(key);

    // «على خلفية الاحتجاجات», «لبحث العقوبات»: the word right before the noun names it as backdrop or topic.
    private bool AfterBackdrop(EventText text, int token, int sentenceStart) => AfterWordOf(language.BackdropWords, 1, text, token, sentenceStart);

    // «أنباء بشأن اتفاق الحركة مع المملكة», «رغم اعتداءات بوكو حرام»: a named actor (no nisba) right after the noun is
    // its doer in the genitive, which makes the act a specific one.
    private static bool DoerNamedAfter(EventText text, int token) => ActorNext(text, token) is var a and >= 0 && !text.Actors[a].Adjectival;

    private bool AfterWordOf(IReadOnlySet<string> cues, int window, EventText text, int token, int sentenceStart, Func<int, bool>? notCue = null)
    {
        var words = 0;
        for (var t = token - 1; t >= sentenceStart && words < window; t--)
        {
            // «ممهداً بذلك الطريق لرفع العقوبات»: a demonstrative standing for the clause before («بذلك», «لذلك») is an
            // adverbial inside the cue's phrase, no word of the window.
            if (text.IsSkippable(t) || language.IsCue("demonstrative", text.Words[t])) continue;
            if (text.Words[t].Forms.Any(cues.Contains) && notCue?.Invoke(t) != true) return true;
            words++;
        }
        return false;
    }
}
