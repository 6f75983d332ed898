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
/// Resources/Text/clitic-initial-words.txt (or its light stem, when 4 letters or more) with least stripping;
/// else the one stripping most letters where the base keeps 2 letters after the article, 3 after و/ف, 4 after
/// ب/ل/ك, and 3 before a pronoun ه ها هم هما هن نا that no alef precedes (اتجاه, أحيانا keep theirs), preferring
/// the pronoun on a tie (بلاده = بلاد + ه), and never a cut that leaves no form news writes while the word keeping
/// the letter is one (ليفركوزن, بوتين, وكافلنيكوف keep theirs: <see cref="CutsTheWord"/>); when that base is a listed word, no candidate cuts letters off it. The future س and the pronouns ك كم كما كن ي only add candidates:
/// سياسة and حكم begin and end like them far more often than they carry them.
/// Written by hand because Lucene's ArabicStemmer strips a fixed prefix list blind to hamza and ignores enclitics,
/// and gives one answer where lookups need all of them.
/// </summary>
public static class CliticSegmenter
{
    private static readonly FrozenSet<string> s_lexicon =
        TextResources.ReadLines("clitic-initial-words.txt").Select(MatchingKey.Of).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> s_lexiconStems =
        s_lexicon.Select(LightStemmer.SuffixStem).Where(s => s.Length >= 4).ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_lexiconStemLookup =
        s_lexiconStems.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly string[] s_enclitics = ["هما", "كما", "هم", "هن", "ها", "كم", "كن", "نا", "ه", "ك", "ي"];

    /// <summary>The enclitic pronouns of the third person; none is a suffix of another, so a word ends in at most one.</summary>
    private static readonly string[] s_thirdPersonEnclitics = ["هما", "هم", "هن", "ها", "ه"];
    /// <summary>Of <see cref="s_enclitics"/>, the second person plural and dual, longest first.</summary>
    private static readonly string[] s_secondPersonPluralEnclitics = ["كما", "كم"];
    private static readonly FrozenSet<string> s_confidentEnclitics = FrozenSet.ToFrozenSet(["هما", "هم", "هن", "ها", "ه", "نا"], StringComparer.Ordinal);

    internal const string Article = "ال";

    // The proclitics as WordAnalysis.Proclitics names them: the conjunctions, the prepositions and the future prefix. The
    // passes that read an analysis's proclitics compare with these, so each letter is written once, here.
    internal const string ConjunctionWa = "و";
    internal const string ConjunctionFa = "ف";
    internal const string PrepositionBa = "ب";
    internal const string PrepositionLam = "ل";
    internal const string PrepositionKaf = "ك";
    internal const string FutureSin = "س";

    /// <summary>
    /// Whether a proclitic as <see cref="WordAnalysis.Proclitics"/> names it is a conjunction (و، ف) or a preposition
    /// (ب، ل، ك): the letters a name may carry in front of it in a sentence, unlike the future س (verbs only) and the article.
    /// </summary>
    public static bool IsConjunctionOrPreposition(string proclitic) =>
        proclitic is ConjunctionWa or ConjunctionFa or PrepositionBa or PrepositionLam or PrepositionKaf;

    /// <summary>
    /// The third-person attached pronoun (هما، هم، هن، ها، ه) the matching key ends in, or null: «قواتها» → «ها»,
    /// «عليهم» → «هم». Only the ending is read — whether the letters are a pronoun («أفراده») or the word's own («وجه»,
    /// a folded ة in «الحكومه») is the caller's test, as is which pronouns it accepts.
    /// </summary>
    public static string? ThirdPersonPronoun(string key)
    {
        foreach (var pronoun in s_thirdPersonEnclitics)
            if (key.EndsWith(pronoun, StringComparison.Ordinal)) return pronoun;
        return null;
    }

    /// <summary>
    /// Whether the enclitic (as <see cref="WordAnalysis.Enclitics"/> lists it) is a third-person pronoun of more than one
    /// letter: ها، هم، هما، هن. The lone ه is left out: it is too often a folded ة or the end of a name (فقيه، روته).
    /// </summary>
    public static bool IsLongThirdPersonPronoun(string enclitic) =>
        enclitic.Length > 1 && Array.IndexOf(s_thirdPersonEnclitics, enclitic) >= 0;

    /// <summary>
    /// The length of the second-person plural or dual pronoun (كم، كما) the matching key ends in, or 0: «استقبالكم» → 2.
    /// The analysis only lists them as candidates (حكم and كما end so far more often), so the caller tests the base.
    /// </summary>
    public static int SecondPersonPluralPronounLength(string key)
    {
        foreach (var pronoun in s_secondPersonPluralEnclitics)
            if (key.EndsWith(pronoun, StringComparison.Ordinal)) return pronoun.Length;
        return 0;
    }

    /// <summary>
    /// Whether the matching key is the word <paramref name="head"/> with one attached pronoun (any person): «منا»،
    /// «منه»، «منهم» of «من»; a final ن takes «نا» in one letter with a shadda («منّا» = من + نا). Read from the key
    /// alone, for short function words the analysis would not cut (its base must keep two letters).
    /// </summary>
    public static bool IsWithEnclitic(string key, string head) =>
        key.Length > head.Length && key.StartsWith(head, StringComparison.Ordinal)
        && (Array.IndexOf(s_enclitics, key[head.Length..]) >= 0 || head[^1] == 'ن' && key.Length == head.Length + 1 && key[^1] == 'ا');

    /// <summary>
    /// The matching key without the conjunction و/ف it opens with, when more than <paramref name="keep"/> letters
    /// remain; else the key as it is. Read from the key alone: for tests of a word's shape (an imperfect's prefix, an
    /// article) and for lookups in short word lists, where the word is read as a conjunction plus that word whatever the
    /// analysis prefers («وقال» = و + قال, though «وقال» could be a word of its own).
    /// </summary>
    public static ReadOnlySpan<char> WithoutConjunction(ReadOnlySpan<char> key, int keep) =>
        key.Length > keep && key[0] is 'و' or 'ف' ? key[1..] : key;

    /// <inheritdoc cref="WithoutConjunction(ReadOnlySpan{char}, int)"/>
    public static string WithoutConjunction(string key, int keep) =>
        WithoutConjunction(key.AsSpan(), keep).Length == key.Length ? key : key[1..];

    /// <summary>
    /// Whether the word opens with the article's letters ال, read from its text alone (normalized or matching key): the
    /// one check the passes make before they ask whether a word is definite or a name (a name may open with the same
    /// letters: الياس).
    /// </summary>
    public static bool OpensWithArticle(ReadOnlySpan<char> key) => key.StartsWith(Article, StringComparison.Ordinal);

    /// <summary>
    /// Whether the word opens with the conjunction و and then the article's letters (والاجتماعية), read from its text
    /// alone: the next definite word of a list joined by و. Only و: ف joins clauses, not the words of a name.
    /// </summary>
    public static bool OpensWithWaAndArticle(ReadOnlySpan<char> key) =>
        key.StartsWith(ConjunctionWa, StringComparison.Ordinal) && OpensWithArticle(key[ConjunctionWa.Length..]);

    /// <summary>
    /// Whether the key opens with a preposition ب، ل or ك and more than <paramref name="keep"/> letters: read from the
    /// key alone, for lookups that try the word with the letter taken off and let the list decide.
    /// </summary>
    public static bool OpensWithPreposition(ReadOnlySpan<char> key, int keep) =>
        key.Length > keep && (key.StartsWith(PrepositionBa) || key.StartsWith(PrepositionLam) || key.StartsWith(PrepositionKaf));

    /// <summary>
    /// Whether the word opens with the preposition ل written before the article's ل, the article's alef dropped (للشؤون
    /// = ل + الشؤون), read from its text alone (normalized or matching key).
    /// </summary>
    public static bool OpensWithLamBeforeArticle(ReadOnlySpan<char> key) =>
        key.StartsWith(PrepositionLam + PrepositionLam, StringComparison.Ordinal);

    /// <summary>
    /// The matching key without the article ال it opens with, when more than <paramref name="keep"/> letters remain; else
    /// the key as it is. Read from the key alone, for lookups in short word lists that hold words without the article.
    /// </summary>
    public static ReadOnlySpan<char> WithoutArticle(ReadOnlySpan<char> key, int keep) =>
        key.Length > keep + Article.Length && key.StartsWith(Article) ? key[Article.Length..] : key;

    /// <inheritdoc cref="WithoutArticle(ReadOnlySpan{char}, int)"/>
    public static string WithoutArticle(string key, int keep) =>
        WithoutArticle(key.AsSpan(), keep).Length == key.Length ? key : key[Article.Length..];

    /// <summary>
    /// The matching key without the preposition ب/ل it opens with (a conjunction before it already taken off), when more
    /// than <paramref name="keep"/> letters remain; else the key as it is. ل before the article's ل (للمصدر = ل + ال +
    /// مصدر, the article's alef dropped) takes the article with it: the noun is left bare. Read from the key alone, for
    /// lookups in short word lists that hold nouns with or without the article.
    /// </summary>
    public static ReadOnlySpan<char> WithoutPreposition(ReadOnlySpan<char> key, int keep) =>
        key.Length <= keep || key[0] is not ('ب' or 'ل') ? key
        : OpensWithLamBeforeArticle(key) ? key[2..]
        : key[1..];

    public static WordAnalysis? Analyze(Token token) =>
        token.Kind is TokenKind.ArabicWord or TokenKind.LatinWord ? Analyze(token.Normalized, token.Key) : null;

    /// <summary>Analyses a word given in display-normalized form and its matching key (same length).</summary>
    public static WordAnalysis Analyze(string normalized, string key)
    {
        ArgumentNullException.ThrowIfNull(normalized);
        ArgumentNullException.ThrowIfNull(key);
        if (normalized.Length != key.Length)
            throw new ArgumentException($"Key '{key}' does not match normalized word '{normalized}' letter for letter; make it with MatchingKey.FromNormalized.", nameof(key));
        // The analysis depends only on the word form, and news repeats its frequent words.
        return WordMemo<WordAnalysis>.Get(normalized, (normalized, key), static w => Compute(w.normalized, w.key));
    }

    private static WordAnalysis Compute(string word, string key)
    {
        if (!IsArabicLetter(word[0])) return new WordAnalysis([], key, [], key, [key]);
        // No clitic can start or end it: the word is its own base (most words of a text).
        if (word[0] is not ('و' or 'ف' or 'ب' or 'ل' or 'ك' or 'س' or 'ا') && word[^1] is not ('ه' or 'ا' or 'م' or 'ن' or 'ك' or 'ي'))
            return new WordAnalysis([], key, [], LightStemmer.Stem(key), [key]);
        Span<Prefix> prefixes = stackalloc Prefix[8];
        var prefixCount = Proclitics(word, prefixes);

        // At most 8 prefixes × (bare + 3 matching pronouns + their taa marbuta): well under 64.
        var analyses = t_analyses ??= new Analysis[64];
        var count = 0;
        foreach (var prefix in prefixes[..prefixCount])
        {
            var baseLength = word.Length - prefix.Length;
            if (baseLength < 2 && prefix.Length > 0) continue;
            analyses[count++] = new Analysis(prefix, 0, null, Slice(key, prefix.Length, 0, false));
            // Every pronoun ends in one of these letters; most words end otherwise and skip the loop.
            if (word[^1] is not ('ه' or 'ا' or 'م' or 'ن' or 'ك' or 'ي')) continue;
            for (var e = 0; e < s_enclitics.Length; e++)
            {
                var enclitic = s_enclitics[e];
                if (baseLength - enclitic.Length < 2 || !word.AsSpan(prefix.Length).EndsWith(enclitic)) continue;
                analyses[count++] = new Analysis(prefix, e + 1, enclitic, Slice(key, prefix.Length, enclitic.Length, false));
                // حكومتهم → حكومه, but not the plural ات (علاقاتها) nor a short verb ending (ذكرته = ذكرت + ه).
                var baseEnd = word.Length - enclitic.Length;
                if (word[baseEnd - 1] == 'ت' && baseLength - enclitic.Length >= 5 && word[baseEnd - 2] != 'ا')
                    analyses[count++] = new Analysis(prefix, e + 1, enclitic, Slice(key, prefix.Length, enclitic.Length, true), RestoresTaaMarbuta: true);
            }
        }

        var found = analyses.AsSpan(0, count);
        var best = found[Choose(found, word, key)];
        if (s_lexicon.Contains(best.Base)) found = found[..KeepWhole(found, best, word.Length)];
        var candidates = Candidates(found);
        return new WordAnalysis(s_procliticLists[best.Prefix.Clitics], best.Base,
            s_encliticLists[best.EncliticIndex], LightStemmer.Stem(best.Base), candidates);
    }

    [ThreadStatic] private static Analysis[]? t_analyses;

    /// <summary>
    /// A base that is a listed word is not cut: «وهناك» is و + هناك, never و + هنا + ك (the verb هنأ «congratulated
    /// you»), and «وبحث»، «وبحثت» are و + a verb, never و + ب + حث «and by urging», whose ب would govern the subject
    /// after it. Kept are the bare word, listed bases, and readings that strip no letter of the listed one: those
    /// ending where it ends and starting at or before it. The kept analyses are moved to the front; returns their count.
    /// </summary>
    private static int KeepWhole(Span<Analysis> found, Analysis whole, int wordLength)
    {
        var wholeEnd = wordLength - whole.EncliticLength;
        var kept = 0;
        foreach (var analysis in found)
        {
            if (analysis.Stripped == 0 || s_lexicon.Contains(analysis.Base)
                || (analysis.Prefix.Length <= whole.Prefix.Length && wordLength - analysis.EncliticLength == wholeEnd))
                found[kept++] = analysis;
        }
        return kept;
    }

    private static string Slice(string key, int start, int encliticLength, bool restoreTaaMarbuta)
    {
        var length = key.Length - start - encliticLength;
        if (!restoreTaaMarbuta) return length == key.Length ? key : key.Substring(start, length);
        return string.Concat(key.AsSpan(start, length - 1), "ه");
    }

    /// <summary>Distinct bases, longest first; among equals the less stripped reading (found first) stays first.</summary>
    private static string[] Candidates(ReadOnlySpan<Analysis> analyses)
    {
        Span<int> order = stackalloc int[analyses.Length];
        var count = 0;
        for (var i = 0; i < analyses.Length; i++)
        {
            var duplicate = false;
            for (var j = 0; j < count && !duplicate; j++) duplicate = analyses[order[j]].Base == analyses[i].Base;
            if (duplicate) continue;
            // Insertion sort, stable: move past every candidate at least as long.
            var at = count;
            while (at > 0 && analyses[order[at - 1]].Base.Length < analyses[i].Base.Length)
            {
                order[at] = order[at - 1];
                at--;
            }
            order[at] = i;
            count++;
        }
        var candidates = new string[count];
        for (var i = 0; i < count; i++) candidates[i] = analyses[order[i]].Base;
        return candidates;
    }

    private static int Choose(ReadOnlySpan<Analysis> analyses, string word, string key)
    {
        var fromLexicon = -1;
        for (var i = 0; i < analyses.Length; i++)
        {
            if ((fromLexicon < 0 || analyses[i].Stripped < analyses[fromLexicon].Stripped) && IsKnownWord(analyses[i].Base))
                fromLexicon = i;
        }
        if (fromLexicon >= 0) return fromLexicon;

        var best = 0; // the bare word
        for (var i = 1; i < analyses.Length; i++)
        {
            if (IsAcceptableByDefault(analyses[i], word) && IsBetter(analyses[i], analyses[best]) && !CutsTheWord(analyses[i], word, key)) best = i;
        }
        return best;
    }

    // A lexicon word or a suffixed form of one: بيانات reaches بيان through its stem. The base must lose a
    // two-letter suffix (ات ون ين ية…) on the way, so that the bare verb وزار does not pass for وزارة.
    private static bool IsKnownWord(string baseKey)
    {
        if (MayBeListed(baseKey) && s_lexicon.Contains(baseKey)) return true;
        if (baseKey.Length < 6) return false;
        var stem = LightStemmer.SuffixStemOf(baseKey);
        return stem.Length <= baseKey.Length - 2 && MayBeListed(stem) && s_lexiconStemLookup.Contains(stem);
    }

    // A one-bit-per-(length, first letter) sieve over the lexicon and its stems: most bases are no lexicon word,
    // and the sieve says so before any hashing.
    private static readonly ulong[] s_sieve = BuildSieve();

    private static bool MayBeListed(ReadOnlySpan<char> word)
    {
        var bit = SieveBit(word);
        return (s_sieve[bit >> 6] & (1UL << (bit & 63))) != 0;
    }

    private static int SieveBit(ReadOnlySpan<char> word) => (Math.Min(word.Length, 15) << 6) | (word[0] & 63);

    private static ulong[] BuildSieve()
    {
        var sieve = new ulong[16];
        foreach (var word in s_lexicon.Concat(s_lexiconStems))
        {
            var bit = SieveBit(word);
            sieve[bit >> 6] |= 1UL << (bit & 63);
        }
        return sieve;
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

    /// <summary>
    /// Whether the reading's last proclitic letter (و ف ب ل ك, not the article) belongs to the word: a transliterated
    /// name begins with these letters as often as any word, «بوتين», «كابول», «فيينا», «وارسو», «ليفركوزن», and after a
    /// real conjunction too, «ولينكولن». Asked of how often news writes each form (<see cref="FrequentForms"/>): the
    /// letter stays when what it would leave, with or without its pronoun, is no frequent form but the word from that
    /// letter on is («يفركوزن» / «ليفركوزن»), or when the word from that letter on is far more frequent than what it leaves
    /// («بوتين» / «وتين», «وزير» / «زير»): <see cref="FrequentForms.IsProclitic(int, int)"/>; and, news writing neither,
    /// for ك alone, because the preposition ك joins common nouns («كحلفاء», «كبديل») and a rare remainder is nearly always
    /// a name's letters («وكافلنيكوف»).
    /// </summary>
    private static bool CutsTheWord(Analysis analysis, string word, string key)
    {
        var clitics = s_procliticLists[analysis.Prefix.Clitics];
        if (clitics.Length == 0) return false;
        var letter = clitics[^1];
        if (letter is Article or "س") return false;
        var at = analysis.Prefix.Length;
        // A hamza on alef after the letter begins a word («وأمهل», «بإمكانك»): no name is written so.
        if (word[at] is 'أ' or 'إ' or 'آ') return false;
        var left = Math.Max(FrequentForms.Bin(key.AsSpan(at)), FrequentForms.Bin(analysis.Base));
        return FrequentForms.IsProclitic(FrequentForms.Bin(key.AsSpan(at - 1)), left) is { } proclitic ? !proclitic : letter == "ك";
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
        found[count++] = new Prefix(0, 0, MinimumBase: 0, Confident: true);
        var conjunction = word.Length >= 3 && word[0] is 'و' or 'ف' ? 1 : 0;
        for (var c = 0; c <= conjunction; c++)
        {
            var conj = c == 0 ? 0 : word[0] == 'و' ? 1 : 2;
            if (c == 1) found[count++] = new Prefix(1, ListIndex(conj, 0, false), MinimumBase: 3, Confident: true);
            AddArticle(word, c, conj, 0, ref count, found);
            if (c + 1 < word.Length && word[c] is 'ب' or 'ل' or 'ك')
            {
                var prep = word[c] == 'ب' ? 1 : word[c] == 'ل' ? 2 : 3;
                found[count++] = new Prefix(c + 1, ListIndex(conj, prep, false), MinimumBase: 4, Confident: true);
                if (prep == 2 && word[c + 1] == 'ل')
                {
                    if (word.Length - c - 2 >= 2)
                        found[count++] = new Prefix(c + 2, ListIndex(conj, prep, true), MinimumBase: 2, Confident: true);
                }
                else AddArticle(word, c + 1, conj, prep, ref count, found);
            }
            else if (c + 2 < word.Length && word[c] == 'س' && word[c + 1] is 'ي' or 'ت' or 'ن' or 'أ')
            {
                found[count++] = new Prefix(c + 1, ListIndex(conj, 4, false), MinimumBase: 3, Confident: false);
            }
        }
        return count;
    }

    private static void AddArticle(string word, int at, int conj, int prep, ref int count, Span<Prefix> found)
    {
        // Bare alef only: أ or إ after it would make ألبانيا, إلى look like articles.
        if (word.Length - at - 2 >= 2 && word[at] == 'ا' && word[at + 1] == 'ل')
            found[count++] = new Prefix(at + 2, ListIndex(conj, prep, true), MinimumBase: 2, Confident: true);
    }

    // Proclitic lists are shared: conjunction (none, و, ف) × preposition (none, ب, ل, ك, س) × article.
    private static int ListIndex(int conj, int prep, bool article) => (conj * 5 + prep) * 2 + (article ? 1 : 0);

    private static readonly string[][] s_procliticLists = BuildProcliticLists();

    private static readonly string[][] s_encliticLists = [[], .. s_enclitics.Select(e => new[] { e })];

    private static string[][] BuildProcliticLists()
    {
        string?[] conjunctions = [null, ConjunctionWa, ConjunctionFa];
        string?[] prepositions = [null, PrepositionBa, PrepositionLam, PrepositionKaf, FutureSin];
        var lists = new string[30][];
        for (var c = 0; c < 3; c++)
        for (var p = 0; p < 5; p++)
        for (var a = 0; a < 2; a++)
        {
            var list = new List<string>(3);
            if (conjunctions[c] is { } conj) list.Add(conj);
            if (prepositions[p] is { } prep) list.Add(prep);
            if (a == 1) list.Add(Article);
            lists[ListIndex(c, p, a == 1)] = [.. list];
        }
        return lists;
    }

    private static bool IsArabicLetter(char c) => c is >= '\u0620' and <= '\u06FF';

    private readonly record struct Prefix(int Length, int Clitics, int MinimumBase, bool Confident);

    /// <summary>One reading: a prefix, an enclitic (index into the pronoun list, 0 for none) and the base it leaves.</summary>
    private readonly record struct Analysis(Prefix Prefix, int EncliticIndex, string? Enclitic, string Base, bool RestoresTaaMarbuta = false)
    {
        public int EncliticLength => Enclitic?.Length ?? 0;

        public int Stripped => Prefix.Length + EncliticLength;
    }
}
