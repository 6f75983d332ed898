using System.Globalization;

namespace Marsad.Text.Tokenization;

/// <summary>What role one character of normalized text can play when the tokenizer meets it.</summary>
internal enum CharKind : byte
{
    Other,
    Space,
    ArabicLetter,
    /// <summary>A combining mark the normalizer keeps (e.g. Quranic small letters): it stays inside its word.</summary>
    Mark,
    LatinLetter,
    Digit,
    Punctuation,
    Quote,
    Bracket,
    Symbol,
}

/// <summary>
/// Character classes by a lookup table for the Arabic and Latin blocks (nearly all of a news text),
/// falling back to Unicode categories above them.
/// </summary>
internal static class CharKinds
{
    private const int TableSize = 0x0800;
    private static readonly CharKind[] s_table = BuildTable();

    public static CharKind Of(char c) => c < TableSize ? s_table[c] : Classify(c);

    private static CharKind[] BuildTable()
    {
        var table = new CharKind[TableSize];
        for (var c = 0; c < TableSize; c++) table[c] = Classify((char)c);
        return table;
    }

    private static CharKind Classify(char c)
    {
        switch (c)
        {
            case '"' or '\'' or '«' or '»' or '“' or '”' or '‘' or '’' or '„' or '‹' or '›' or '‚':
                return CharKind.Quote;
            case '(' or ')' or '[' or ']' or '{' or '}':
                return CharKind.Bracket;
            case >= '0' and <= '9':
                return CharKind.Digit;
            case >= '\u0621' and <= '\u063A' or >= '\u0641' and <= '\u064A':
            case >= '\u066E' and <= '\u066F' or >= '\u0671' and <= '\u06D3' or '\u06D5':
            case >= '\u06EE' and <= '\u06EF' or >= '\u06FA' and <= '\u06FC' or '\u06FF':
            case >= '\u0750' and <= '\u077F':
                return CharKind.ArabicLetter;
            case >= '\u08A0' and <= '\u08C9':
                return CharKind.ArabicLetter;
            case '\u0640':
                return CharKind.Mark; // tatweel, should the text not be normalized
        }
        if (char.IsWhiteSpace(c)) return CharKind.Space;
        var category = CharUnicodeInfo.GetUnicodeCategory(c);
        if (IsArabicBlock(c) && category is UnicodeCategory.OtherLetter) return CharKind.ArabicLetter;
        return category switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter => CharKind.LatinLetter,
            UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark => CharKind.Mark,
            UnicodeCategory.DecimalDigitNumber => CharKind.Digit,
            UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation => CharKind.Quote,
            UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation => CharKind.Bracket,
            UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OtherPunctuation => CharKind.Punctuation,
            UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol => CharKind.Symbol,
            UnicodeCategory.Control or UnicodeCategory.Format => CharKind.Space,
            _ => CharKind.Other,
        };
    }

    private static bool IsArabicBlock(char c) =>
        c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\u08A0' and <= '\u08FF'
            or >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF';
}
