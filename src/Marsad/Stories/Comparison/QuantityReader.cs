using System.Collections.Frozen;
using System.Globalization;
using Marsad.Documents;
using Marsad.LanguageData;
using Marsad.Text.Morphology;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;
using Marsad.Time.Lexicon;

namespace Marsad.Stories.Comparison;

/// <summary>
/// A quantity in a sentence: its value (the least one for a vague count, <see cref="UpTo"/> the greatest), the words
/// that state it («نحو 3 آلاف عضو», «عشرات القتلى»), and the stem of the noun it counts.
/// </summary>
public sealed record Quantity(decimal Value, string Text, string Counted, decimal? UpTo = null)
{
    public decimal Max => UpTo ?? Value;

    /// <summary>Two counts of one thing that cannot both be true: their ranges do not meet.</summary>
    public bool Contradicts(Quantity other) => Max < other.Value || other.Max < Value;
}

/// <summary>
/// Reads the quantities of a sentence for conflict finding: a figure (3, 1,500) optionally scaled by a thousand word
/// (3 آلاف), also when the figure stands in brackets before it («(350) ألف») or in Arabic-Indic digits (read as ASCII
/// by the normalizer), or a number word alone (ألفين، ثلاثة), read with the time step's number words
/// (Resources/Time/numbers.tsv); what it counts is the next word's stem, so «3 آلاف عضو» and «ألفين عضو» are two
/// values for one fact; or a vague count word of Resources/Stories/count-words.tsv («عشرات», «مئات») with its range,
/// counting the next word (after «من»). Figures inside a time expression (years, days) are left to date comparison.
/// </summary>
public static class QuantityReader
{
    private static readonly HashSet<string> s_approximators = ["نحو", "حوالي", "قرابه", "زهاء", "اكثر", "اقل"];

    private static readonly FrozenDictionary<string, (decimal Least, decimal Greatest)> s_countWords =
        LanguageFile.DataLines("Stories", "count-words.tsv").Select(l => l.Text.Split('\t')).Where(f => f.Length >= 3)
            .ToFrozenDictionary(f => MatchingKey.Of(f[0].Trim()),
                f => (decimal.Parse(f[1], CultureInfo.InvariantCulture), decimal.Parse(f[2], CultureInfo.InvariantCulture)), StringComparer.Ordinal);

    public static IReadOnlyList<Quantity> Read(string text, IReadOnlyList<Token> tokens, int from, int to, IReadOnlyList<TextSpan> timeSpans)
    {
        var numbers = TimeLexicon.Default.Numbers;
        var found = new List<Quantity>();
        for (var i = from; i < to; i++)
        {
            var token = tokens[i];
            if (timeSpans.Any(s => s.Overlaps(token.Span))) continue;
            decimal value;
            decimal? upTo = null;
            var end = i + 1;
            var bracketed = false;
            if (token.Kind == TokenKind.Number && Figure(token.Key) is { } figure)
            {
                value = figure;
                // The tokenizer keeps «1,500» whole but cuts a decimal comma: «2,6» is digits, a comma, one or two digits, touching.
                if (end + 1 < to && tokens[end].Key == "," && tokens[end + 1].Kind == TokenKind.Number
                    && tokens[end].Span.Start == token.Span.End && tokens[end + 1].Span.Start == tokens[end].Span.End
                    && Figure(token.Key + "," + tokens[end + 1].Key) is { } withDecimals)
                {
                    value = withDecimals;
                    end += 2;
                }
                // «(350) ألف دولار»: statements bracket the figure before its scale word; the scale still multiplies it.
                if (i > from && end + 1 < to && tokens[i - 1].Normalized is "(" or "[" && tokens[end].Normalized is ")" or "]"
                    && Scale(tokens[end + 1]) is not null)
                {
                    bracketed = true;
                    end++;
                }
                // «3 آلاف», «1.4 مليون», «4 مليارات»: a thousand or a scale word after the figure multiplies it.
                if (end < to && Scale(tokens[end]) is { } scale)
                {
                    value *= scale;
                    end++;
                }
            }
            else if (token.IsWord && numbers.TryWord(token.Key, out var word) && word.Kind is "cardinal" or "tens" or "hundred" or "thousand" && word.Value >= 2)
                value = word.Value;
            else if (token.IsWord && CountWord(token) is { } range)
            {
                (value, upTo) = range;
                if (end < to - 1 && tokens[end].Key == "من") end++;
            }
            else continue;
            var counted = end < to && tokens[end].IsWord ? StoryProfiler.TermOf(tokens[end], null) : null;
            if (counted is null) continue;
            var start = bracketed ? i - 1 : i;
            if (start > from && s_approximators.Contains(tokens[start - 1].Key)) start--;
            found.Add(new Quantity(value, text[tokens[start].Span.Start..tokens[end].Span.End], counted, upTo));
            i = end;
        }
        return found;
    }

    /// <summary>
    /// A figure's value: a comma before groups of three digits separates thousands (1,500), a comma before one or two
    /// digits is the decimal comma Arabic outlets write (1,4 مليون = 1.4 million, not fourteen); null when not a number.
    /// </summary>
    public static decimal? Figure(string key)
    {
        var groups = key.Split(',');
        var plain = groups.Length == 2 && groups[1].Length is 1 or 2 ? groups[0] + "." + groups[1]
            : groups.Skip(1).All(g => g.Length == 3) ? string.Concat(groups) : null;
        return plain is not null && decimal.TryParse(plain, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? value : null;
    }

    /// <summary>The multiplier of a scale word (مليون، مليارات) or of the thousand word (ألف، آلاف); null for any other token.</summary>
    private static decimal? Scale(Token token) =>
        TimeLexicon.Default.Numbers.TryWord(token.Key, out var word) && (word.Kind == "scale" || word.Kind == "thousand" && word.Value == 1000)
            ? word.Value : null;

    private static (decimal, decimal)? CountWord(Token token)
    {
        if (s_countWords.TryGetValue(token.Key, out var range)) return range;
        var analysis = CliticSegmenter.Analyze(token);
        if (analysis is null) return null;
        var bare = CliticSegmenter.WithoutArticle(analysis.Base, 0);
        return s_countWords.TryGetValue(analysis.Base, out range) || s_countWords.TryGetValue(bare, out range) ? range : null;
    }
}
