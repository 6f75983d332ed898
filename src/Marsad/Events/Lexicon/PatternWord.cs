namespace Marsad.Events.Lexicon;

/// <summary>
/// One word of a lexicon pattern: the forms it accepts (matching keys without article) and whether it is a verb, whose
/// forms match only after a conjunction or the future prefix (so the bare verb طلب does not match «الطلب»).
/// <see cref="GapBefore"/> is how many words may stand between it and the word before (0, 3 for ~, 24 tokens for ~~).
/// </summary>
public sealed record PatternWord(IReadOnlySet<string> Forms, bool Verb, int GapBefore)
{
    public const int ShortGap = 3;
    public const int LongGap = 24;

    private static readonly HashSet<string> s_verbPrefixes = ["", "و", "ف", "س", "وس", "فس", "ل", "ول", "فل"];

    /// <summary>
    /// Whether the proclitics a verb row matched after carry the future سـ («سيزور»، «وستعقد»). The row already read the
    /// word as a verb, so the letter is the prefix, not the stem's first letter; a prefix with the article read a noun.
    /// (The time step's <c>Time.Lexicon.FutureTense</c> asks of any word, with no verb row behind it, so it needs the
    /// corpus's word counts instead.)
    /// </summary>
    public static bool IsFuturePrefix(string prefix) =>
        prefix.Contains('س') && !prefix.Contains("ال", StringComparison.Ordinal);

    /// <summary>A verb's bare perfect that counts only after a conjunction (a row's verb marked !).</summary>
    public string? ConjunctOnly { get; init; }

    /// <summary>
    /// The verb's forms that only its first person spells («أعذب» I torture, where «أطلق» is the perfect too; «نطالب» we
    /// demand, where «نشر» is the perfect too), or null: news narration has no first person, so outside someone's own words
    /// the word is another («أعذب» the sweetest) or the writer's own («كنا نزور الساحة», «نطالب الحكومة» in a column).
    /// </summary>
    public IReadOnlySet<string>? FirstPersonOnly { get; init; }

    /// <summary>
    /// A verb's bare perfect spelled with a final hamza (هنأ): it counts only written with the hamza, since the key folds
    /// أ into ا and without it the word is another («وهنا» and here, not «وهنأ» and congratulated).
    /// </summary>
    public string? HamzaPerfect { get; init; }

    /// <summary>
    /// The keys of the noun alternatives written with a hamza below their first alef (إبعاد): each counts unless written with
    /// a hamza above it instead, since the key folds both into ا and the spelling makes another word («أبعاد» dimensions,
    /// not «إبعاد» deportation). Written with a bare alef, as some outlets write every hamza, it still counts.
    /// </summary>
    public IReadOnlySet<string>? HamzaBelowInitial { get; init; }

    /// <summary>
    /// A word written in parentheses: it must stand there but is no part of the match («(صاروخا) أطلقه الحوثيون»: the
    /// launch is the verb, its object the noun the relative clause hangs on; «حكمت محكمة (بالسجن)»: the sentence is the
    /// conviction, and «بالسجن» stays free to name the imprisonment). Context words open or close a pattern, never stand inside it.
    /// </summary>
    public bool Context { get; init; }

    /// <summary>
    /// The form of <paramref name="word"/> this pattern word matches, or -1. <paramref name="bareVerb"/>: the caller has read
    /// the word as a verb from its place (first in its clause, its subject after it), so the bare perfect counts alone too.
    /// </summary>
    public int Match(WordForms word, bool bareVerb = false)
    {
        for (var i = 0; i < word.Forms.Count; i++)
        {
            var form = word.Forms[i];
            var conjunct = ConjunctOnly is not null && form == ConjunctOnly && (word.Prefixes[i] is "و" or "ف" || bareVerb && word.Prefixes[i].Length == 0);
            if (!Forms.Contains(form) && !conjunct) continue;
            if (HamzaPerfect is not null && form == HamzaPerfect && !HamzaWritten(word, i)) continue;
            if (HamzaBelowInitial is not null && HamzaBelowInitial.Contains(form) && WrittenAt(word, word.Prefixes[i].Length) == 'أ') continue;
            if (Verb && !s_verbPrefixes.Contains(word.Prefixes[i])) continue;
            return i;
        }
        return -1;
    }

    // The key keeps the offsets of the written word, so the form's last letter stands at its prefix's length plus its own
    // («وهنأهم»: و, then هنأ with its hamza, then the pronoun).
    private static bool HamzaWritten(WordForms word, int form) =>
        WrittenAt(word, word.Prefixes[form].Length + word.Forms[form].Length - 1) == 'أ';

    private static char WrittenAt(WordForms word, int offset) => offset < word.Written.Length ? word.Written[offset] : '\0';
}
