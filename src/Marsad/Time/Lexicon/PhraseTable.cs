using Marsad.Text.Normalization;
using Marsad.Time.Recognition;

namespace Marsad.Time.Lexicon;

internal readonly record struct PhraseMatch<T>(T Value, int End, int PrefixLength);

/// <summary>
/// Phrases of one or more words (كانون الثاني، أول من أمس) looked up at a token, longest first.
/// Only the first word may carry a proclitic.
/// </summary>
internal sealed class PhraseTable<T>
{
    private readonly Dictionary<string, List<(string[] Keys, T Value)>> _byFirst = new(StringComparer.Ordinal);

    public void Add(string phrase, T value)
    {
        var keys = MatchingKey.Of(phrase).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (!_byFirst.TryGetValue(keys[0], out var list)) _byFirst[keys[0]] = list = [];
        list.Add((keys, value));
        list.Sort((a, b) => b.Keys.Length.CompareTo(a.Keys.Length));
    }

    public bool TryMatch(TimeToken[] tokens, int at, out PhraseMatch<T> match)
    {
        match = default;
        if (at >= tokens.Length || !tokens[at].IsWord) return false;
        foreach (var (word, prefix) in tokens[at].Readings)
        {
            if (!_byFirst.TryGetValue(word, out var candidates)) continue;
            foreach (var (keys, value) in candidates)
            {
                if (!Follows(tokens, at, keys)) continue;
                match = new PhraseMatch<T>(value, at + keys.Length, prefix);
                return true;
            }
        }
        return false;
    }

    /// <summary>A one-word entry looked up by its key form, for words the grammar has already taken apart (الأربع → أربع).</summary>
    public bool TryWord(string key, out T value)
    {
        value = default!;
        if (!_byFirst.TryGetValue(key, out var list)) return false;
        foreach (var (keys, v) in list)
            if (keys.Length == 1) { value = v; return true; }
        return false;
    }

    public bool StartsWith(string word) => _byFirst.ContainsKey(word);

    /// <summary>As <see cref="StartsWith(string)"/> for part of a word, without making a string of it.</summary>
    public bool StartsWith(ReadOnlySpan<char> word) => _byFirst.GetAlternateLookup<ReadOnlySpan<char>>().ContainsKey(word);

    private static bool Follows(TimeToken[] tokens, int at, string[] keys)
    {
        if (at + keys.Length > tokens.Length) return false;
        for (var k = 1; k < keys.Length; k++)
            if (!tokens[at + k].IsWord || tokens[at + k].Key != keys[k]) return false;
        return true;
    }
}
