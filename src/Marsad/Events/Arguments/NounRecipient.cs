using Marsad.Events.Actors;
using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>
/// The recipient named by a common noun, no actor phrase: the object noun («قصفت الطائرات مستشفى», <see cref="ObjectNoun"/>),
/// the noun after the preposition the row marks («أفرجت السلطات عن ناشطة», <see cref="MarkedNoun"/>), the place an attack,
/// a coercive act or a deployment fell on (<see cref="PlaceTarget"/>), and what a relative verb of aiming says an event
/// noun hit («هجوماً استهدف أنظمة المستشفيات», <see cref="AimedAt"/>).
/// </summary>
public sealed class NounRecipient(EventLanguage language)
{
    private readonly ClauseSyntax _syntax = new(language);
    private readonly RecipientSearch _recipients = new(language);
    private readonly NonActorThing _nonActor = new(language);

    /// <summary>
    /// The object when it names no actor («قصفت الطائرات مستشفى», «اقتحام منازلهم»): the first noun after the trigger (and
    /// its subject), with the word after it when that is its adjective or genitive, as a target without entity.
    /// </summary>
    public ActorPhrase? ObjectNoun(EventText text, TriggerMatch m, int from, int end, bool[] isTrigger, ActorPhrase? source)
    {
        // «وهاجمهم مسلحون مجهولون»: a verb carrying its object pronoun has no object noun after it.
        if (!m.Entry.TargetIsObject || m.ObjectPronoun) return null;
        return NounAfter(text, m, from, end, isTrigger);
    }

    /// <summary>The first noun after <paramref name="from"/> in the clause, with its adjective, genitive or nisba, as a phrase without entity.</summary>
    public ActorPhrase? NounAfter(EventText text, TriggerMatch m, int from, int end, bool[] isTrigger)
    {
        var words = 0;
        for (var t = from; t < end && words < 3; t++)
        {
            if (text.IsSkippable(t)) continue;
            if (_syntax.IsClauseEnd(text, t) || (isTrigger[t] && t != m.First) || text.ActorCovering[t] >= 0) return null;
            var word = text.Words[t];
            // «اعتقال ثلاثة من مواطنيها»: a count and its من lead to the noun they count.
            if (_syntax.IsPartitive(text, t))
            {
                t++;
                words++;
                continue;
            }
            if (text.Tokens[t].Kind != Text.Tokenization.TokenKind.ArabicWord || language.IsCue("quantifier", word)) { words++; continue; }
            // «تزعم السلطات أن مخربين…»: a complement clause, not an object noun.
            if (language.IsCue("preposition", word) || language.IsCue("complement", word)
                || word.Prefixes.Any(p => ClauseSyntax.AttachedPreposition(p) is not null) && word.Forms.Count > 0 && ClauseSyntax.AttachedPreposition(word.Prefixes[^1]) is not null)
                return null;
            var last = t;
            var next = t + 1;
            string? country = null;
            // «طردت السلطات الوفد المصري», «الملحق العسكري الفرنسي»: a nisba after the noun (or its adjective) names its state.
            if (NisbaAfter(text, t, end) is { } nisba)
            {
                last = nisba.End - 1;
                country = nisba.Country;
            }
            else if (next < end && text.Tokens[next].Kind == Text.Tokenization.TokenKind.ArabicWord && !isTrigger[next] && text.ActorCovering[next] < 0
                && !language.IsCue("preposition", text.Words[next]) && !_syntax.IsClauseEnd(text, next) && !text.InTime[next] && !ClauseSyntax.Governed(text, next)
                && ConjoinedLike(text, t, next) && !ActJoined(text, next))
                last = next;
            var span = text.Span(t, last + 1);
            return ActorPhrase.CommonNoun(t, last + 1, span, text.Text, country);
        }
        return null;
    }

    /// <summary>
    /// Whether the word at <paramref name="next"/>, when it carries و, is a second noun of the object's kind — as definite as
    /// the noun at <paramref name="noun"/> by the article and as suffixed with a pronoun: «الأموال والأمتعة», «سياحها
    /// ورعاياها». One that is not opens another act or clause, «تحاصر المتدين وتحدد سلوكياته», «إنقاذ طفل وإحضاره», «قتل
    /// طاقمها وجميع ركابها», «الكلية وهي»; the object ends before it. A word without و is not concerned.
    /// </summary>
    private static bool ConjoinedLike(EventText text, int noun, int next) =>
        !ClauseSyntax.HasConjunction(text, next)
        || text.Words[next].IsDefinite == text.Words[noun].IsDefinite && ClauseSyntax.HasPronounSuffix(text, next) == ClauseSyntax.HasPronounSuffix(text, noun);

    /// <summary>
    /// «أسفر الانفجار عن مقتل تاجر وإصابة آخرين»: a word joined by و that names an act (NonActorThing.IsAct: a verbal noun, an
    /// act_noun or abstract noun of arguments.tsv) is a second act of the clause, never a second object noun. So is a word
    /// joined by و that reads as a passive perfect by the count right after it («قتل جندي وأصيب ثلاثة آخرون»,
    /// PassiveVoice.Reads): a verb with its own subject; a quantifier («ونحو عشرين») is not one.
    /// </summary>
    private bool ActJoined(EventText text, int next) =>
        ClauseSyntax.HasConjunction(text, next)
        && (_nonActor.IsAct(text, ActorPhrase.CommonNoun(next, next + 1, text.Span(next, next + 1), text.Text, null))
            || !language.IsCue("quantifier", text.Words[next]) && !Lexicon.CountWord.Is(text.Tokens[next]) && PassiveVoice.Reads(text, language, next));

    /// <summary>A nisba right after the noun at <paramref name="noun"/> or after one word more (its adjective), same definiteness.</summary>
    private static ActorPhrase? NisbaAfter(EventText text, int noun, int end)
    {
        for (var t = noun + 1; t < Math.Min(end, noun + 3); t++)
        {
            if (text.ActorStartingAt[t] is var n and >= 0 && text.Actors[n].Adjectival) return text.Actors[n];
            if (text.Tokens[t].Kind != Text.Tokenization.TokenKind.ArabicWord || text.ActorCovering[t] >= 0
                || text.Words[t].IsDefinite != text.Words[noun].IsDefinite) return null;
        }
        return null;
    }

    /// <summary>
    /// The recipient named by a common noun after the preposition the lexicon row marks it with («أفرجت السلطات عن ناشطة
    /// حقوقية», «رفض منح اللجوء لعائلة أفغانية»): the noun with at most two words after it (adjectives, a genitive), as a
    /// target without entity, with the state of a nisba among them. Only when no actor phrase was found.
    /// </summary>
    public ActorPhrase? MarkedNoun(EventText text, TriggerMatch m, int from, int end, bool[] isTrigger)
    {
        var marks = _recipients.RecipientMarks(m.Entry);
        var words = 0;
        // «صادق البرلمان على انضمام السويد»: a pattern that ends with the preposition marking its recipient has it right after.
        var markedByPattern = m.WordTokens.Count > 1 && from == m.End && language.CueForm("preposition", text.Words[m.WordTokens[^1]]) is { } own
            && text.Tokens[m.WordTokens[^1]].Key == own && marks.Contains(own) && own != "من" && (own != "في" || AttacksWhatIsIn(m.Entry));
        for (var t = from; t < end && words < 6; t++)
        {
            if (text.IsSkippable(t)) continue;
            if (_syntax.IsClauseEnd(text, t) || (isTrigger[t] && t != m.First)) return null;
            if (text.ActorCovering[t] >= 0) return null;
            words++;
            var word = text.Words[t];
            if (word.Forms.Count == 0) continue;
            // A separate preposition («عن ناشطة») or one attached to the noun («لعائلة»).
            var first = -1;
            var prefix = "";
            if (markedByPattern && t == from) first = t;
            else if (language.CueForm("preposition", word) is { } separate)
            {
                // من and في mostly mark where from and where («انسحبت من مواقعها», «نشرت الشرطة في أنحاء البلاد», «تحقيق في
                // الحادث»), not who; but an attack whose one mark is في hits what it went into («أضرم مستوطنون النار في
                // مركبات»): then في leads to it, unless to a time.
                // «نشرت الشرطة قوات في محيط المدارس»: a deployment in the surroundings of something (arguments.tsv,
                // vicinity) faces it; the noun after the surroundings is the recipient.
                var vicinity = separate == "في" && m.Entry.Type == PloverType.MOBILIZE && t + 1 < end && language.IsCue("vicinity", text.Words[t + 1]);
                if (!vicinity && (!marks.Contains(separate) || separate == "من" || separate == "في" && !AttacksWhatIsIn(m.Entry))) return null;
                first = vicinity ? t + 2 : t + 1;
                while (first < end && text.IsSkippable(first)) first++;
                if (separate == "في" && first < end && text.InTime[first]) return null;
                if (first < end && _syntax.IsPartitive(text, first)) first += 2;
                // «أرسلت نحو 300 جندي»: a word of direction before a count is «about», and the count is the object.
                if (first < end && language.IsCue("toward", separate) && (text.Tokens[first].Kind == Text.Tokenization.TokenKind.Number || CountWord.Is(text.Tokens[first]))) return null;
                // «العفو عن 101 من الصيادين»: a figure and its من count the noun.
                if (first + 1 < end && text.Tokens[first].Kind == Text.Tokenization.TokenKind.Number) first += text.Tokens[first + 1].Key == "من" ? 2 : 1;
            }
            // An attached ب marks what is promised, demanded or given up («ووعد بفتح تحقيق», «طالب بإجراء»), not who.
            else if (ClauseSyntax.AttachedPreposition(word.Prefixes[^1]) is { } attached && attached != "ب" && word.Forms.Count > 1)
            {
                if (!marks.Contains(attached)) continue;
                first = t;
                prefix = word.Prefixes[^1];
            }
            else continue;
            if (first >= end || text.Tokens[first].Kind != Text.Tokenization.TokenKind.ArabicWord || text.ActorCovering[first] >= 0 && !text.Actors[text.ActorCovering[first]].Adjectival
                || isTrigger[first] || _syntax.IsClauseEnd(text, first) || language.IsCue("preposition", text.Words[first]))
                return null;
            // A genitive with an attached preposition is another phrase: «لعائلة أفغانية بالعاصمة».
            var (last, country) = Widened(text, first, end, isTrigger, stops: next => ClauseSyntax.Governed(text, next), joins: _ => true);
            var span = Actors.PhraseSpan.Of(text.Tokens, first, last + 1, first == t ? prefix : "", text.Text);
            return ActorPhrase.CommonNoun(first, last + 1, span, text.Text, country);
        }
        return null;
    }

    /// <summary>
    /// How far a noun phrase named by common words reaches: the noun at <paramref name="first"/> and at most the two words
    /// after it (adjectives, a genitive). It stops before a word that is no Arabic word, a trigger, a clause end, a time
    /// («مستشفيات حكومية مطلع الشهر»), a preposition, a word with و, or one <paramref name="stops"/> says; a nisba actor
    /// («ناشطة سورية») ends it and gives its state; another actor ends it; a plain word joins when <paramref name="joins"/> says.
    /// </summary>
    public (int Last, string? Country) Widened(EventText text, int first, int end, bool[] isTrigger, Func<int, bool> stops, Func<int, bool> joins)
    {
        var last = first;
        for (var next = first + 1; next < end && next <= first + 2; next++)
        {
            if (text.Tokens[next].Kind != Text.Tokenization.TokenKind.ArabicWord || isTrigger[next] || _syntax.IsClauseEnd(text, next) || text.InTime[next]
                || language.IsCue("preposition", text.Words[next]) || text.Words[next].Prefixes.Any(p => p.StartsWith('و')) || stops(next))
                break;
            if (text.ActorCovering[next] is var a and >= 0)
                return text.Actors[a].Adjectival ? (text.Actors[a].End - 1, text.Actors[a].Country) : (last, null);
            if (!joins(next)) break;
            last = next;
        }
        return (last, null);
    }

    private static bool HasArticle(EventText text, int token) => text.Words[token].Prefixes.Any(p => p.EndsWith("ال", StringComparison.Ordinal));

    /// <summary>An attack row that marks its recipient by في alone («أضرم النار في»): what it went into is what it hit.</summary>
    private static bool AttacksWhatIsIn(TriggerEntry entry) => entry.Type == PloverType.ASSAULT && entry.TargetMarks is ["في"];

    /// <summary>
    /// «قصفت القوات بلدة سراقب», «فرضت حظر التجول في العاصمة كولومبو», «حشدت مقاتلين حول مدينة …»: an attack, a coercive
    /// act or a deployment acts on a territory, so when its clause names no other target, the first place after the
    /// trigger — a place phrase (`place` nouns in arguments.tsv) or a place of known state — is the target, coded as the
    /// place's state (PLOVER codes «the Bosnian town of Gorazde» as BIH). Speech acts and meetings only happen in a place.
    /// </summary>
    // Modes whose recipient is a person (PLOVER: arrest, deport, abduct, torture, targeted killing) or an outlet (censor):
    // a town named with them is only where it happened. A verb carrying its object («احتجزهم») has its target already.
    // RETREAT is left out: the SaudiNewsNet gold codes a withdrawal «من محافظة …» with no target.
    private static readonly HashSet<string> PersonModes = ["arrest", "deport", "abduct", "torture", "targeted", "censor"];

    public ActorPhrase? PlaceTarget(EventText text, TriggerMatch m, int from, int end, bool[] isTrigger)
    {
        if (m.Entry.Type is not (PloverType.ASSAULT or PloverType.COERCE or PloverType.MOBILIZE) || m.Entry.Mode is { } mode && PersonModes.Contains(mode)
            || ClauseSyntax.HasPronounSuffix(text, m.First)) return null;
        var words = 0;
        for (var t = from; t < end && words < RecipientSearch.TargetWindow; t++)
        {
            if (text.IsSkippable(t)) continue;
            if (_syntax.IsClauseEnd(text, t) || (isTrigger[t] && t != m.First)) return null;
            if (text.ActorStartingAt[t] is var a and >= 0)
            {
                var phrase = text.Actors[a];
                // «أطلقت صواريخ من غزة»: a place after من is where the act came from.
                // «على مستوطنات غلاف غزة»: a place that is another noun's genitive is not what was acted on; the place must be
                // the object itself or stand right after its preposition.
                if (phrase.IsPlace && (phrase.Country is not null || language.IsCue("place", text.Words[phrase.First])) && _syntax.Governing(text, phrase) != "من"
                    && (words == 0 || phrase.HasAttachedPreposition || language.IsCue("preposition", text.Words[t - 1])))
                    return phrase;
                t = phrase.End - 1;
            }
            words++;
        }
        return null;
    }

    /// <summary>
    /// What an event noun hit, named by a relative verb after it (arguments.tsv, aim: «هجوماً إلكترونياً استهدف أنظمة عدد من
    /// المستشفيات الحكومية», «الغارة التي طالت المستشفى»): the verb's object; an owned asset (أنظمة، مواقع، شبكة) and a count
    /// lead to its owner. An owner that is no named actor is kept as words («المستشفيات الحكومية»), in the state the article is about.
    /// </summary>
    public ActorPhrase? AimedAt(EventText text, DraftEvent draft, int end, bool[] isTrigger, ActorPhrase? source)
    {
        var m = draft.Trigger;
        if (m.Verbal) return null;
        var verb = -1;
        for (var t = m.End; t < Math.Min(end, m.End + 5); t++)
        {
            if (text.IsSkippable(t)) continue;
            if (language.IsCue("aim", text.Words[t]))
            {
                verb = t;
                break;
            }
            if (text.Tokens[t].Kind != Text.Tokenization.TokenKind.ArabicWord || _syntax.IsClauseEnd(text, t) && !language.IsCue("stop", text.Words[t])
                || text.ActorCovering[t] >= 0) return null;
        }
        if (verb < 0) return null;
        var first = verb + 1;
        while (first < end && (text.IsSkippable(first) || language.IsCue("asset", text.Words[first]) || language.IsCue("pronoun", text.Words[first]))) first++;
        if (first < end && _syntax.IsPartitive(text, first)) first += 2;
        if (first >= end || _syntax.IsClauseEnd(text, first) || isTrigger[first]) return null;
        if (text.ActorCovering[first] is var a and >= 0)
            return text.Actors[a] is { IsPlace: false } phrase && phrase != source ? phrase : null;
        if (text.Tokens[first].Kind != Text.Tokenization.TokenKind.ArabicWord || language.IsCue("preposition", text.Words[first])) return null;
        // A word with an attached ب or ل starts another phrase, and the adjective agrees in definiteness: «المستشفيات
        // الحكومية», not «المستشفيات فجر».
        var (last, country) = Widened(text, first, end, isTrigger,
            stops: next => text.Words[next].Prefixes.Any(p => p.StartsWith('ب') || p.StartsWith('ل')),
            joins: next => HasArticle(text, first) == HasArticle(text, next));
        var span = Actors.PhraseSpan.Of(text.Tokens, first, last + 1, text.Words[first].Prefixes.Count > 0 ? text.Words[first].Prefixes[0] : "", text.Text);
        var owner = ActorPhrase.CommonNoun(first, last + 1, span, text.Text, country);
        return owner with { Country = country ?? ActorStates.HomeState(text, owner) };
    }
}
