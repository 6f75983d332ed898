using Marsad.Text;
using Marsad.Text.Normalization;

namespace Marsad.Time.Recognition;

/// <summary>
/// Splits normalized text into words, digit runs and single punctuation marks for the time grammar.
/// Its own scanning (rather than the tokenizer's) because «2022م», «1444هـ» and «12/9/2022» must split
/// into number, mark and letter pieces that a general tokenizer rightly keeps together.
/// </summary>
internal static class TimeScanner
{
    public static TimeToken[] Scan(string normalized)
    {
        var key = MatchingKey.FromNormalized(normalized);
        var tokens = new List<TimeToken>(normalized.Length / 4);
        var i = 0;
        while (i < key.Length)
        {
            var c = key[i];
            // A line break ends sentences and headlines: keep it as a mark no expression crosses.
            if (c == '\n') { tokens.Add(new TimeToken(i, i + 1, "\n", TimeTokenKind.Punct)); i++; continue; }
            if (char.IsWhiteSpace(c)) { i++; continue; }
            var start = i;
            TimeTokenKind kind;
            if (char.IsAsciiDigit(c))
            {
                while (i < key.Length && char.IsAsciiDigit(key[i])) i++;
                kind = TimeTokenKind.Number;
            }
            else if (char.IsLetter(c))
            {
                while (i < key.Length && char.IsLetter(key[i]) && !char.IsAsciiDigit(key[i])) i++;
                kind = TimeTokenKind.Word;
            }
            else
            {
                i++;
                kind = TimeTokenKind.Punct;
            }
            var word = key[start..i];
            tokens.Add(kind == TimeTokenKind.Word ? Word(start, i, word) : new TimeToken(start, i, word, kind));
        }
        return [.. tokens];
    }

    // A word's clitic readings depend on the word alone: read once per thread's memo, shared by its tokens (never
    // written to), and its key is the remembered reading's own string.
    private static TimeToken Word(int start, int end, string word)
    {
        var readings = WordMemo<(string Word, int PrefixLength)[]>.Get(word, word, static w => [.. Lexicon.Clitics.Readings(w)]);
        return new TimeToken(start, end, readings[0].Word, TimeTokenKind.Word) { Readings = readings };
    }
}
