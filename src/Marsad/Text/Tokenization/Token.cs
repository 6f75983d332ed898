using Marsad.Documents;

namespace Marsad.Text.Tokenization;

/// <summary>
/// One token. <see cref="Span"/> points into the original article text; <see cref="Normalized"/> is the
/// display-normalized form and <see cref="Key"/> the folded form used for lookups (see MatchingKey).
/// <see cref="NormalizedSpan"/> points into the document's NormalizedText.
/// </summary>
public sealed record Token(int Index, TextSpan Span, TextSpan NormalizedSpan, string Normalized, string Key, TokenKind Kind)
{
    public bool IsWord => Kind is TokenKind.ArabicWord or TokenKind.LatinWord;
}
