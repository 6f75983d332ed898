using System.Globalization;
using Marsad.Time.Lexicon;

namespace Marsad.Time.Recognition;

/// <summary>
/// Finds time expressions in scanned tokens: at each token every rule family is tried and the longest parse wins,
/// then scanning resumes after it. Rules are split by family across the partial files of this class.
/// Hand-written because no library reads Arabic dates (dateparser's Arabic support is a word list, see bench/time).
/// </summary>
internal sealed partial class TimeGrammar(TimeToken[] tokens, TimeLexicon lexicon)
{
    private readonly TimeToken[] t = tokens;
    private readonly TimeLexicon lx = lexicon;

    public TimeToken[] Tokens => t;

    public List<Parse> FindAll()
    {
        var found = new List<Parse>();
        var i = 0;
        while (i < t.Length)
        {
            var best = CanStart(i) ? Best(i) : null;
            if (best is null) { i++; continue; }
            found.Add(best);
            i = best.End;
        }
        return found;
    }

    /// <summary>Most words are not time words: skip them before trying every rule.</summary>
    private bool CanStart(int i)
    {
        if (!t[i].IsWord) return true;
        foreach (var (word, _) in t[i].Readings)
            if (lx.StartsWord(word) || Glue.Starters.Contains(word) || lx.SameBefore.Contains(word)
                || (word.StartsWith(Glue.Al, StringComparison.Ordinal) && (lx.Units.StartsWith(word.AsSpan(2)) || lx.Numbers.StartsWith(word.AsSpan(2)))))
                return true;
        return false;
    }

    private Parse? Best(int i)
    {
        Parse? best = null;
        Consider(Range(i));
        Consider(Operator(i));
        Consider(DateAndTime(i));
        Consider(Modified(i));
        Consider(Relative(i));
        Consider(Clock(i));
        Consider(PartOfDayRef(i));
        Consider(SetExpression(i));
        Consider(StandaloneDuration(i));
        Consider(ApproximateDuration(i));
        Consider(LamPluralLength(i));
        Consider(LevelDuration(i));
        Consider(Decade(i));
        Consider(Century(i));
        Consider(Season(i));
        Consider(Holiday(i));
        Consider(PartOfYearRef(i));
        Consider(DefiniteDuration(i));
        Consider(Age(i));
        Consider(AnotherPeriod(i));
        Consider(StandaloneYear(i));
        Consider(Vague(i));
        return best;

        void Consider(Parse? p)
        {
            if (p is not null && (best is null || p.End > best.End)) best = p;
        }
    }

    // ---- token helpers ----

    private bool IsKey(int i, string key) => i < t.Length && t[i].Key == key;

    private bool IsKey(int i, HashSet<string> keys) => i < t.Length && keys.Contains(t[i].Key);

    private bool IsPunct(int i, string mark) => i < t.Length && t[i].Kind == TimeTokenKind.Punct && t[i].Key == mark;

    private bool IsComma(int i) => IsPunct(i, ",") || IsPunct(i, "،");

    private bool Adjacent(int i) => i + 1 < t.Length && t[i].End == t[i + 1].Start;

    private int? IntAt(int i) =>
        i < t.Length && t[i].IsNumber && t[i].Key.Length <= 6 ? int.Parse(t[i].Key, CultureInfo.InvariantCulture) : null;

    /// <summary>The word at <paramref name="i"/> equals <paramref name="key"/> once a proclitic is removed.</summary>
    private bool IsWordWithClitic(int i, string key, out int prefix)
    {
        prefix = 0;
        if (i >= t.Length || !t[i].IsWord) return false;
        foreach (var (word, p) in t[i].Readings)
            if (word == key) { prefix = p; return true; }
        return false;
    }

    /// <summary>Skips «و» standing alone or accepts «و» fused to the next token; returns where the next part starts.</summary>
    private bool Conjunction(int i, out int next, out bool fused)
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

    private bool PrecededByTimePreposition(int i) => i > 0 && IsKey(i - 1, Glue.TimePrepositions);

    private static Parse With(Parse p, int start, int prefix, string? flag = null) =>
        p with { Start = start, PrefixLength = prefix, Flags = flag is null ? p.Flags : [.. p.Flags, flag] };
}
