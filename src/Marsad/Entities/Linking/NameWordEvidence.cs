using System.Collections.Frozen;
using Marsad.Entities.Recognition;
using Marsad.Text.Morphology;

namespace Marsad.Entities.Linking;

/// <summary>
/// What says a word after a title is part of a name without a gazetteer: the given names the recognizer knows, and the
/// frequency profile of the word-cluster table (learned from unlabeled SaudiNewsNet): a word in its top bins that is no
/// given name is a common word. «إيدي بشكل دبلوماسي» and «الرئيس الفرنسي يأتي عشية…» end the name at بشكل and يأتي;
/// «يانا مولر» (rare forms) does not. The same frequencies tell a proclitic from a name's first letter
/// (<see cref="FrequentForms.IsProclitic(ReadOnlySpan{char}, ReadOnlySpan{char})"/>): حسين is more frequent than لحسين.
/// </summary>
internal static class NameWordEvidence
{
    // Bins of the "f" profile column: f5 and above are the few thousand most frequent forms of the corpus.
    private const int FrequentBin = 5;

    private static readonly Lazy<FrozenSet<string>> s_givenNames = new(() =>
        NerLexicon.EmbeddedGivenNames().ToFrozenSet(StringComparer.Ordinal));

    public static bool IsGivenName(string key) => s_givenNames.Value.Contains(key);

    public static bool IsFrequentNonName(string key) => !IsGivenName(key) && FrequencyBin(key) >= FrequentBin;

    /// <summary>
    /// Whether a word ending in ي reads as a sound masculine plural in construct («منفذي هجمات»، «مسلحي الجماعة»): its
    /// plural out of construct (منفذين، مسلحين) is a common noun by <see cref="IsCommonNoun"/>. A name ending in ي (فوزي،
    /// راضي) may have such a form, but news seldom writes it with the article (فوزين، راضين); given names are never asked.
    /// </summary>
    public static bool IsPluralInConstruct(string key) =>
        key.Length >= 4 && key[^1] == 'ي' && !IsGivenName(key) && IsCommonNoun(string.Concat(key.AsSpan(0, key.Length - 1), "ين"));

    /// <summary>
    /// Whether a word is a common noun or adjective in the indefinite accusative (اتصالاً هاتفياً، وفدا رفيعا، رسمياً):
    /// written with tanween, which no name takes in news, or, tanween left unwritten, a form ending in ا whose form
    /// without that ا is no given name and goes with the article in news (الاتصال، الوفد، الرسمي). A transliterated
    /// name ending in ا (ماريا، أندريا، كوفالسكا) has no such base: ماري and أندري never take the article.
    /// </summary>
    public static bool IsIndefiniteAccusative(string key, ReadOnlySpan<char> original)
    {
        if (HasTanween(original)) return true;
        if (key.Length < 4 || key[^1] != 'ا' || IsGivenName(key)) return false;
        var stem = key[..^1];
        return !IsGivenName(stem) && ArticleBin(stem) >= ArticleBinOfCommonWords;
    }

    /// <summary>
    /// Whether a word that is no given name goes with the article in news often enough to be a common word (الهجوم،
    /// الاتفاق). Only where a name is unlikely anyway: a short foreign name may share its letters with a common word.
    /// </summary>
    public static bool TakesTheArticle(string key) => !IsGivenName(key) && ArticleBin(key) >= ArticleBinOfCommonWords;

    /// <summary>Whether a form goes with the article as often as common words do, given name or not («بيان»/«البيان»،
    /// «تركي»/«التركي»; not «أحمد», «خالد»).</summary>
    public static bool OftenWithTheArticle(string key) => ArticleBin(key) >= ArticleBinOfCommonWords;

    /// <summary>
    /// Whether a word that is no given name goes with the article in news as often as a common noun does: in 30% of its
    /// uses or more (تسويق، تأشيرة، منصة). Family names written without the article stay below (صالحي: الصالحي in 10–30%),
    /// as do transliterated names. Read where the tagger reads no person after a title (<c>TitleNamePass</c>).
    /// </summary>
    public static bool IsCommonNoun(string key) => !IsGivenName(key) && ArticleBin(key) >= ArticleBinOfCommonNouns;

    // Bin a3 of the "a" profile column: 30–70% of uses with the article.
    private const int ArticleBinOfCommonNouns = 3;

    /// <summary>Whether a word as written carries tanween (ـاً، ـٌ، ـٍ): an indefinite common word, never a name.</summary>
    public static bool HasTanween(ReadOnlySpan<char> original) => original.IndexOfAny(Tanween) >= 0;

    /// <summary>The frequency bin of a word form in unlabeled news (0 rare … 8 most frequent); -1 outside the table.</summary>
    public static int FrequencyBin(string key) => FrequentForms.Bin(key);

    /// <summary>How often a form goes with the article in unlabeled news (0 under 2% … 4 over 70%); -1 outside the table.</summary>
    public static int ArticleBin(string key) => ProfileBin(key, 'a');

    /// <summary>
    /// Whether a form reads as a name by its profile in unlabeled news: it goes with the article in under 10% of its uses
    /// and takes a pronoun suffix in under 1% (bins a0–a1 and s0–s1), or news never writes it (outside the table).
    /// Arabic has no capitals; names are the words that take neither: «بوزاني», «كنويل»; a verb or a common noun takes one
    /// or the other («سيطر»: s4, «تسويق»: a3). No given name is asked: the word is read on its own.
    /// </summary>
    public static bool HasNameProfile(string key) =>
        !IsFrequentNonName(key) && ArticleBin(key) <= 1 && ProfileBin(key, 's') <= 1;

    // Bins of the "a" profile column: a2 is 10–30% of uses with the article. The base of an accusative is measured on
    // all its cases (الاتصال، اتصاله). A word's own profile is no test: a short foreign name may be a common word too
    // (روي كين: الرؤى), so only the accusative ا with such a base, or written tanween, says "no name".
    private const int ArticleBinOfCommonWords = 2;

    // Fathatan, dammatan, kasratan.
    private static readonly char[] Tanween = ['\u064B', '\u064C', '\u064D'];

    private static int ProfileBin(string key, char column)
    {
        if (WordClusters.Embedded.Of(key) is not { } classes) return -1;
        foreach (var c in classes)
            if (c.Length == 2 && c[0] == column) return c[1] - '0';
        return -1;
    }
}
