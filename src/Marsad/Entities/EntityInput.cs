using Marsad.Text.Sentences;
using Marsad.Text.Tokenization;

namespace Marsad.Entities;

/// <summary>
/// What entity recognition reads: the original text, its tokens and sentences, and the article's date (which resolves
/// role phrases to the office holder on that day; null when unknown).
/// </summary>
public sealed record EntityInput(string Text, IReadOnlyList<Token> Tokens, IReadOnlyList<Sentence> Sentences, DateOnly? Date);
