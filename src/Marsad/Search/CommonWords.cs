using System.Collections.Frozen;
using Marsad.LanguageData;

namespace Marsad.Search;

/// <summary>
/// The words whose adjacent pairs are indexed (<see cref="WordPairs"/>): the common-grams way (Lucene's
/// <c>CommonGramsFilter</c>) of keeping a pair only where it can serve. <see cref="PhrasePairs"/> narrows a phrase only
/// when each of its words stands in a tenth of the articles or more, so only pairs of two common words are ever read;
/// indexing every pair made the index 46% larger and its rebuild ~3× the CPU for pairs no query looks up. The list is
/// Resources/Search/common-words.txt (the words in a twentieth of SaudiNewsNet's articles or more, derived by
/// <c>bench common-words</c>), compared as the index holds terms; its fingerprint is in the pair fields' names
/// (<see cref="SearchFields.TitlePairs"/>), so an index made with another list is searched with its phrases as written.
/// </summary>
internal static class CommonWords
{
    public const string Area = "Search";
    public const string File = "common-words.txt";

    private static readonly FrozenSet<string> s_terms = LanguageFile.DataLines(Area, File)
        .SelectMany(line => SearchTerms.Of(line.Text.Trim())).Select(t => t.Term).ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The first 12 hex digits of the list's SHA-256 (data lines only).</summary>
    public static string Fingerprint { get; } = LanguageFile.DataSha256(Area, [File])[..12];

    /// <summary>Whether <paramref name="term"/> (as <see cref="SearchTerms"/> makes it) is a common word.</summary>
    public static bool Contains(string term) => s_terms.Contains(term);

    /// <summary>Whether the pair of <paramref name="first"/> and <paramref name="second"/> is indexed.</summary>
    public static bool Pairs(string first, string second) => s_terms.Contains(first) && s_terms.Contains(second);
}
