using Marsad.Text;
using Marsad.Text.Morphology;
using Marsad.Text.Tokenization;

namespace Marsad.Events.Lexicon;

/// <summary>
/// The forms a token can be looked up by: its matching key and every base the clitic segmenter offers, each also without
/// a leading article (so «العلاقات», «علاقاتها» and «وعلاقات» all reach علاقات), with what was stripped before it.
/// Lexicon words are written as they stand: «التزام» is not ال + تزام, so only tokens are stripped.
/// Built once per word and thread (<see cref="For"/>), immutable, shared by every token of that word and every lexicon pass.
/// </summary>
public sealed class WordForms
{
    private static readonly WordForms s_empty = new([], [], false, "");

    private WordForms(string[] forms, string[] prefixes, bool definite, string written)
    {
        Forms = forms;
        Prefixes = prefixes;
        IsDefinite = definite;
        Written = written;
    }

    /// <summary>
    /// The word as written, display-normalized (hamza kept): the key folds أ into ا, so «وهنا» (and here) and «وهنأ»
    /// (and congratulated) share one key, and only the spelling tells them apart (<see cref="PatternWord.HamzaPerfect"/>).
    /// </summary>
    public string Written { get; }

    /// <summary>The clitic segmenter reads the article among the word's proclitics («الحكومة», «وللسلطات», «بالوفد»).</summary>
    public bool IsDefinite { get; }

    /// <summary>Whether a reading of the word has the preposition <paramref name="letter"/> (ب، ل) attached, after at most
    /// a conjunction و/ف: «لوكالة», «وبالعقوبات».</summary>
    public bool GovernedBy(char letter)
    {
        for (var f = 0; f < Prefixes.Count; f++)
            if (Prefixes[f].TrimStart('و', 'ف') is [var first, ..] && first == letter) return true;
        return false;
    }

    /// <summary>Lookup forms, longest first; parallel to <see cref="Prefixes"/>.</summary>
    public IReadOnlyList<string> Forms { get; }

    /// <summary>The letters of the key before each form (proclitics and article), in matching-key form.</summary>
    public IReadOnlyList<string> Prefixes { get; }

    /// <summary>
    /// The forms of a token, remembered per thread by its word: they depend on the word alone, since
    /// <paramref name="analysis"/> is the clitic segmenter's analysis of that word (<see cref="CliticSegmenter.Analyze(Token)"/>).
    /// </summary>
    public static WordForms For(Token token, WordAnalysis? analysis) =>
        token.Kind != TokenKind.ArabicWord ? s_empty
            : WordMemo<WordForms>.Get(token.Normalized, (token, analysis), static w => Of(w.token, w.analysis));

    public static WordForms Of(Token token, WordAnalysis? analysis)
    {
        if (token.Kind != TokenKind.ArabicWord) return s_empty;
        var key = token.Key;
        // Gathered in a per-thread scratch list, then copied once into arrays of the exact size: a word costs its
        // two arrays and its new strings, not two growing lists besides.
        var found = t_scratch ??= new Scratch();
        found.Clear();
        Add(key, key, found);
        // The segmenter offers no base that cuts a word it knows whole («وهناك» never reaches هنا, «وبحث» never حث).
        if (analysis is not null)
            for (var i = 0; i < analysis.Candidates.Count; i++) Add(key, analysis.Candidates[i], found);
        return new WordForms(found.Forms.ToArray(), found.Prefixes.ToArray(), analysis?.IsDefinite ?? false, token.Normalized);
    }

    public bool Has(string form) => Forms.Contains(form);

    private static void Add(string key, string candidate, Scratch found)
    {
        var at = key.IndexOf(candidate, StringComparison.Ordinal);
        if (at < 0 || at > 4) return;
        // The article takes no pronoun suffix: «الاجتماعي» is the adjective, not اجتماع + ي «my meeting».
        if (at + candidate.Length < key.Length
            && (key.AsSpan(0, at).EndsWith("ال", StringComparison.Ordinal) || CliticSegmenter.OpensWithArticle(candidate))) return;
        if (!found.Forms.Contains(candidate)) found.Add(candidate, key[..at]);
        var form = CliticSegmenter.WithoutArticle(candidate, 1);
        if (form.Length == candidate.Length || found.Forms.Contains(form)) return;
        // The candidate stands at «at» in the key and begins with the article: its prefix is the key up to the article's end.
        found.Add(form, key[..(at + 2)]);
    }

    [ThreadStatic] private static Scratch? t_scratch;

    private sealed class Scratch
    {
        public readonly List<string> Forms = new(8);
        public readonly List<string> Prefixes = new(8);

        public void Clear()
        {
            Forms.Clear();
            Prefixes.Clear();
        }

        public void Add(string form, string prefix)
        {
            Forms.Add(form);
            Prefixes.Add(prefix);
        }
    }
}
