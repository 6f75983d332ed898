using Marsad.Documents;

namespace Marsad.Text.Sentences;

/// <summary>A sentence: its span in the original text and the half-open range of token indices it holds.</summary>
public sealed record Sentence(int Index, TextSpan Span, int FirstToken, int EndToken)
{
    public int TokenCount => EndToken - FirstToken;
}
