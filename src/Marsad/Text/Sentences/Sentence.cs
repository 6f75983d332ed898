using Marsad.Documents;

namespace Marsad.Text.Sentences;

/// <summary>
/// A sentence: its span in the original text and the half-open range of token indices it holds. <see cref="Cut"/> when
/// it ends not where the writer ended it but where <see cref="SentenceSplitter.MaxTokens"/> was reached.
/// </summary>
public sealed record Sentence(int Index, TextSpan Span, int FirstToken, int EndToken)
{
    public bool Cut { get; init; }

    public int TokenCount => EndToken - FirstToken;
}
