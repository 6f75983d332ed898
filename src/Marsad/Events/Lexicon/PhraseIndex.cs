using System.Collections.Frozen;

namespace Marsad.Events.Lexicon;

/// <summary>
/// A pattern with what it stands for, and where it matched: tokens [First, End) and the first word's form index.
/// Context words (<see cref="PatternWord.Context"/>) are left out: First is the first other word, End follows the last.
/// </summary>
public readonly record struct PhraseMatch<T>(T Value, int First, int End, int FirstForm, IReadOnlyList<int> WordTokens);

/// <summary>
/// Patterns (see <see cref="PatternParser"/>) indexed by the forms of their first word outside parentheses (the head),
/// matched over a sentence's <see cref="WordForms"/>: the words after the head forward, context words before it backward.
/// At one place the pattern with most words wins, then the one matching longer forms, then the one listed first.
/// One type for every lexicon of phrases in the events step: triggers, impacts, response cues.
/// </summary>
public sealed class PhraseIndex<T>
{
    private readonly FrozenDictionary<string, (IReadOnlyList<PatternWord> Words, T Value, int Order, int Head)[]> _byFirst;
    private readonly FormFilter _firstForms;

    public PhraseIndex(IEnumerable<(IReadOnlyList<PatternWord> Words, T Value)> patterns)
    {
        var byFirst = new Dictionary<string, List<(IReadOnlyList<PatternWord>, T, int, int)>>(StringComparer.Ordinal);
        var order = 0;
        foreach (var (words, value) in patterns)
        {
            var head = 0;
            while (head < words.Count - 1 && words[head].Context) head++;
            foreach (var form in words[head].ConjunctOnly is { } bare ? words[head].Forms.Append(bare) : words[head].Forms)
            {
                if (!byFirst.TryGetValue(form, out var list)) byFirst[form] = list = [];
                list.Add((words, value, order, head));
            }
            order++;
        }
        _byFirst = byFirst.ToFrozenDictionary(p => p.Key, p => p.Value.ToArray(), StringComparer.Ordinal);
        _firstForms = new FormFilter(_byFirst.Keys);
        Count = order;
    }

    public int Count { get; }

    /// <summary>
    /// The best match whose head is token <paramref name="at"/>, not running past <paramref name="end"/> nor, with its
    /// context words before the head, before <paramref name="start"/>.
    /// <paramref name="bareVerb"/>: the head stands where only a verb can (<see cref="PatternWord.Match"/>).
    /// <paramref name="uncounted"/>: tokens a gap after the head does not count (a polarity «أي»), or null.
    /// <paramref name="closesNounPhrase"/>: tokens no gap after a noun word runs past (a comma, a particle opening a clause:
    /// «الاتفاق لا يقوم على» — the noun's phrase has ended and the word further on is another's), or null.
    /// </summary>
    public PhraseMatch<T>? MatchAt(IReadOnlyList<WordForms> words, int at, int end, bool bareVerb = false, int start = 0, Func<int, bool>? uncounted = null,
        Func<int, bool>? closesNounPhrase = null)
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
            foreach (var (pattern, value, order, head) in candidates)
            {
                var firstForm = pattern[head].Match(first, bareVerb);
                if (firstForm < 0) continue;
                var tokens = MatchAround(pattern, head, words, at, start, end, uncounted, closesNounPhrase);
                if (tokens is null) continue;
                // More words wins; then the more specific forms («سفيرها» over «سفير»); then the row listed first.
                var letters = 0;
                for (var w = 0; w < pattern.Count; w++)
                {
                    var index = pattern[w].Match(words[tokens[w]], bareVerb && w == head);
                    if (index >= 0) letters += words[tokens[w]].Forms[index].Length;
                }
                if (pattern.Count < bestWords) continue;
                if (pattern.Count == bestWords && (letters < bestLetters || (letters == bestLetters && order >= bestOrder))) continue;
                var last = pattern.Count - 1;
                while (pattern[last].Context) last--;
                best = new PhraseMatch<T>(value, at, tokens[last] + 1, firstForm, head == 0 && last == pattern.Count - 1 ? tokens : tokens[head..(last + 1)]);
                bestWords = pattern.Count;
                bestLetters = letters;
                bestOrder = order;
            }
        }
        return best;
    }

    private static int[]? MatchAround(IReadOnlyList<PatternWord> pattern, int head, IReadOnlyList<WordForms> words, int at, int start, int end,
        Func<int, bool>? uncounted, Func<int, bool>? closesNounPhrase)
    {
        var tokens = new int[pattern.Count];
        tokens[head] = at;
        var position = at + 1;
        for (var w = head + 1; w < pattern.Count; w++)
        {
            var word = pattern[w];
            var room = word.GapBefore;
            var found = -1;
            for (var t = position; t < end; t++)
            {
                if (word.Match(words[t]) >= 0)
                {
                    found = t;
                    break;
                }
                // A noun's short gap holds its genitive and adjectives, one phrase; a verb's may hold adverbials and commas, and a
                // long gap («واصفة التقرير بأنه «غير مهني»») spans clauses by design.
                if (!pattern[w - 1].Verb && word.GapBefore <= PatternWord.ShortGap && closesNounPhrase?.Invoke(t) == true) break;
                if (uncounted?.Invoke(t) == true) continue;
                if (room-- == 0) break;
            }
            if (found < 0) return null;
            tokens[w] = found;
            position = found + 1;
        }
        // Context words before the head, nearest first: the gap written before a word is the room between it and the one before.
        position = at - 1;
        for (var w = head - 1; w >= 0; w--)
        {
            var limit = Math.Max(start, position - pattern[w + 1].GapBefore);
            var found = -1;
            for (var t = position; t >= limit; t--)
            {
                if (pattern[w].Match(words[t]) >= 0)
                {
                    found = t;
                    break;
                }
            }
            if (found < 0) return null;
            tokens[w] = found;
            position = found - 1;
        }
        return tokens;
    }
}
