using Marsad.Documents;

namespace Marsad.Stories.Comparison;

/// <summary>One sentence of one article that states a claim: where it is and what it says.</summary>
public sealed record ClaimSentence(string ArticleId, string Outlet, TextSpan Span, string Text);

/// <summary>
/// A claim: sentences of different articles that say the same thing (aligned by similarity), the earliest first.
/// <see cref="Outlets"/> in order of first report, so <see cref="First"/> is the outlet that reported it first.
/// </summary>
public sealed record Claim(string Text, IReadOnlyList<string> Outlets, string First, IReadOnlyList<ClaimSentence> Sentences)
{
    public IEnumerable<string> Articles => Sentences.Select(s => s.ArticleId).Distinct();
}

/// <summary>Different values of one fact between outlets carrying the same claim.</summary>
public sealed record Conflict(int Claim, string Fact, IReadOnlyDictionary<string, string> Values);

/// <summary>
/// How the outlets of a cluster or thread tell it: claims (shared and outlet-only), conflicting facts, who each outlet
/// quotes (speaker entity ids; <see cref="Unnamed"/>: the speakers linked to no entity, as written), loaded terms and
/// hedges per outlet.
/// </summary>
public sealed record OutletComparison(
    IReadOnlyList<Claim> Claims,
    IReadOnlyDictionary<string, IReadOnlyList<int>> Only,
    IReadOnlyList<Conflict> Conflicts,
    IReadOnlyDictionary<string, IReadOnlyList<string>> Quoted,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, int>> Terms)
{
    /// <summary>Per outlet, the sources it quotes that no entity names («مصادر مشاركة», «مسؤول في الهلال الأحمر»), as
    /// written, each once, in order of first quote: who an outlet quotes includes whom it does not name.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> Unnamed { get; init; } = new Dictionary<string, IReadOnlyList<string>>();
}
