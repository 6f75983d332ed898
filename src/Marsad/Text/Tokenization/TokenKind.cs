namespace Marsad.Text.Tokenization;

public enum TokenKind
{
    ArabicWord,
    LatinWord,
    Number,
    Punctuation,
    Quote,
    Bracket,
    Url,
    Email,
    Symbol,
}
