using Marsad.Entities;
using Marsad.Events.Actors;
using Marsad.Events.Lexicon;
using Marsad.Quotes;
using Marsad.Text.Morphology;

namespace Marsad.Events.Arguments;

/// <summary>
/// The recipient named by an actor phrase: the first actor after the trigger marked the way its lexicon row says — a
/// preposition, or the object (<see cref="FindTarget"/>) —, one named inside the trigger's own pattern
/// (<see cref="OwnObject"/>), the object of a verbal noun whose pronoun names its doer (<see cref="PronounDoersObject"/>),
/// the state an envoy is accredited to (<see cref="AccreditedState"/>), and the actor after a given preposition
/// (<see cref="ActorAfter"/>).
/// </summary>
public sealed class RecipientSearch(EventLanguage language)
{
    /// <summary>How many words after the trigger a recipient is looked for.</summary>
    public const int TargetWindow = 10;

    private readonly ClauseSyntax _syntax = new(language);

    // The prepositions of direction (arguments.tsv, toward): «باتجاه», «نحو», «صوب».
    private readonly string[] _toward = [.. language.ArgumentCues.Where(c => c.Value.Contains("toward")).Select(c => c.Key)];

    /// <summary>
    /// The prepositions that mark the trigger's recipient: its lexicon row's, and after a deployment or an attack the
    /// prepositions of direction (arguments.tsv, toward): «أرسل الجيش تعزيزات باتجاه مواقع المتمردين» heads to and faces
    /// them whatever preposition the row names.
    /// </summary>
    public IReadOnlyList<string> RecipientMarks(TriggerEntry entry) =>
        entry.Type is PloverType.MOBILIZE or PloverType.ASSAULT ? [.. entry.TargetMarks, .. _toward] : entry.TargetMarks;

    /// <summary>
    /// The first actor in [<paramref name="from"/>, <paramref name="end"/>) marked as the trigger's row marks its recipient:
    /// the object, or governed by one of its prepositions; «بين X و Y» names both (the first becomes the source when none
    /// was found). In a pattern's gap (<paramref name="governedOnly"/>) only a governed phrase.
    /// </summary>
    public ActorPhrase? FindTarget(EventText text, DraftEvent draft, int from, int end, bool[] isTrigger, ref ActorPhrase? source,
        IReadOnlyDictionary<int, DraftEvent>? draftAt = null, bool governedOnly = false)
    {
        var marks = RecipientMarks(draft.Trigger.Entry);
        if (marks.Count == 0) return null;
        var words = 0;
        // A direct object stands before any prepositional phrase; a verb carrying its object pronoun («واعتقلتهم الشرطة»)
        // has none to find.
        var objectOpen = !draft.Trigger.ObjectPronoun;
        var chain = source; // the last conjunct of the subject seen so far
        // «بين X و Y» names both parties only where the lexicon row marks بين: widening it to every joint act (مع) cost the
        // seeds precision («التعاون بين البلدين», «وناقشا التوتر بين ألبانيا وإيران»).
        var between = marks.Contains("بين");
        for (var t = from; t < end && words < TargetWindow; t++)
        {
            if (ClosesAtComma(text, t)) break;
            if (text.IsSkippable(t)) continue;
            if (_syntax.IsClauseEnd(text, t)) break;
            if (isTrigger[t] && t != draft.Trigger.First)
            {
                // «وحكمت محكمة فرنسية غيابياً بالسجن المؤبد على ثلاثة مسؤولين»: an event noun that marks its recipient by the
                // verb's own preposition is the verb's complement (the sentence of a conviction); the recipient after it is both's.
                if (draftAt?.GetValueOrDefault(t) is { Trigger: { Verbal: false } next }
                    && next.Entry.TargetMarks.Any(mark => mark != "obj" && marks.Contains(mark)))
                {
                    t = next.End - 1;
                    words++;
                    continue;
                }
                break;
            }
            if (text.ActorStartingAt[t] is not (var a and >= 0))
            {
                // «اعتقلت الشرطة 14 من أنصار المرشح»: a count and its من lead to the object they count.
                if (_syntax.IsPartitive(text, t))
                {
                    t++;
                    words++;
                    continue;
                }
                if (language.IsCue("preposition", text.Words[t])) objectOpen = false;
                if (!language.IsCue("quantifier", text.Words[t])) words++;
                continue;
            }
            var phrase = text.Actors[a];
            t = phrase.End - 1;
            words++;
            // «أمرت بحبس ثمانية مسؤولين»: the letter on the trigger's own noun governs the noun, not the noun's genitive.
            var governing = _syntax.Governing(text, phrase, draft.Trigger.End - 1);
            // A visit's destination may be a city that stands for its state («زار … تل أبيب»).
            // So may a capital after a recipient's preposition («طلب المساعدة من تل أبيب»), but not after a locative one.
            // So may a named place of a place noun («إلى مخيم زمزم»), whatever the gazetteer knows of it.
            // So may the city an embassy is opened or closed in («ستعيد فتح سفارتها في طرابلس»): a diplomatic row that marks
            // its recipient by a locative preposition has it in the state the mission sits in, unless that is the actor's own
            // («أعادت السلطات التركية فتح القنصلية السعودية في إسطنبول»: the host reopened a foreign mission).
            var destination = phrase.IsPlace && (phrase.Country is not null || language.IsCue("place", text.Words[phrase.First]) && governing != "من")
                && (draft.Mode == "visit" || (governing is not null && marks.Contains(governing)
                    && (!language.IsCue("locative", governing)
                        || phrase.Country is not null && phrase.Country != source?.Country && draft.Trigger.Entry.Contexts.Contains("diplomatic"))));
            if ((phrase.IsPlace && !destination) || (source?.EntityId is { } sid && phrase.EntityId == sid)) continue;
            // «زيارة مرتقبة للرئيس التونسي إلى الجزائر»: nobody visits his own state (a visit made, CAMEO 042; a host may
            // receive his own people); a party of the visitor's state named on the way (the visitor after ل) is not where it goes.
            // His own troops or police are («سيزور وزير الدفاع القوات المنتشرة على الحدود»): IntentCoding keeps that visit a CONSULT.
            if (draft.Trigger.Entry.Cameo == "042" && !phrase.IsPlace && phrase.Sector is not ("MIL" or "COP")
                && source?.Country is { } own && phrase.Country == own) continue;
            if (governing == "بين" && between)
            {
                if (source is null)
                {
                    source = phrase;
                    continue;
                }
                return phrase;
            }
            // «وجهت لها الحكومة ضربات»: in a pattern's gap only a phrase carrying its preposition or right after one is marked;
            // a phrase after a preposition with its own pronoun is the subject.
            // Right after the subject, in the gap or before it, a bare phrase is the object when the row marks one («وطالبت
            // منظمات حقوقية السلطات بالإفراج»), unless it is joined to the subject by و (a co-doer, read below); one further on
            // qualifies what came between («طالبت مجموعة من النشطاء الداعين إلى»).
            if (governedOnly && !phrase.HasAttachedPreposition && !(phrase.First > from && language.IsCue("preposition", text.Words[phrase.First - 1])
                && !_syntax.IsPrepositionWithPronoun(text, phrase.First - 1))
                && !(source is not null && phrase.First >= source.End && marks.Contains("obj") && objectOpen && !phrase.Proclitics.StartsWith('و')
                    && ClauseSyntax.OnlySkippableBetween(text, from, phrase.First))) continue;
            if (governing is null)
            {
                // «وتتهم بريطانيا وفرنسا النظام»: a second subject joined to the first is a co-doer, not the object (WithConjuncts
                // makes them one compound actor).
                if (chain is not null && phrase != source && ClauseSyntax.IsConjunctOf(text, chain, phrase) && !marks.Contains("مع"))
                {
                    chain = phrase;
                    continue;
                }
                // «استنكر مفتي مصر الدكتور شوقي علام»: a person named right after a state that ends the subject («مفتي مصر») is
                // that subject's name (apposition), not the object.
                if (source is not null && phrase != source && IsApposition(text, source, phrase)) continue;
                if (marks.Contains("obj") && objectOpen && phrase != source) return phrase.Adjectival ? WithNoun(text, phrase, from, isTrigger) : phrase;
                // «بين X و Y»: the second party after the first.
                if (source == phrase) continue;
                if (source is not null && text.Words[phrase.First].Prefixes.Count > 0 && between) return phrase;
                // «اتفقت القاهرة والخرطوم على…», «وقع الوزير ونظيره…»: with a joint act (marked by مع), the subject's second conjunct is the other party.
                if (source is not null && marks.Contains("مع") && phrase.Proclitics.StartsWith('و') && ClauseSyntax.OnlySkippableBetween(text, source.End, phrase.First))
                    return phrase;
                continue;
            }
            if (marks.Contains(governing)) return phrase;
            objectOpen = false;
        }
        return null;
    }

    /// <summary>
    /// A comma that closes the trigger's clause for the recipient search: one before a circumstantial participle of saying
    /// (Resources/Quotes/cues.tsv: «، مضيفاً أن», «، مشيرة إلى أن») opens what the subject adds, and one right after a quote's
    /// closing mark («…»، مضيفاً») returns to the reporter's frame; an actor after either is not the act's recipient
    /// («انتقد الوزير القرار، مضيفاً أن الحكومة الألمانية…»).
    /// </summary>
    private static bool ClosesAtComma(EventText text, int t)
    {
        if (!text.IsComma(t)) return false;
        if (t > 0 && text.Tokens[t - 1].Kind == Text.Tokenization.TokenKind.Quote && QuotationMarks.IsClosing(text.Tokens[t - 1].Normalized)) return true;
        return t + 1 < text.Tokens.Count && QuoteLexicon.Default.Cue(text.Tokens[t + 1].Key) is { Form: CueForm.Participle };
    }

    /// <summary>«طردت الحكومة الملحق العسكري الفرنسي»: an object nisba with the noun it qualifies (one or two words before it).</summary>
    private ActorPhrase WithNoun(EventText text, ActorPhrase nisba, int from, bool[] isTrigger)
    {
        var first = nisba.First;
        for (var t = nisba.First - 1; t >= Math.Max(from, nisba.First - 2); t--)
        {
            if (text.Tokens[t].Kind != Text.Tokenization.TokenKind.ArabicWord || text.ActorCovering[t] >= 0 || isTrigger[t]
                || language.IsCue("preposition", text.Words[t]) || language.IsCue("complement", text.Words[t])
                || text.Words[t].IsDefinite != text.Words[nisba.First].IsDefinite)
                break;
            first = t;
        }
        if (first == nisba.First) return nisba;
        var span = text.Span(first, nisba.End);
        return ActorPhrase.CommonNoun(first, nisba.End, span, text.Text, nisba.Country);
    }

    /// <summary>A person's name right after a state, with only a title between («مصر الدكتور شوقي علام»).</summary>
    private static bool IsApposition(EventText text, ActorPhrase first, ActorPhrase second) =>
        EntityId.Is(first.EntityId, EntityType.GPE) && EntityId.Is(second.EntityId, EntityType.PER)
        && second.Proclitics.Length == 0 && second.First - first.End <= 1 && second.First >= first.End;

    /// <summary>
    /// A recipient named inside the trigger's own pattern: «استدعت الخارجية السفير الروسي» (the pattern's word سفير heads the
    /// actor phrase «السفير الروسي»). Only for rows whose recipient is the object.
    /// </summary>
    public ActorPhrase? OwnObject(EventText text, TriggerMatch m, ActorPhrase? source, bool pronounSubject)
    {
        // Without a subject found elsewhere the pattern's actor word is the subject itself («قصف طيران التحالف»); a
        // complementiser's pronoun is a subject found elsewhere («أنها أسقطت عدداً من الطائرات»).
        if (!m.Entry.TargetIsObject || source is null && !pronounSubject) return null;
        for (var w = 1; w < m.WordTokens.Count; w++)
        {
            if (text.ActorCovering[m.WordTokens[w]] is not (var a and >= 0)) continue;
            var phrase = text.Actors[a];
            if (phrase != source && !phrase.IsPlace && phrase.First >= m.First + 1) return phrase;
        }
        // «استدعت الخارجية القائم بالأعمال الإيطالي»: the pattern's last word is the recipient's noun; a nisba within two
        // words after it names the recipient's state.
        var head = m.WordTokens[^1];
        // «بضرب القواعد الأميركية»: a noun with a linking letter is the act threatened, not the recipient.
        if (m.WordTokens.Count < 2 || head <= m.First) return null;
        if (!text.Words[head].Forms.Any(language.ActorNouns.ContainsKey) && CliticSegmenter.WithoutConjunction(text.Tokens[head].Key, 3) is { Length: > 0 } key && key[0] == 'ب')
            return null;
        for (var t = m.End; t < Math.Min(text.Tokens.Count, m.End + 2); t++)
        {
            if (text.ActorStartingAt[t] is var n and >= 0 && text.Actors[n] is { Adjectival: true } nisba && nisba != source)
            {
                var span = text.Span(head, nisba.End);
                return ActorPhrase.CommonNoun(head, nisba.End, span, text.Text, nisba.Country);
            }
            if (text.ActorCovering[t] >= 0 || text.Tokens[t].Kind != Text.Tokenization.TokenKind.ArabicWord) break;
        }
        return null;
    }

    /// <summary>
    /// «مؤكدة دعمها السلطات السعودية», «معلنة رفضه القرار»: a verbal noun whose pronoun suffix names its doer takes the actor
    /// right after it, ungoverned, as its object; it is no genitive doer (NominalSource leaves it).
    /// </summary>
    public ActorPhrase? PronounDoersObject(EventText text, TriggerMatch m, int end, ActorPhrase? source)
    {
        if (m.Verbal || !ClauseSyntax.HasPronounSuffix(text, m.WordTokens[^1])) return null;
        var next = ClauseSyntax.NextWord(text, m.End, end);
        if (next >= end || text.ActorStartingAt[next] is not (var a and >= 0)) return null;
        var phrase = text.Actors[a];
        return phrase.IsPlace || phrase.Adjectival || phrase == source || _syntax.Governing(text, phrase) is not null ? null : phrase;
    }

    /// <summary>
    /// «استدعت سفيرها لدى طهران», «استدعاء سفير المملكة لدى ستوكهولم»: within the trigger or right after it, an envoy (a
    /// noun of the DIP sector) and, at most one word further, an <c>accredited</c> preposition of arguments.tsv (لدى) with
    /// a state or a capital after it: that state.
    /// </summary>
    public ActorPhrase? AccreditedState(EventText text, TriggerMatch m, int end)
    {
        for (var t = m.First + 1; t < Math.Min(end - 1, m.End + 3); t++)
        {
            if (!language.IsCue("accredited", text.Words[t]) || text.ActorStartingAt[t + 1] is not (var a and >= 0) || text.Actors[a].Country is null) continue;
            for (var before = t - 1; before >= Math.Max(m.First, t - 2); before--)
                if (text.ActorCovering[before] is var e and >= 0 && text.Actors[e].Sector == "DIP") return text.Actors[a];
        }
        return null;
    }

    /// <summary>The first actor governed by <paramref name="preposition"/> after <paramref name="from"/>, in the clause.</summary>
    public ActorPhrase? ActorAfter(EventText text, string preposition, int from, int end, bool[] isTrigger, bool capitals = false)
    {
        var words = 0;
        for (var t = from; t < end && words < TargetWindow; t++)
        {
            if (text.IsSkippable(t)) continue;
            if (_syntax.IsClauseEnd(text, t) || isTrigger[t]) return null;
            if (text.ActorStartingAt[t] is var a and >= 0)
            {
                var phrase = text.Actors[a];
                if (_syntax.Governing(text, phrase) == preposition && (!phrase.IsPlace || capitals && phrase.StandsForItsState)) return phrase;
                t = phrase.End - 1;
            }
            words++;
        }
        return null;
    }

    public bool ObjectPronounAt(EventText text, TriggerMatch m, int end)
    {
        for (var t = m.First + 1; t < Math.Min(end, m.End + 1); t++)
            if (language.IsCue("object_pronoun", text.Words[t])) return true;
        return false;
    }
}
