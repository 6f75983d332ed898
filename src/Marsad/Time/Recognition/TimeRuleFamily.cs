using System.Globalization;
using Marsad.Time.Lexicon;

namespace Marsad.Time.Recognition;

/// <summary>
/// What every family of time rules reads: the scanned tokens, the time lexicon, and the small token tests they share.
/// Each family (dates, durations, clock times…) is its own type over this state; <see cref="TimeGrammar"/> tries them all.
/// </summary>
internal abstract class TimeRuleFamily(TimeToken[] tokens, TimeLexicon lexicon)
{
    protected readonly TimeToken[] t = tokens;
    protected readonly TimeLexicon lx = lexicon;

    protected bool IsKey(int i, string key) => i < t.Length && t[i].Key == key;

    protected bool IsKey(int i, HashSet<string> keys) => i < t.Length && keys.Contains(t[i].Key);

    protected bool IsPunct(int i, string mark) => i < t.Length && t[i].Kind == TimeTokenKind.Punct && t[i].Key == mark;

    protected bool IsComma(int i) => IsPunct(i, ",") || IsPunct(i, "،");

    protected bool Adjacent(int i) => i + 1 < t.Length && t[i].End == t[i + 1].Start;

    protected int? IntAt(int i) =>
        i < t.Length && t[i].IsNumber && t[i].Key.Length <= 6 ? int.Parse(t[i].Key, CultureInfo.InvariantCulture) : null;

    /// <summary>The word at <paramref name="i"/> equals <paramref name="key"/> once a proclitic is removed.</summary>
    protected bool IsWordWithClitic(int i, string key, out int prefix)
    {
        prefix = 0;
        if (i >= t.Length || !t[i].IsWord) return false;
        foreach (var (word, p) in t[i].Readings)
            if (word == key) { prefix = p; return true; }
        return false;
    }

    /// <summary>Skips «و» standing alone or accepts «و» fused to the next token; returns where the next part starts.</summary>
    protected bool Conjunction(int i, out int next, out bool fused)
    {
        fused = false;
        next = i;
        if (IsKey(i, Glue.Wa)) { next = i + 1; return true; }
        if (i < t.Length && t[i].IsWord && t[i].Key.StartsWith(Glue.Wa, StringComparison.Ordinal) && t[i].Key.Length > 1)
        {
            fused = true;
            return true;
        }
        return false;
    }

    protected bool PrecededByTimePreposition(int i) => i > 0 && IsKey(i - 1, Glue.TimePrepositions);

    protected static Parse With(Parse p, int start, int prefix, string? flag = null) =>
        p with { Start = start, PrefixLength = prefix, Flags = flag is null ? p.Flags : [.. p.Flags, flag] };
}
