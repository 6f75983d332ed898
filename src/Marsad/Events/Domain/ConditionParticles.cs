using Marsad.Events.Lexicon;

namespace Marsad.Events.Domain;

/// <summary>
/// The phrases of Resources/Events/conditions.tsv read in a text, for every pass that reads conditions
/// (<see cref="ConditionFilter"/>, <see cref="Arguments.ConditionalThreats"/>, the noun-phrase end of
/// <see cref="TriggerFinder"/>): a conditional particle («إذا», «لو», «في حال», «ما لم»), a phrase that makes it "whether"
/// («ما إذا»: no condition), a preposition of topic; and the continuation verbs of arguments.tsv that say the
/// condition's act is under way («إذا واصل إطلاق الصواريخ»).
/// </summary>
public sealed class ConditionParticles(EventLanguage language)
{
    /// <summary>A condition with a consequence opens at <paramref name="at"/>: a conditional phrase ends there, not one of "whether" or «في حالة» (case).</summary>
    public bool Opens(EventText text, int at) => Kind(text, at) == "condition";

    /// <summary>An act after the phrase ending at <paramref name="at"/> is not told: a condition, a case or a "whether".</summary>
    public bool Untold(EventText text, int at) => Kind(text, at) is "condition" or "case" or "whether";

    /// <summary>The kind of the longest phrase of conditions.tsv whose last word is at <paramref name="at"/>, or null.</summary>
    public string? Kind(EventText text, int at)
    {
        string? kind = null;
        var length = 0;
        foreach (var (words, phraseKind) in language.ConditionPhrases)
        {
            if (words.Length <= length || at - words.Length + 1 < 0) continue;
            var all = true;
            for (var i = 0; i < words.Length && all; i++) all = Particle(text.Words[at - words.Length + 1 + i], words[i]);
            if (all) (kind, length) = (phraseKind, words.Length);
        }
        return kind;
    }

    /// <summary>
    /// The token ends a condition that opened before it, the one stop rule of every pass that reads conditions: a comma, a
    /// clause end (. ! ؛ : ؟), or the consequence's ف-word — ف before a <c>consequence</c> word of arguments.tsv («فإن»,
    /// «فإننا», «فقد», «فعليها») or before the future س («فسنرد», «فسوف»); a word merely opening with ف («فكر», «فردا») is none.
    /// </summary>
    public bool Closes(EventText text, int token) =>
        text.IsComma(token) || ClauseEnd(text, token) || OpensConsequence(text.Words[token]);

    private bool OpensConsequence(WordForms word)
    {
        for (var f = 0; f < word.Forms.Count; f++)
            if (word.Prefixes[f] is "ف" && language.IsCue("consequence", word.Forms[f])) return true;
        return word.Prefixes.Any(p => p is "فس");
    }

    /// <summary>
    /// Where the consequence of the condition opened at <paramref name="particle"/> starts: after the comma that closes the
    /// condition, or at its ف-word; <paramref name="end"/> (the sentence's) when a clause end closes it or nothing does.
    /// </summary>
    public int ConsequenceStart(EventText text, int particle, int end)
    {
        for (var t = particle + 1; t < end; t++)
        {
            if (!Closes(text, t)) continue;
            if (text.IsComma(t)) return t + 1;
            return ClauseEnd(text, t) ? end : t;
        }
        return end;
    }

    /// <summary>
    /// The condition opened at <paramref name="particle"/> is about the past: a perfect of كان, then قد before the
    /// consequence (past_condition in arguments.tsv: «إذا كان التنظيم قد أعطى الإشارة، فإنه قد نفذ هجوما», «لو كانت القوات
    /// قد انسحبت»), or on a fact proving true, a word of proof or truth right after the particle («في حال ثبوت واقعة الخطف»,
    /// «إذا صح ذلك»). Unless its consequence speaks of the future (<see cref="FutureBetween"/>: «إذا كانت إيران قد هاجمت،
    /// فسنرد»), what follows is a conclusion drawn or what would have been, no act threatened.
    /// </summary>
    public bool AboutThePast(EventText text, int particle, int consequence)
    {
        // «في حال ثبوت واقعة الخطف»: a condition on a fact proving true.
        if (particle + 1 < consequence && language.IsCue("verification", text.Words[particle + 1])) return true;
        var copula = false;
        for (var t = particle + 1; t < consequence && t < text.Words.Count; t++)
        {
            if (language.IsCue("copula_perfect", text.Words[t])) copula = true;
            else if (copula && language.IsCue("perfect_particle", text.Words[t])) return true;
        }
        return false;
    }

    /// <summary>
    /// A word from <paramref name="from"/> to <paramref name="to"/> speaks of the future: a particle of it (future in
    /// arguments.tsv: سوف، لن) or a reading with the prefix سـ after at most a conjunction or ف («فسنرد», «وستواجه»).
    /// </summary>
    public bool FutureBetween(EventText text, int from, int to)
    {
        for (var t = from; t <= to && t < text.Words.Count; t++)
        {
            var word = text.Words[t];
            if (language.IsCue("future", word) || word.Prefixes.Any(p => p.TrimStart('و', 'ف') == "س")) return true;
        }
        return false;
    }

    private static bool ClauseEnd(EventText text, int token) =>
        text.Tokens[token].Normalized is "؟" or "?" or "." or "!" or "؛" or ";" or ":" or "؟!" or "?!";

    /// <summary>
    /// The act after the particle is no act of the condition: right after a preposition of topic it is what the condition
    /// is about, already told («ما لم يتم التحقيق في مقتل الصحفي»), and after a verb of going on with it (continuation in
    /// arguments.tsv: «إذا واصل إطلاق الصواريخ») it is under way.
    /// </summary>
    public bool Told(EventText text, int particle, int act) => act > particle + 1 && Kind(text, act - 1) == "topic" || Continued(text, particle, act);

    private bool Continued(EventText text, int particle, int act)
    {
        for (var t = particle + 1; t < act; t++)
            if (language.IsCue("continuation", text.Words[t])) return true;
        return false;
    }

    /// <summary>
    /// The word is the particle itself, after at most a conjunction («وإذا», «فلو»): not a longer word that holds it
    /// («كما لم» is no «ما لم», «إنها لم» no «إن لم»).
    /// </summary>
    private static bool Particle(WordForms word, string particle)
    {
        for (var f = 0; f < word.Forms.Count; f++)
            if (word.Forms[f] == particle && EventLanguage.IsConjunctionPrefix(word.Prefixes[f]) && word.Prefixes[f] + particle == word.Forms[0]) return true;
        return false;
    }
}
