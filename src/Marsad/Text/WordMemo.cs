namespace Marsad.Text;

/// <summary>
/// A per-thread memo of a value that depends on a word alone (a word's analysis, its lookup forms): news repeats its
/// frequent words, so most tokens cost a table lookup instead of a computation and its garbage. One table per value
/// type and thread, two ways per set, a miss replacing the way used less recently. Small on purpose: measured on
/// SaudiNewsNet, larger memos of the long tail cost more in garbage collection (every entry promoted, then dropped)
/// than recomputing the rare words saves.
/// </summary>
internal static class WordMemo<T> where T : class
{
    private const int Size = 4096;

    [ThreadStatic] private static Entry[]? t_entries;

    /// <summary>The value remembered for <paramref name="word"/>, else <paramref name="compute"/>(<paramref name="argument"/>), remembered.</summary>
    public static T Get<TArgument>(string word, TArgument argument, Func<TArgument, T> compute)
    {
        var hash = WordHash.Of(word);
        var entries = t_entries ??= new Entry[Size];
        var set = (hash & (Size / 2 - 1)) * 2;
        for (var way = set; way < set + 2; way++)
        {
            ref var entry = ref entries[way];
            // Pooled token strings usually are the very instance remembered; otherwise compare the letters.
            if (entry.Hash == hash && entry.Word is { } known && (ReferenceEquals(known, word) || known == word))
            {
                entries[set].RecentWay = way - set;
                return entry.Value!;
            }
        }
        var value = compute(argument);
        var victim = set + 1 - entries[set].RecentWay;
        entries[victim].Hash = hash;
        entries[victim].Word = word;
        entries[victim].Value = value;
        entries[set].RecentWay = victim - set;
        return value;
    }

    private struct Entry
    {
        public int Hash;
        public string? Word;
        public T? Value;
        public int RecentWay; // kept on the set's first way
    }
}
