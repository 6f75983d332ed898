using Marsad.Documents;
using Marsad.Text.Tokenization;
using Marsad.Time.Lexicon;

namespace Marsad.Stories.Comparison;

/// <summary>A quantity in a sentence: its value, the words that state it («نحو 3 آلاف عضو»), and the stem of the noun it counts.</summary>
public sealed record Quantity(decimal Value, string Text, string Counted);

/// <summary>
/// Reads the quantities of a sentence for conflict finding: a figure (3, 1,500) optionally scaled by a thousand word
/// (3 آلاف), or a number word alone (ألفين، ثلاثة), read with the time step's number words
/// (Resources/Time/numbers.tsv); what it counts is the next word's stem, so «3 آلاف عضو» and «ألفين عضو» are two
/// values for one fact. Figures inside a time expression (years, days) are left to date comparison.
/// </summary>
public static class QuantityReader
{
    private static readonly HashSet<string> s_approximators = ["نحو", "حوالي", "قرابه", "زهاء", "اكثر", "اقل"];

    public static IReadOnlyList<Quantity> Read(string text, IReadOnlyList<Token> tokens, int from, int to, IReadOnlyList<TextSpan> timeSpans)
    {
        var numbers = TimeLexicon.Default.Numbers;
        var found = new List<Quantity>();
        for (var i = from; i < to; i++)
        {
            var token = tokens[i];
            if (timeSpans.Any(s => s.Overlaps(token.Span))) continue;
            decimal value;
            var end = i + 1;
            if (token.Kind == TokenKind.Number && decimal.TryParse(token.Key.Replace(",", ""), System.Globalization.NumberStyles.AllowDecimalPoint, System.Globalization.CultureInfo.InvariantCulture, out value))
            {
                if (end < to && numbers.TryWord(tokens[end].Key, out var scale) && scale.Kind == "thousand" && scale.Value == 1000)
                {
                    value *= 1000;
                    end++;
                }
            }
            else if (token.IsWord && numbers.TryWord(token.Key, out var word) && word.Kind is "cardinal" or "tens" or "hundred" or "thousand" && word.Value >= 2)
                value = word.Value;
            else continue;
            var counted = end < to && tokens[end].IsWord ? StoryProfiler.TermOf(tokens[end], null) : null;
            if (counted is null) continue;
            var start = i > from && s_approximators.Contains(tokens[i - 1].Key) ? i - 1 : i;
            found.Add(new Quantity(value, text[tokens[start].Span.Start..tokens[end].Span.End], counted));
            i = end;
        }
        return found;
    }
}
