using Marsad.Text.Morphology;
using Marsad.Text.Normalization;
using Marsad.Text.Sentences;
using Marsad.Text.Tokenization;

namespace Marsad.Entities;

/// <summary>
/// What entity recognition reads: the normalized text (and through it the original), its tokens and sentences, and the article's date (which resolves
/// role phrases to the office holder on that day; null when unknown). <see cref="Words"/>, when the text steps give it,
/// lets names found by the statistical tagger shed attached proclitics (وحسين → حسين).
/// </summary>
public sealed record EntityInput(NormalizedText Normalized, IReadOnlyList<Token> Tokens, IReadOnlyList<Sentence> Sentences, DateOnly? Date)
{
    /// <summary>The original article text; mention spans map back to it through <see cref="Normalized"/>.</summary>
    public string Text => Normalized.Original;

    public IReadOnlyList<WordAnalysis?>? Words { get; init; }
}
