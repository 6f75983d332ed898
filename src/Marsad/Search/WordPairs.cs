using Lucene.Net.Documents;
using Lucene.Net.Index;

namespace Marsad.Search;

/// <summary>
/// Pairs of adjacent common words (<see cref="CommonWords"/>), each indexed as one term of its own field (<see cref="SearchFields.TitlePairs"/>,
/// <see cref="SearchFields.TextPairs"/>): the articles that hold «اليوم الأحد» as a phrase are among those whose pair
/// field holds «يوم احد», one short posting list, where the phrase alone walks the postings and positions of two words
/// that each stand in a third of the articles (<see cref="PhrasePairs"/>). Documents only: no frequencies, positions
/// or norms — the pairs select, the phrase still scores.
/// </summary>
internal static class WordPairs
{
    // Terms never hold a space (SearchTerms makes them of single tokens), so a pair can never be read as another pair.
    internal const char Separator = ' ';

    public static readonly FieldType Type = MakeType();

    private static FieldType MakeType()
    {
        var type = new FieldType
        {
            IsIndexed = true,
            IsTokenized = true,
            IsStored = false,
            OmitNorms = true,
            IndexOptions = IndexOptions.DOCS_ONLY,
        };
        type.Freeze();
        return type;
    }

    /// <summary>The one term of two adjacent terms.</summary>
    public static string Of(string first, string second) => $"{first}{Separator}{second}";

    /// <summary>The pair field of a field of terms; null for any other field.</summary>
    public static string? FieldOf(string field) => field switch
    {
        SearchFields.Title => SearchFields.TitlePairs,
        SearchFields.Text => SearchFields.TextPairs,
        _ => null,
    };

    /// <summary>Whether the pair of <paramref name="first"/> and <paramref name="second"/> is indexed: both are common words.</summary>
    public static bool Indexed(string first, string second) => CommonWords.Pairs(first, second);

    /// <summary>The pair field of <paramref name="field"/> holding the pairs of <paramref name="terms"/>.</summary>
    public static Field Field(string field, IReadOnlyList<SearchTerm> terms) =>
        new(FieldOf(field) ?? throw new ArgumentException($"'{field}' has no pair field.", nameof(field)), new WordPairStream(terms), Type);
}
