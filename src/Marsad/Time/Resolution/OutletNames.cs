using Marsad.Time.Lexicon;
using Marsad.Time.Recognition;

namespace Marsad.Time.Resolution;

/// <summary>
/// «اليوم» or «الغد» as part of an outlet's name, wherever the name is not listed in not-time-names.tsv: the name
/// stands in the byline that opens the article («عين اليوم – لندن», «لجين الأحمدي – عين اليوم», «الدمام - اليوم»),
/// or a short name is quoted («"مصر اليوم"», «لـ"عين اليوم"»). Any outlet named «X اليوم» is caught by its place,
/// not by a row per outlet; a day written with its weekday («– اليوم الأربعاء») is a longer expression and stays.
/// </summary>
internal sealed class OutletNames(TimeToken[] tokens)
{
    /// <summary>A byline is among the article's first tokens.</summary>
    private const int BylineTokens = 12;

    /// <summary>How many words a name may have before the time word, inside quotation marks.</summary>
    private const int NameWords = 2;

    public void Apply(List<(Parse Parse, Resolved? Resolved)> resolved) =>
        resolved.RemoveAll(p => p.Parse.End - p.Parse.Start == 1 && p.Parse.Meaning is Shift { Unit: TimeUnit.Day, Weekday: null }
            && (InByline(p.Parse.Start) || QuotedName(p.Parse.Start)));

    private bool InByline(int at)
    {
        if (at >= BylineTokens) return false;
        // «– عين اليوم»: one word of the name between the dash and the time word; «عين اليوم –», «اليوم –»: right before it.
        return NextToDash(at, -1, wordsBetween: 1) || NextToDash(at, 1, wordsBetween: 0);
    }

    private bool NextToDash(int at, int step, int wordsBetween)
    {
        var words = 0;
        for (var i = at + step; i >= 0 && i < tokens.Length; i += step)
        {
            if (tokens[i].IsWord) { if (++words > wordsBetween) return false; continue; }
            if (IsDash(tokens[i])) return true;
            return false;
        }
        return false;
    }

    private bool QuotedName(int at)
    {
        var open = -1;
        for (var i = at - 1; i >= Math.Max(0, at - NameWords); i--)
        {
            if (IsQuote(tokens[i])) { open = i; break; }
            if (!tokens[i].IsWord) return false;
        }
        // A lone quoted time word is NarrativeTime's; here a name of two or more words ending in it.
        return open >= 0 && open < at - 1 && at + 1 < tokens.Length && IsQuote(tokens[at + 1]);
    }

    private static bool IsDash(TimeToken token) => token.Kind == TimeTokenKind.Punct && token.Key is "-" or "–" or "—";

    private static bool IsQuote(TimeToken token) => NarrativeTime.IsQuote(token);
}
