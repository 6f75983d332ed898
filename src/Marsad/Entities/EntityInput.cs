using Marsad.Text.Morphology;
using Marsad.Text.Sentences;
using Marsad.Text.Tokenization;

namespace Marsad.Entities;

/// <summary>
/// What entity recognition reads: the original text, its tokens and sentences, and the article's date (which resolves
/// role phrases to the office holder on that day; null when unknown). <see cref="Words"/>, when the text steps give it,
/// lets names found by the statistical tagger shed attached proclitics (وحسين → حسين).
/// </summary>
public sealed record EntityInput(string Text, IReadOnlyList<Token> Tokens, IReadOnlyList<Sentence> Sentences, DateOnly? Date)
{
    public IReadOnlyList<WordAnalysis?>? Words { get; init; }
}
