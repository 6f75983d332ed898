using System.Collections.Frozen;

namespace Marsad.Events.Lexicon;

/// <summary>A pattern with what it stands for, and where it matched: tokens [First, End) and the first word's form index.</summary>
public readonly record struct PhraseMatch<T>(T Value, int First, int End, int FirstForm, IReadOnlyList<int> WordTokens);

/// <summary>
/// Patterns (see <see cref="PatternParser"/>) indexed by the forms of their first word, matched over a sentence's
/// <see cref="WordForms"/>. At one place the pattern with most words wins, then the one matching longer forms, then the one listed first.
/// One type for every lexicon of phrases in the events step: triggers, impacts, response cues.
/// </summary>
public sealed class PhraseIndex<T>
{
    private readonly FrozenDictionary<string, (IReadOnlyList<PatternWord> Words, T Value, int Order)[]> _byFirst;
    private readonly FormFilter _firstForms;

    public PhraseIndex(IEnumerable<(IReadOnlyList<PatternWord> Words, T Value)> patterns)
    {
        var byFirst = new Dictionary<string, List<(IReadOnlyList<PatternWord>, T, int)>>(StringComparer.Ordinal);
        var order = 0;
        foreach (var (words, value) in patterns)
        {
            foreach (var form in words[0].ConjunctOnly is { } bare ? words[0].Forms.Append(bare) : words[0].Forms)
            {
                if (!byFirst.TryGetValue(form, out var list)) byFirst[form] = list = [];
                list.Add((words, value, order));
            }
            order++;
        }
        _byFirst = byFirst.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _firstForms = new FormFilter(_byFirst.Keys);
        Count = order;
    }

    public int Count { get; }

    /// <summary>
    /// The best match starting at token <paramref name="at"/>, not running past <paramref name="end"/>.
    /// <paramref name="bareVerb"/>: the first word stands where only a verb can (<see cref="PatternWord.Match"/>).
    /// </summary>
    public PhraseMatch<T>? MatchAt(IReadOnlyList<WordForms> words, int at, int end, bool bareVerb = false)
    {
        var first = words[at];
        PhraseMatch<T>? best = null;
        var bestWords = 0;
        var bestLetters = 0;
        var bestOrder = int.MaxValue;
        // Indexed, not foreach: a list read through its interface would allocate an enumerator per token.
        for (var f = 0; f < first.Forms.Count; f++)
        {
            var form = first.Forms[f];
            if (!_firstForms.MayContain(form) || !_byFirst.TryGetValue(form, out var candidates)) continue;
            foreach (var (pattern, value, order) in candidates)
            {
                var firstForm = pattern[0].Match(first, bareVerb);
                if (firstForm < 0) continue;
                var tokens = MatchRest(pattern, words, at, end);
                if (tokens is null) continue;
                // More words wins; then the more specific forms («سفيرها» over «سفير»); then the row listed first.
                var letters = 0;
                for (var w = 0; w < pattern.Count; w++)
                {
                    var index = pattern[w].Match(words[tokens[w]], bareVerb && w == 0);
                    if (index >= 0) letters += words[tokens[w]].Forms[index].Length;
                }
                if (pattern.Count < bestWords) continue;
                if (pattern.Count == bestWords && (letters < bestLetters || (letters == bestLetters && order >= bestOrder))) continue;
                best = new PhraseMatch<T>(value, at, tokens[^1] + 1, firstForm, tokens);
                bestWords = pattern.Count;
                bestLetters = letters;
                bestOrder = order;
            }
        }
        return best;
    }

    private static int[]? MatchRest(IReadOnlyList<PatternWord> pattern, IReadOnlyList<WordForms> words, int at, int end)
    {
        var tokens = new int[pattern.Count];
        tokens[0] = at;
        var position = at + 1;
        for (var w = 1; w < pattern.Count; w++)
        {
            var word = pattern[w];
            var limit = Math.Min(end, position + word.GapBefore + 1);
            var found = -1;
            for (var t = position; t < limit; t++)
            {
                if (word.Match(words[t]) >= 0)
                {
                    found = t;
                    break;
                }
            }
            if (found < 0) return null;
            tokens[w] = found;
            position = found + 1;
        }
        return tokens;
    }
}
