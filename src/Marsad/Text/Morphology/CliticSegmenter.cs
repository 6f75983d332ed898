using System.Collections.Frozen;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Text.Morphology;

/// <summary>
/// Splits an Arabic word into proclitics, base and enclitic and lists every plausible base.
/// <list type="bullet">
/// <item>Proclitics, in order: a conjunction و/ف, then a preposition ب/ل/ك or the future س, then the article ال
/// (after ل it is written ل alone: للحكومة = ل + ال + حكومة).</item>
/// <item>Enclitic pronouns: ه ها هم هما هن ك كم كما كن نا ي; a base of 5 letters or more left ending in ت
/// (not ات) gets its taa marbuta back as a further candidate (حكومتهم → حكومت, حكومه).</item>
/// <item>The article is recognised on the display form, where ألبانيا (hamza) is not ال + بانيا; ة is told
/// from the pronoun ه there too. Results are in matching-key form.</item>
/// </list>
/// <see cref="WordAnalysis.Base"/> is the best guess without a full lexicon: the analysis that reaches a word of
/// Resources/Text/clitic-initial-words.txt (or its light stem, when 4 letters or more) with least stripping; else the one stripping most letters where the base
/// keeps 2 letters after the article, 3 after و/ف, 4 after ب/ل/ك, and 3 before a pronoun ه ها هم هما هن نا that no
/// alef precedes (اتجاه, أحيانا keep theirs), preferring the pronoun on a tie (بلاده = بلاد + ه). The future س and the pronouns ك كم كما كن ي
/// only add candidates: سياسة and حكم begin and end like them far more often than they carry them.
/// Written by hand because Lucene's ArabicStemmer strips a fixed prefix list blind to hamza and ignores enclitics,
/// and gives one answer where lookups need all of them.
/// </summary>
public static class CliticSegmenter
{
    private static readonly FrozenSet<string> s_lexicon =
        TextResources.ReadLines("clitic-initial-words.txt").Select(MatchingKey.Of).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_lexiconStems =
        s_lexicon.Select(LightStemmer.Stem).Where(s => s.Length >= 4).ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] s_enclitics = ["هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ه", "ك", "ي"];
    private static readonly FrozenSet<string> s_confidentEnclitics = FrozenSet.ToFrozenSet(["هما", "هم", "هن", "ها", "ه", "نا"], StringComparer.Ordinal);

    private const string Article = "ال";

    // Per-thread cache: analysis depends only on the word form, and news repeats its words.
    [ThreadStatic] private static Dictionary<string, WordAnalysis>? t_cache;
    private const int CacheLimit = 100_000;

    public static WordAnalysis? Analyze(Token token) =>
        token.Kind switch
        {
            TokenKind.ArabicWord => Analyze(token.Index, token.Normalized, token.Key),
            TokenKind.LatinWord => new WordAnalysis(token.Index, [], token.Key, [], token.Key, [token.Key]),
            _ => null,
        };

    /// <summary>Analyses an Arabic word given in display-normalized form and its matching key (same length).</summary>
    public static WordAnalysis Analyze(int tokenIndex, string normalized, string key)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        ArgumentNullException.ThrowIfNull(key);
        if (normalized.Length != key.Length)
            throw new ArgumentException($"Key '{key}' does not match normalized word '{normalized}' letter for letter; make it with MatchingKey.FromNormalized.", nameof(key));
        var cache = t_cache ??= new Dictionary<string, WordAnalysis>(StringComparer.Ordinal);
        if (cache.TryGetValue(normalized, out var known))
            return known.TokenIndex == tokenIndex ? known : known with { TokenIndex = tokenIndex };
        if (cache.Count >= CacheLimit) cache.Clear();
        var analysis = Compute(tokenIndex, normalized, key);
        cache[normalized] = analysis;
        return analysis;
    }

    private static WordAnalysis Compute(int tokenIndex, string word, string key)
    {
        var prefixes = new Prefix[8];
        var prefixCount = Proclitics(word, prefixes);

        var analyses = new List<Analysis>(prefixCount * 4);
        foreach (var prefix in prefixes.AsSpan(0, prefixCount))
        {
            var baseLength = word.Length - prefix.Length;
            if (baseLength < 2 && prefix.Length > 0) continue;
            analyses.Add(new Analysis(prefix, 0, null));
            foreach (var enclitic in s_enclitics)
            {
                if (baseLength - enclitic.Length < 2 || !word.AsSpan(prefix.Length).EndsWith(enclitic)) continue;
                analyses.Add(new Analysis(prefix, enclitic.Length, enclitic));
                // حكومتهم → حكومه, but not the plural ات (علاقاتها) nor a short verb ending (ذكرته = ذكرت + ه).
                var baseEnd = word.Length - enclitic.Length;
                if (word[baseEnd - 1] == 'ت' && baseLength - enclitic.Length >= 5 && word[baseEnd - 2] != 'ا')
                    analyses.Add(new Analysis(prefix, enclitic.Length, enclitic, RestoresTaaMarbuta: true));
            }
        }

        var best = Choose(analyses, word, key);
        var candidates = new List<string>(analyses.Count);
        foreach (var analysis in analyses)
        {
            var candidate = analysis.BaseKey(key);
            if (!candidates.Contains(candidate)) candidates.Add(candidate);
        }
        // Longest first; a stable sort keeps the less stripped reading first among equals.
        var ordered = candidates.Order(LongestFirst.Instance).ToArray();

        var baseKey = best.BaseKey(key);
        return new WordAnalysis(tokenIndex, best.Prefix.Clitics, baseKey,
            best.Enclitic is null ? [] : [best.Enclitic], LightStemmer.Stem(baseKey), ordered);
    }

    private static Analysis Choose(List<Analysis> analyses, string word, string key)
    {
        Analysis? fromLexicon = null;
        foreach (var analysis in analyses)
        {
            if ((fromLexicon is null || analysis.Stripped < fromLexicon.Value.Stripped) && IsKnownWord(analysis.BaseKey(key)))
                fromLexicon = analysis;
        }
        if (fromLexicon is { } found) return found;

        var best = analyses[0]; // the bare word
        foreach (var analysis in analyses)
        {
            if (IsAcceptableByDefault(analysis, word) && IsBetter(analysis, best)) best = analysis;
        }
        return best;
    }

    // A lexicon word or a suffixed form of one: بيانات reaches بيان through its stem. The base must lose a
    // two-letter suffix (ات ون ين ية…) on the way, so that the bare verb وزار does not pass for وزارة.
    private static bool IsKnownWord(string baseKey)
    {
        if (s_lexicon.Contains(baseKey)) return true;
        if (baseKey.Length < 6) return false;
        var stem = LightStemmer.Stem(baseKey);
        return stem.Length <= baseKey.Length - 2 && s_lexiconStems.Contains(stem);
    }

    private static bool IsAcceptableByDefault(Analysis analysis, string word)
    {
        if (!analysis.Prefix.Confident) return false;
        var baseLength = word.Length - analysis.Stripped;
        if (baseLength < analysis.Prefix.MinimumBase) return false;
        if (analysis.Enclitic is null) return true;
        return s_confidentEnclitics.Contains(analysis.Enclitic) && baseLength >= 3
            && word[word.Length - analysis.EncliticLength - 1] != 'ا';
    }

    // Most letters stripped; on a tie the pronoun reading (بلاده = بلاد + ه, not ب + لاده), and the restored taa marbuta.
    private static bool IsBetter(Analysis candidate, Analysis best) =>
        candidate.Stripped != best.Stripped ? candidate.Stripped > best.Stripped
        : candidate.EncliticLength != best.EncliticLength ? candidate.EncliticLength > best.EncliticLength
        : candidate.RestoresTaaMarbuta && !best.RestoresTaaMarbuta;

    /// <summary>Every proclitic sequence the word starts with, the bare word first.</summary>
    private static int Proclitics(string word, Span<Prefix> found)
    {
        var count = 0;
        found[count++] = new Prefix(0, [], MinimumBase: 0, Confident: true);
        var conjunction = word.Length >= 3 && word[0] is 'و' or 'ف' ? 1 : 0;
        for (var c = 0; c <= conjunction; c++)
        {
            string[] conj = c == 1 ? [word[..1]] : [];
            if (c == 1) found[count++] = new Prefix(1, conj, MinimumBase: 3, Confident: true);
            AddArticle(word, c, conj, ref count, found);
            if (c + 1 < word.Length && word[c] is 'ب' or 'ل' or 'ك')
            {
                string[] prep = [.. conj, word.Substring(c, 1)];
                found[count++] = new Prefix(c + 1, prep, MinimumBase: 4, Confident: true);
                if (word[c] == 'ل' && c + 1 < word.Length && word[c + 1] == 'ل')
                    found[count++] = new Prefix(c + 2, [.. prep, Article], MinimumBase: 2, Confident: true);
                else AddArticle(word, c + 1, prep, ref count, found);
            }
            else if (c + 2 < word.Length && word[c] == 'س' && word[c + 1] is 'ي' or 'ت' or 'ن' or 'أ')
            {
                found[count++] = new Prefix(c + 1, [.. conj, "س"], MinimumBase: 3, Confident: false);
            }
        }
        return count;
    }

    private static void AddArticle(string word, int at, string[] before, ref int count, Span<Prefix> found)
    {
        // Bare alef only: أ or إ after it would make ألبانيا, إلى look like articles.
        if (word.Length - at - 2 >= 2 && word[at] == 'ا' && word[at + 1] == 'ل')
            found[count++] = new Prefix(at + 2, [.. before, Article], MinimumBase: 2, Confident: true);
    }

    private readonly record struct Prefix(int Length, string[] Clitics, int MinimumBase, bool Confident);

    private readonly record struct Analysis(Prefix Prefix, int EncliticLength, string? Enclitic, bool RestoresTaaMarbuta = false)
    {
        public int Stripped => Prefix.Length + EncliticLength;

        public string BaseKey(string key)
        {
            var length = key.Length - Prefix.Length - EncliticLength;
            if (!RestoresTaaMarbuta) return key.Substring(Prefix.Length, length);
            return string.Concat(key.AsSpan(Prefix.Length, length - 1), "ه");
        }
    }

    private sealed class LongestFirst : IComparer<string>
    {
        public static readonly LongestFirst Instance = new();

        public int Compare(string? x, string? y) => (y?.Length ?? 0).CompareTo(x?.Length ?? 0);
    }
}
