using System.Collections.Frozen;
using Marsad.Entities;
using Marsad.Events.Actors;
using Marsad.Events.Arguments;
using Marsad.Events.Lexicon;
using Marsad.Text.Tokenization;

namespace Marsad.Events.Domain;

/// <summary>
/// Drops a trigger used in its other, non-political sense, told by the noun that stands after it as its subject, genitive
/// or object, within <see cref="Window"/> words. A force trigger (ASSAULT, COERCE, MOBILIZE, THREATEN) with a noun of
/// physical-senses.tsv — a natural force, the senses or the breath, a seat or a rank, a burden, or a manner adverb of
/// ideas — is physical or figurative («ضرب زلزال», «اجتاحت السيول», «تخطف الأبصار», «تحبس الأنفاس», «احتل أفرادها
/// مقاعد», «تحاصره الهموم», «محاصرة الجماعات المتطرفة فكريا»); a threat to a good of that file
/// («تهدد استقرار الحكومة», «يهدد أمن المنطقة») is a danger, nobody's threat. An investigation (ACCUSE, investigate)
/// with a noun of achievement-senses.tsv after its first word is "achieve" («تحقيق السلام في», «حقق الفريق فوزا في»): an
/// investigation takes its case with «في», never a direct object; so is one whose relative clause hangs on such a noun
/// («الانتصارات التي حققتها القوات في»). A preposition ends the search, attached or not: what it
/// governs («هدد بإشعال حريق», «أدى إلى حريق», «التحقيق في نتائج») is no argument of the act. A threat verb whose subject
/// stands before it and is a danger or a natural force of that file («أكبر خطر يهدد», «الجفاف الذي يهدد المحاصيل»), or
/// the clause before it («، مما يهدد», «وهو الأمر الذي يهدد»), is a danger run, nobody's threat. A claim «زعم أن» accuses
/// only when its complement names another party or a hostile act («تزعم الحكومة أن مسلحين هاجموا»); else it states a
/// view, no event («تزعم الشركة أن سيارتها أسرع»). A force trigger whose means, governed by ب after it, is persuasion
/// («استهداف الشباب بحملات دعائية») aims at an audience, no attack. A plain attack made in a piece of speech or writing
/// («شن الكاتب في مقاله هجوما على الوزير») is criticism and is recoded ACCUSE disapprove. The noun «مقاطعة» with a
/// place named right after it, or joined by و right after a place, is the province or county, no boycott («مقاطعة
/// كيبيك», «في لوريان ومقاطعة بروتاني»); a state after it is the party boycotted («مقاطعة إسرائيل»).
/// </summary>
public sealed class SenseFilter(EventLanguage language)
{
    // The verb's subject (up to two words) and then its object: «حبس زعماء أوروبا أنفاسهم».
    private const int Window = 3;

    // An achievement's object after the place في governs: the place may take three words («قطاع التعليم الأهلي»).
    private const int PlaceWindow = 4;

    // The place في governs before the partitive من of «ما تحقق فيها من انتصار» («في عدن», «في ملف الإسكان»).
    private const int PartitiveReach = 2;

    // The antecedent of a relative clause and its one adjective: «الانتصارات الكبيرة التي حققتها».
    private const int AntecedentReach = 2;

    // The partitive preposition of «ما تحقق … من».
    private const string Partitive = "من";

    // The class of physical-senses.tsv that vetoes a threat only, and only as the word right after it.
    private const string Good = "good";

    // The class of physical-senses.tsv that vetoes a threat only, and only as its subject before it.
    private const string Danger = "danger";

    // The class of physical-senses.tsv whose forces are no party, before the verb as after it.
    private const string Nature = "nature";

    // The class of physical-senses.tsv naming a means of persuasion, read also in the phrase a linking letter governs.
    private const string Means = "means";

    // The trigger, its object (up to two words) and the phrase that names the means: «استهداف الشباب بحملات دعائية».
    private const int MeansWindow = 4;

    // The class of physical-senses.tsv naming a piece of speech or writing, the setting of a verbal attack; as a force
    // verb's object («مصادرة المقابلات», «حظر التغريدات») it vetoes nothing.
    private const string Speech = "speech";

    // The subject (up to three words), the preposition and the piece of speech: «هاجم رئيس الحزب الحاكم في خطابه».
    private const int SpeechWindow = 5;

    private readonly FrozenDictionary<string, string> _physical = language.PhysicalSenses;
    private readonly FrozenDictionary<string, string> _achievement = language.AchievementSenses;

    public void Filter(EventText text, List<DraftEvent> drafts)
    {
        // Claims are judged against every draft of their sentence, before any is removed.
        var emptyClaims = drafts.Where(d => EmptyClaim(text, d.Trigger, drafts)).ToHashSet();
        drafts.RemoveAll(d => emptyClaims.Contains(d) || Physical(text, d.Trigger) || Endangered(text, d.Trigger) || DangerBefore(text, d.Trigger)
            || Achieved(text, d.Trigger) || Persuaded(text, d.Trigger) || Province(text, d.Trigger));
        foreach (var draft in drafts)
        {
            if (!Spoken(text, draft.Trigger)) continue;
            // PLOVER: criticism in words is ACCUSE disapprove (CAMEO 111, as triggers.tsv codes «هاجم ~ تصريحات»).
            draft.Type = PloverType.ACCUSE;
            draft.Mode = "disapprove";
            draft.Cameo = "111";
        }
    }

    // «هاجم رئيس الحزب في خطابه أمام أنصاره قادة المعارضة», «شن الكاتب في مقاله هجوما على الوزير»: a plain attack (ASSAULT
    // with no mode) whose setting, a phrase a preposition governs right after its subject, is a piece of speech or writing
    // (an article, a speech, a statement, a tweet, an interview) is made in words: criticism, not force. The search starts
    // after the trigger's first word, since «شن ~ هجوما» spans the subject, and stops at a comma; a place («في المدينة»)
    // is no such word.
    private bool Spoken(EventText text, TriggerMatch trigger)
    {
        if (trigger.Entry is not { Type: PloverType.ASSAULT, Mode: null }) return false;
        var end = Math.Min(text.Sentences[trigger.Sentence].EndToken, text.Tokens.Count);
        for (int t = trigger.WordTokens[0] + 1, words = 0; t < end && words < SpeechWindow; t++)
        {
            // A comma ends the clause: «وقتله، حصل المدعون على بياناته» names no setting of the killing.
            if (text.IsComma(t)) return false;
            if (text.IsSkippable(t)) continue;
            if (text.Tokens[t].Kind is TokenKind.Punctuation) return false;
            if (text.Tokens[t].Kind != TokenKind.ArabicWord) continue;
            words++;
            if (language.HasLinkingLetter(text.Words[t])) return IsKind(text.Words[t], Speech);
            if (!language.IsCue("preposition", text.Words[t])) continue;
            var next = t + 1;
            while (next < end && text.IsSkippable(next)) next++;
            return next < end && text.Tokens[next].Kind == TokenKind.ArabicWord && IsKind(text.Words[next], Speech);
        }
        return false;
    }

    // «عاد إلى مقاطعة أونتاريو», «برز في لوريان ومقاطعة بروتاني»: a boycott noun whose next phrase is a place (no state:
    // «مقاطعة إسرائيل», «مقاطعة قطر» are boycotts), or which carries و right after a place, names the province or county
    // it is spelled as; non-triggers.tsv keeps the phrases with a word before it («في مقاطعة», «حاكم مقاطعة»).
    private static bool Province(EventText text, TriggerMatch trigger)
    {
        if (trigger.Entry is not { Type: PloverType.PROTEST, Mode: "boycott" } || trigger.Verbal) return false;
        var next = trigger.End;
        while (next < text.Tokens.Count && text.IsSkippable(next)) next++;
        if (next < text.Tokens.Count && text.ActorStartingAt[next] is var after and >= 0 && IsLocality(text.Actors[after])) return true;
        var word = text.Words[trigger.First];
        if (!text.Tokens[trigger.First].Key.StartsWith('و') || !word.Prefixes.Any(p => p.StartsWith('و'))) return false;
        var before = trigger.First - 1;
        while (before >= 0 && text.IsSkippable(before)) before--;
        return before >= text.Sentences[trigger.Sentence].FirstToken && text.ActorCovering[before] is var a and >= 0 && IsLocality(text.Actors[a]);
    }

    // A city, region or other place: a place phrase («بلدة سراقب») or a LOC entity, never a state.
    private static bool IsLocality(ActorPhrase actor) => actor.IsPlace || EntityId.Is(actor.EntityId, EntityType.LOC);

    private bool Physical(EventText text, TriggerMatch trigger) =>
        PloverTypes.IsForce(trigger.Entry.Type)
        && NounAhead(text, trigger.Sentence, trigger.End, (_, form) => _physical.TryGetValue(form, out var kind) && kind is not (Good or Danger or Speech));

    // «تم استهداف الشباب بحملات دعائية», «تستهدف الشركات الأطفال بالإعلانات»: a force trigger whose means — the first
    // phrase a linking letter governs within its words, its head or the word after it — is persuasion (propaganda,
    // advertising, awareness, marketing) aims at an audience; nobody is attacked. A means of force («بحملة عسكرية»,
    // «بالصواريخ») is no word of that class.
    private bool Persuaded(EventText text, TriggerMatch trigger)
    {
        if (!PloverTypes.IsForce(trigger.Entry.Type)) return false;
        var end = Math.Min(text.Sentences[trigger.Sentence].EndToken, text.Tokens.Count);
        for (int t = trigger.End, words = 0; t < end && words < MeansWindow; t++)
        {
            if (text.IsSkippable(t)) continue;
            if (text.Tokens[t].Kind is TokenKind.Punctuation) return false;
            if (text.Tokens[t].Kind != TokenKind.ArabicWord) continue;
            words++;
            if (!language.HasLinkingLetter(text.Words[t])) continue;
            var next = t + 1;
            while (next < end && text.IsSkippable(next)) next++;
            return IsKind(text.Words[t], Means) || next < end && text.Tokens[next].Kind == TokenKind.ArabicWord && IsKind(text.Words[next], Means);
        }
        return false;
    }

    private bool IsKind(WordForms word, string sense)
    {
        var forms = word.Forms;
        for (var f = 0; f < forms.Count; f++)
            if (_physical.TryGetValue(forms[f], out var kind) && kind == sense) return true;
        return false;
    }

    // «تهدد استقرار الحكومة», «بتهديد أمنها»: a threat to a good a party enjoys (its security, stability, peace) is a danger
    // it runs, named by the trigger's first word after it — an object or genitive; further on, «هددت قوات الأمن», the good
    // may be part of the subject's name.
    private bool Endangered(EventText text, TriggerMatch trigger) =>
        trigger.Entry.Type is PloverType.THREATEN
        && NounAhead(text, trigger.Sentence, trigger.End, (word, form) => word == 1 && _physical.TryGetValue(form, out var kind) && kind == Good);

    // «وأكبر خطر يهدد هذه الرسوم», «الجفاف الذي يهدد المحاصيل», «، مما يهدد حياة السكان», «وهو الأمر الذي يهدد»: the verb's
    // subject before it — right before it, past a verb particle or negation, or the noun a relative pronoun hangs on — is
    // a danger or a natural force, or «ما» standing for the clause before; nobody threatens anybody.
    private bool DangerBefore(EventText text, TriggerMatch trigger)
    {
        if (trigger.Entry.Type is not PloverType.THREATEN || !trigger.Verbal) return false;
        var start = text.Sentences[trigger.Sentence].FirstToken;
        var t = trigger.First - 1;
        while (t >= start && (language.IsCue("verb_particle", text.Words[t]) || language.IsCue("negation", text.Words[t]))) t--;
        if (t < start || text.Tokens[t].Kind != TokenKind.ArabicWord) return false;
        if (language.IsCue("relative", text.Words[t]))
        {
            if (--t < start || text.Tokens[t].Kind != TokenKind.ArabicWord) return false;
            if (language.IsCue("back_reference", text.Words[t])) return true;
        }
        else if (language.IsCue("back_relative", text.Words[t])) return true;
        var forms = text.Words[t].Forms;
        for (var f = 0; f < forms.Count; f++)
            if (_physical.TryGetValue(forms[f], out var kind) && kind is Danger or Nature) return true;
        return false;
    }

    // «وتزعم «أستون» أنه سهل الاستخدام», «نظام يزعم أنه مدافع عن الأقليات»: a claim (an allegation whose pattern ends on a
    // complementiser) accuses only when its complement names another party first, «تزعم السلطات أن مخربين …» (past a
    // quantifier, «أن بعض النزلاء»), or tells a hostile act after it in its sentence; else it states a view.
    private bool EmptyClaim(EventText text, TriggerMatch trigger, List<DraftEvent> drafts)
    {
        if (trigger.Entry is not { Type: PloverType.ACCUSE, Mode: "allege" }) return false;
        var complementiser = trigger.WordTokens[^1];
        if (!language.IsCue("complement", text.Words[complementiser])) return false;
        var next = complementiser + 1;
        while (next < text.Tokens.Count && (text.IsSkippable(next) || language.IsCue("quantifier", text.Words[next]) && text.ActorStartingAt[next] < 0)) next++;
        if (next < text.Tokens.Count && text.ActorStartingAt[next] is var a and >= 0 && !text.Actors[a].Adjectival) return false;
        return !drafts.Any(d => d.Trigger.Sentence == trigger.Sentence && d.Trigger.First > complementiser
            && (PloverTypes.IsForce(d.Trigger.Entry.Type) || d.Trigger.Entry.Type is PloverType.SANCTION or PloverType.PROTEST));
    }

    // The pattern «حقق ~ في» spans its gap, so the search starts right after the first word. An aim or a state counts only
    // there: past the subject it is the investigating body's own name («وتحقق أجهزة الأمن في»).
    private bool Achieved(EventText text, TriggerMatch trigger) =>
        trigger.Entry.Type is PloverType.ACCUSE && trigger.Entry.Mode == "investigate"
        && (NounAhead(text, trigger.Sentence, trigger.WordTokens[0] + 1, (word, form) =>
                _achievement.TryGetValue(form, out var kind) && (word == 1 || kind is not ("aim" or "state")))
            || AchievedPastPlace(text, trigger) || AchievedPartitive(text, trigger) || AchievedAntecedent(text, trigger));

    // «الانتصارات التي حققتها القوات في طرد المتمردين», «الأهداف التي حققها»: a verb opening a relative clause whose
    // antecedent, the noun right before the relative pronoun or before its one adjective («المكاسب الكبيرة التي»), is an
    // achievement: that noun is what was achieved (the verb's object pronoun stands for it). What an investigation looks
    // into is governed by في, never a relative clause's antecedent held by the verb directly.
    private bool AchievedAntecedent(EventText text, TriggerMatch trigger)
    {
        if (!trigger.Verbal) return false;
        var start = text.Sentences[trigger.Sentence].FirstToken;
        var pronoun = ClauseSyntax.PreviousWord(text, trigger.First - 1, start);
        if (pronoun <= start || !language.IsCue("relative", text.Words[pronoun])) return false;
        for (int t = ClauseSyntax.PreviousWord(text, pronoun - 1, start), words = 0; t >= start && words < AntecedentReach; t = ClauseSyntax.PreviousWord(text, t - 1, start))
        {
            if (text.Tokens[t].Kind != TokenKind.ArabicWord) return false;
            words++;
            if (text.Words[t].Forms.Any(_achievement.ContainsKey)) return true;
        }
        return false;
    }

    // «يحقق الاستثمار في قطاع التعليم الأهلي نموا هائلا»: what في governs here is where something is achieved, and the
    // object comes after it, a gain or a rank in the indefinite accusative (its alif: «نموا», «فوزا», «رقما»). An
    // investigation's case is governed by في and so is genitive («تحقق الشرطة في فوز الفريق»); nothing it investigates
    // stands in the accusative after it.
    private bool AchievedPastPlace(EventText text, TriggerMatch trigger) =>
        NounAhead(text, trigger.Sentence, trigger.End, (word, form) =>
            word > 1 && form[^1] == 'ا' && _achievement.TryGetValue(form, out var kind) && kind is not ("aim" or "state"), PlaceWindow);

    // «وما تحقق فيها من انتصار», «ما حققه في عدن من إنجازات»: «ما … من» names what was achieved, the partitive من right
    // after في's pronoun or the place it governs (up to two words) and an achievement noun right after it.
    private bool AchievedPartitive(EventText text, TriggerMatch trigger)
    {
        var end = Math.Min(text.Sentences[trigger.Sentence].EndToken, text.Tokens.Count);
        for (int t = trigger.End, words = 0; t < end && words <= PartitiveReach; t++)
        {
            if (text.IsSkippable(t)) continue;
            if (text.Tokens[t].Kind != TokenKind.ArabicWord) return false;
            words++;
            if (!text.Is(t, Partitive)) continue;
            var next = t + 1;
            while (next < end && text.IsSkippable(next)) next++;
            return next < end && text.Tokens[next].Kind == TokenKind.ArabicWord
                && text.Words[next].Forms.Any(_achievement.ContainsKey);
        }
        return false;
    }

    /// <summary>Whether one of the <paramref name="window"/> words from token <paramref name="from"/> on, before any punctuation or
    /// preposition, has a form <paramref name="sense"/> accepts (given the word's place, 1 for the first).</summary>
    private bool NounAhead(EventText text, int sentence, int from, Func<int, string, bool> sense, int window = Window)
    {
        var end = Math.Min(text.Sentences[sentence].EndToken, text.Tokens.Count);
        for (int t = from, words = 0; t < end && words < window; t++)
        {
            if (text.IsSkippable(t)) continue;
            if (text.Tokens[t].Kind is TokenKind.Punctuation) return false;
            if (text.Tokens[t].Kind != TokenKind.ArabicWord) continue; // a figure counts its noun: «احتل الحزب الحاكم 40 مقعدا»
            words++;
            if (language.IsCue("preposition", text.Words[t])) return false;
            var forms = text.Words[t].Forms;
            // «بإشعال», «بحريق»: an attached ب or ل governs the word, and what follows is what it governs.
            if (language.HasLinkingLetter(text.Words[t])) return false;
            for (var f = 0; f < forms.Count; f++)
                if (sense(words, forms[f])) return true;
        }
        return false;
    }
}
