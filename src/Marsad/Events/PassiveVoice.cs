using Marsad.Text.Morphology;

namespace Marsad.Events;

/// <summary>
/// A perfect verb read as passive: its subject is the one the act is done to and its doer goes unnamed
/// (<see cref="SubjectRecipient"/>).
/// <list type="bullet">
/// <item>Vocalised: a damma on its first letter («قُتل», «أُعدم», «دُمّر») or on the ت of the eighth and tenth forms
/// («اعتُقل», «اختُطف», «استُهدف»); a word opening with an imperfect prefix (ي، ت، ن) only with a fatha and no kasra in its
/// stem too («لم يُعتقَل»), since the fourth form's active imperfect carries the same damma on its prefix («يُعدِم»).</item>
/// <item>Unvocalised, by its place: a perfect followed at once by a count, a figure, a number word or a quantifier of
/// arguments.tsv («قتل ثلاثة جنود في هجوم», «اعتقل 12 شخصاً»): the subject right after an active verb is the doer
/// and is almost never counted, the victims of news reports almost always are.</item>
/// <item>Unvocalised, by its subject: a perfect followed at once by an actor phrase that opens with a nominative construct
/// plural («مقاتلو», «مسلحو»), with the group it governs, and is followed at once by «من» («وطرد مقاتلو الحركة من البلدة»): an active verb would
/// have its object before «من», a passive one has none — its subject is the one expelled or driven out.</item>
/// <item>Unvocalised, by what follows it after its subject: a one-word harm perfect with its subject before it and no
/// object after it (<see cref="WithoutObject"/>, «ثلاثة جنود قتلوا في هجوم», «المدنيين الذين قتلوا جراء القصف»).</item>
/// </list>
/// </summary>
public static class PassiveVoice
{
    private const char Damma = '\u064F';
    private const char Fatha = '\u064E';
    private const char Kasra = '\u0650';

    /// <summary>A harm: an attack, a coercive act or a sanction whose recipient is its verb's object.</summary>
    public static bool Harm(Lexicon.TriggerEntry entry) =>
        entry.TargetIsObject && entry.Type is PloverType.ASSAULT or PloverType.COERCE or PloverType.SANCTION;

    /// <summary>
    /// «ثلاثة جنود قتلوا في هجوم», «المدنيين الذين قتلوا جراء القصف», «الناشط الذي اعتقل منذ عامين»: a harm perfect of one
    /// word without a pronoun suffix followed — a time or an adverb (arguments.tsv, adverb) aside — at once by the sentence's
    /// end, by a negation or verb particle opening the next predicate, or by a preposition (listed, or
    /// an adverbial of time, cause or agent, attached ب and all: arguments.tsv preposition, during, prior_step, cause,
    /// agent) has no object. An active harm
    /// verb names whom it hit, so its subject before it is the one harmed. A count or a quantifier (no date) within the next
    /// words of the clause is the object of an active verb after an adverbial («القوات قصفت بالمدفعية ثلاثة أحياء»), a comma right after the
    /// verb an aside before its object («الذي قتل، ظهر الخميس، أربعة جنود»).
    /// </summary>
    public static bool WithoutObject(EventText text, Lexicon.EventLanguage language, TriggerMatch m)
    {
        if (!m.Verbal || m.Future || m.WordTokens.Count != 1 || !Harm(m.Entry)) return false;
        var key = text.Tokens[m.First].Key;
        var bare = CliticSegmenter.WithoutConjunction(key, 3);
        // «قصفه»: a pronoun suffix is the verb's object.
        if (bare.Length < 3 || bare[0] is 'ي' or 'ت' or 'ن' or 'س' || Arguments.ClauseSyntax.HasPronounSuffix(text, m.First)
            || text.Words[m.First].Forms.Any(f => Arguments.ClauseSyntax.IsFormWithPronoun(text, m.First, f)))
            return false;
        var end = Math.Min(text.Sentences[m.Sentence].EndToken, text.Tokens.Count);
        var next = m.End;
        // «الذي اعتقل لاحقا»: an adverb of time or manner (arguments.tsv, adverb) is no object either.
        while (next < end && (text.IsSkippable(next) || text.InTime[next]
                              || text.Words[next].Forms.Count > 0 && language.IsCue("adverb", text.Words[next]))) next++;
        if (next >= end || text.Tokens[next].Normalized is "." or "؛" or ";") return true;
        var word = text.Words[next];
        if (word.Forms.Count == 0) return false;
        // «الذي اعتقل لاحقا قد كتب», «الذي اعتقل لم يمثل»: a negation or verb particle opens the next clause's predicate.
        if (language.IsCue("negation", word) || language.IsCue("verb_particle", word)) return true;
        // An attached ب only on a listed cause or agent («بسبب», «بنيران», «بالرصاص»): with a weapon an active verb goes on
        // to its object («قصفت بالصواريخ مواقع»), and «بقية» is a word of its own.
        if (!(language.IsCue("preposition", word) || language.IsCue("during", word) || language.IsCue("prior_step", word)
              || language.IsCue("cause", word) || language.IsCue("agent", word)))
            return false;
        for (var t = next + 1; t < end && t < next + 6; t++)
        {
            if (text.IsComma(t) || text.Tokens[t].Normalized is "." or "؛" or ";") break;
            // «قتل في الرياض في فبراير 2004»: a figure of a date is no count.
            if (text.InTime[t]) continue;
            if (Lexicon.CountWord.Is(text.Tokens[t]) || text.Words[t].Forms.Count > 0 && language.IsCue("quantifier", text.Words[t])) return false;
        }
        return true;
    }

    public static bool Reads(EventText text, Lexicon.EventLanguage language, int token)
    {
        var word = text.Text.AsSpan(text.Tokens[token].Span.Start, text.Tokens[token].Span.Length);
        // Letters with their marks, after a conjunction و or ف and its own marks.
        var letters = new List<(char Letter, bool Damma)>(6);
        var fathaOn = -1;
        var kasra = false;
        foreach (var c in word)
        {
            if (c == Damma && letters.Count > 0) letters[^1] = (letters[^1].Letter, true);
            else if (c is >= '\u0621' and <= '\u064A') letters.Add((c, false));
            // Marks after the imperfect's prefix (the conjunction's own aside): they tell its voice.
            else if (letters.Count > 1 && c == Kasra) kasra = true;
            else if (letters.Count > 1 && c == Fatha && fathaOn < 0) fathaOn = letters.Count;
            if (letters.Count >= 6) break;
        }
        var start = letters.Count > 3 && letters[0].Letter is 'و' or 'ف' && !letters[0].Damma ? 1 : 0;
        if (letters.Count - start >= 3 && letters[start].Letter is not ('ي' or 'ت' or 'ن'))
        {
            if (letters[start].Damma) return true;
            if (letters[start].Letter is 'ا' or 'إ' or 'أ' && letters.Count - start >= 4 && letters[start + 2] is ('ت', true)) return true;
        }
        // «لم يُعتقَل», «يُدمَّر»: an imperfect with a damma on its prefix and a fatha, no kasra, inside its stem (not a mood
        // ending on its last letter) is passive; the active imperfects with the same damma carry a kasra before their last
        // letter («يُعدِم», «يُدمِّر», «يُقاتِل»).
        if (letters.Count - start >= 4 && letters[start] is ('ي' or 'ت', true) && fathaOn > start + 1 && fathaOn < letters.Count && !kasra)
            return true;
        var key = text.Tokens[token].Key;
        if (key.Length == 0 || key[0] is 'ي' or 'ت' or 'ن') return false;
        var next = token + 1;
        while (next < text.Tokens.Count && text.IsSkippable(next)) next++;
        if (next >= text.Tokens.Count || text.SentenceOf[next] != text.SentenceOf[token]) return false;
        var after = text.Tokens[next];
        return Lexicon.CountWord.Is(after)
               || ConstructPluralBeforeFrom(text, next)
               || text.Words[next].Forms.Count > 0 && language.IsCue("quantifier", text.Words[next]) && !text.Words[next].Forms.Contains("كل") && !text.Words[next].Forms.Contains("جميع");
    }

    /// <summary>
    /// A nominative construct plural (…و) at <paramref name="first"/>, an actor phrase itself or the head of the group's
    /// phrase after it («مسلحو تنظيم داعش»), followed by «من».
    /// </summary>
    private static bool ConstructPluralBeforeFrom(EventText text, int first)
    {
        var key = text.Tokens[first].Key;
        if (key.Length < 4 || key[^1] != 'و') return false;
        var head = text.ActorStartingAt[first];
        var after = head >= 0 ? text.Actors[head].End : first + 1;
        var genitive = after < text.Tokens.Count ? text.ActorStartingAt[after] : -1;
        if (head < 0 && genitive < 0) return false;
        if (genitive >= 0) after = text.Actors[genitive].End;
        while (after < text.Tokens.Count && text.IsSkippable(after)) after++;
        return after < text.Tokens.Count && text.SentenceOf[after] == text.SentenceOf[first] && text.Is(after, "من");
    }
}
