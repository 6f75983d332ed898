using Marsad.Text;
using Marsad.Text.Tokenization;

namespace Marsad.Time.Recognition;

/// <summary>
/// Splits normalized text into words, digit runs and single punctuation marks for the time grammar.
/// Its own scanning (rather than the tokenizer's) because «2022م», «1444هـ» and «12/9/2022» must split
/// into number, mark and letter pieces that a general tokenizer rightly keeps together.
/// </summary>
internal static class TimeScanner
{
    // Reused by each call on this thread; the tokens are copied out.
    [ThreadStatic] private static List<TimeToken>? t_tokens;

    public static TimeToken[] Scan(string normalized)
    {
        // Scanned on the normalized text: MatchingKey folds letters to letters one for one, so the pieces are the
        // key's pieces, and each piece's key comes from the tokenizer's shared strings instead of a new string.
        var tokens = t_tokens ??= new List<TimeToken>(1024);
        tokens.Clear();
        var i = 0;
        while (i < normalized.Length)
        {
            var c = normalized[i];
            // A line break ends sentences and headlines: keep it as a mark no expression crosses.
            if (c == '\n') { tokens.Add(new TimeToken(i, i + 1, "\n", TimeTokenKind.Punct)); i++; continue; }
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var start = i;
            TimeTokenKind kind;
            if (char.IsAsciiDigit(c))
            {
                while (i < normalized.Length && char.IsAsciiDigit(normalized[i])) i++;
                kind = TimeTokenKind.Number;
            }
            else if (char.IsLetter(c))
            {
                while (i < normalized.Length && char.IsLetter(normalized[i]) && !char.IsAsciiDigit(normalized[i])) i++;
                kind = TimeTokenKind.Word;
            }
            else
            {
                i++;
                kind = TimeTokenKind.Punct;
            }
            var key = TokenStrings.Get(normalized, start, i - start).Key;
            tokens.Add(kind == TimeTokenKind.Word ? Word(start, i, key) : new TimeToken(start, i, key, kind));
        }
        return [.. tokens];
    }

    // A word's clitic readings depend on the word alone: read once per thread's memo, shared by its tokens (never
    // written to), and its key is the remembered reading's own string.
    private static TimeToken Word(int start, int end, string key)
    {
        var readings = WordMemo<(string Word, int PrefixLength)[]>.Get(key, key, static w => Lexicon.Clitics.Readings(w));
        return new TimeToken(start, end, readings[0].Word, TimeTokenKind.Word) { Readings = readings };
    }
}
