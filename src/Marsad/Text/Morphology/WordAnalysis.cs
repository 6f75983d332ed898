namespace Marsad.Text.Morphology;

/// <summary>
/// How one word token splits into proclitics, a base and enclitics, with its light stem.
/// <see cref="Candidates"/> lists every plausible base (longest first) because clitic
/// stripping is ambiguous without a lexicon: وزير is a word, not و + زير.
/// All strings are in matching-key form.
/// An analysis depends only on the word's form, so every token of that form shares one instance; the words layer
/// gives it its place (one entry per token index).
/// </summary>
public sealed record WordAnalysis(
    IReadOnlyList<string> Proclitics,
    string Base,
    IReadOnlyList<string> Enclitics,
    string Stem,
    IReadOnlyList<string> Candidates)
{
    /// <summary>Whether the word carries the article ال (الجماعة، والوزير).</summary>
    public bool IsDefinite => Proclitics.Contains(CliticSegmenter.Article);

    /// <summary>Whether the word carries a third-person pronoun of more than one letter (ها، هم، هما، هن: «سيطرتها»,
    /// «شعورهم»; <see cref="CliticSegmenter.IsLongThirdPersonPronoun"/>).</summary>
    public bool HasLongThirdPersonPronoun => Enclitics is [.., var pronoun] && CliticSegmenter.IsLongThirdPersonPronoun(pronoun);
}
