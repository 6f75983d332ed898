using Marsad.Documents;
using Marsad.Text.Normalization;

namespace Marsad.Text.Tokenization;

/// <summary>
/// Splits normalized text into words, numbers, punctuation, quotes, brackets, URLs and e-mail addresses.
/// <list type="bullet">
/// <item>Arabic word: a maximal run of Arabic letters (proclitics stay attached; morphology splits them).</item>
/// <item>Latin word: letters and digits with inner hyphens or apostrophes (COVID-19, O'Brien), or dotted initials (U.S.).</item>
/// <item>Number: digits with decimal points (3.5) and thousands groups of three (1,000); digits running into
/// Latin letters (5G) make a Latin word.</item>
/// <item>A run of dots is one token (... is an ellipsis); every other punctuation, quote, bracket or symbol
/// character is a token of its own, so the slash in سبتمبر/أيلول separates the two month names.</item>
/// <item>URL: from http://, https:// or www. to the next space or quote, without trailing punctuation.</item>
/// </list>
/// A hand-written scanner rather than regular expressions or Lucene's StandardTokenizer: it looks at each character
/// once through a class table, allocates little beyond the tokens (see TokenStrings), and keeps exact offsets (Lucene's tokenizer drops
/// punctuation, which sentence splitting and quotation finding need).
/// </summary>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(NormalizedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var s = text.Text;
        // Collected in a reused per-thread list and copied out at the exact size: news runs about one token to
        // five characters, and a list grown by doubling would waste up to half its array on every article.
        var tokens = t_buffer ??= new List<Token>(4096);
        tokens.Clear();
        var i = 0;
        while (i < s.Length)
        {
            var start = i;
            TokenKind kind;
            switch (CharKinds.Of(s[i]))
            {
                case CharKind.Space:
                case CharKind.Mark:
                    // A mark with no letter before it has nothing to belong to.
                    i++;
                    continue;
                case CharKind.ArabicLetter:
                    i = ScanArabicWord(s, i);
                    kind = TokenKind.ArabicWord;
                    break;
                case CharKind.LatinLetter:
                    (i, kind) = ScanLatin(s, i);
                    break;
                case CharKind.Digit:
                    (i, kind) = ScanNumber(s, i);
                    break;
                case CharKind.Punctuation:
                    i = s[i] == '.' ? SkipWhile(s, i, '.') : i + 1;
                    kind = TokenKind.Punctuation;
                    break;
                case CharKind.Quote:
                    i++;
                    kind = TokenKind.Quote;
                    break;
                case CharKind.Bracket:
                    i++;
                    kind = TokenKind.Bracket;
                    break;
                default:
                    i++;
                    kind = TokenKind.Symbol;
                    break;
            }
            tokens.Add(Make(text, tokens.Count, start, i, kind));
        }
        var result = tokens.ToArray();
        tokens.Clear();
        if (tokens.Capacity > 1 << 16) tokens.Capacity = 4096; // do not hold on to the array of one huge text
        return result;
    }

    [ThreadStatic] private static List<Token>? t_buffer;

    private static Token Make(NormalizedText text, int index, int start, int end, TokenKind kind)
    {
        var (normalized, key) = TokenStrings.Get(text.Text, start, end - start);
        return new Token(index, text.ToOriginal(start, end), new TextSpan(start, end), normalized, key, kind);
    }

    private static int ScanArabicWord(string s, int i)
    {
        i++;
        while (i < s.Length && CharKinds.Of(s[i]) is CharKind.ArabicLetter or CharKind.Mark) i++;
        return i;
    }

    private static (int End, TokenKind Kind) ScanLatin(string s, int i)
    {
        if (StartsUrl(s, i)) return (ScanUrl(s, i), TokenKind.Url);
        var email = ScanEmail(s, i);
        if (email > i) return (email, TokenKind.Email);
        var initials = ScanInitials(s, i);
        if (initials > i) return (initials, TokenKind.LatinWord);
        return (ScanLatinWord(s, i), TokenKind.LatinWord);
    }

    private static int ScanLatinWord(string s, int i)
    {
        while (true)
        {
            while (i < s.Length && IsLatinOrDigit(s[i])) i++;
            // COVID-19, Al-Qaeda, O'Brien: a joiner counts only between two word characters.
            if (i + 1 < s.Length && s[i] is '-' or '\'' or '’' && IsLatinOrDigit(s[i + 1]) && i > 0 && IsLatinOrDigit(s[i - 1]))
            {
                i++;
                continue;
            }
            return i;
        }
    }

    /// <summary>U.S., U.N., U.S.A: single letters each followed by a dot (the last dot optional). Returns the start when not initials.</summary>
    private static int ScanInitials(string s, int start)
    {
        int i = start, letters = 0;
        while (i < s.Length && IsLatinLetter(s[i]) && (i + 1 >= s.Length || !IsLatinOrDigit(s[i + 1])))
        {
            letters++;
            if (i + 1 < s.Length && s[i + 1] == '.') i += 2;
            else
            {
                i++;
                break;
            }
        }
        return letters >= 2 ? i : start;
    }

    private static (int End, TokenKind Kind) ScanNumber(string s, int i)
    {
        if (!IsDigit(s[i]))
        {
            // A digit of another script the normalizer leaves as is (NKo ߈, Devanagari ८): its run is a number.
            while (i < s.Length && CharKinds.Of(s[i]) == CharKind.Digit && !IsDigit(s[i])) i++;
            return (i, TokenKind.Number);
        }
        i = SkipDigits(s, i);
        while (i + 1 < s.Length)
        {
            if (s[i] == '.' && IsDigit(s[i + 1])) i = SkipDigits(s, i + 1);
            else if (s[i] == ',' && IsThousandsGroup(s, i + 1)) i += 4;
            else break;
        }
        if (i < s.Length && IsLatinLetter(s[i])) return (ScanLatinWord(s, i), TokenKind.LatinWord);
        return (i, TokenKind.Number);
    }

    private static bool IsThousandsGroup(string s, int i) =>
        i + 3 <= s.Length && IsDigit(s[i]) && IsDigit(s[i + 1]) && IsDigit(s[i + 2]) && (i + 3 == s.Length || !IsDigit(s[i + 3]));

    private static bool StartsUrl(string s, int i)
    {
        var rest = s.AsSpan(i);
        return rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase)
            || (rest.StartsWith("www.", StringComparison.OrdinalIgnoreCase) && rest.Length > 4 && IsLatinOrDigit(rest[4]));
    }

    private static int ScanUrl(string s, int start)
    {
        var i = start;
        var parentheses = 0;
        while (i < s.Length && !IsUrlStop(s[i]))
        {
            if (s[i] == '(') parentheses++;
            else if (s[i] == ')' && --parentheses < 0) break;
            i++;
        }
        while (i > start + 1 && s[i - 1] is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '،' or '؛' or '؟') i--;
        return i;
    }

    private static bool IsUrlStop(char c) =>
        c is '"' or '«' or '»' or '“' or '”' or '<' or '>' or '،' or '؛' || CharKinds.Of(c) == CharKind.Space;

    /// <summary>local@domain.tld; returns the start when there is no address here.</summary>
    private static int ScanEmail(string s, int start)
    {
        var i = start;
        while (i < s.Length && (IsLatinOrDigit(s[i]) || s[i] is '.' or '_' or '%' or '+' or '-')) i++;
        if (i == start || i + 1 >= s.Length || s[i] != '@' || s[i - 1] == '.') return start;
        var domainStart = ++i;
        while (i < s.Length && (IsLatinOrDigit(s[i]) || s[i] is '-' or '.')) i++;
        while (i > domainStart && s[i - 1] is '.' or '-') i--;
        var lastDot = s.AsSpan(domainStart, i - domainStart).LastIndexOf('.');
        return lastDot > 0 ? i : start;
    }

    private static int SkipDigits(string s, int i)
    {
        while (i < s.Length && IsDigit(s[i])) i++;
        return i;
    }

    private static int SkipWhile(string s, int i, char c)
    {
        while (i < s.Length && s[i] == c) i++;
        return i;
    }

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsLatinLetter(char c) => CharKinds.Of(c) == CharKind.LatinLetter;

    private static bool IsLatinOrDigit(char c) => CharKinds.Of(c) is CharKind.LatinLetter or CharKind.Digit;
}
