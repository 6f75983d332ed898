namespace Marsad.Text.Morphology;

/// <summary>
/// How one word token splits into proclitics, a base and enclitics, with its light stem.
/// <see cref="Candidates"/> lists every plausible base (longest first) because clitic
/// stripping is ambiguous without a lexicon: وزير is a word, not و + زير.
/// All strings are in matching-key form.
/// </summary>
public sealed record WordAnalysis(
    int TokenIndex,
    IReadOnlyList<string> Proclitics,
    string Base,
    IReadOnlyList<string> Enclitics,
    string Stem,
    IReadOnlyList<string> Candidates);
