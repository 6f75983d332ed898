using Marsad.Time.Lexicon;
using Marsad.Time.Recognition;

namespace Marsad.Time.Resolution;

/// <summary>
/// «اليوم» or «الغد» as part of an outlet's name, wherever the name is not listed in not-time-names.tsv: the name
/// stands in the byline that opens the article («عين اليوم – لندن», «لجين الأحمدي – عين اليوم», «الدمام - اليوم»),
/// or a short name is quoted («"مصر اليوم"», «لـ"عين اليوم"»). Any outlet named «X اليوم» is caught by its place,
/// not by a row per outlet; a day written with its weekday («– اليوم الأربعاء») is a longer expression and stays.
/// The name shown so is the outlet wherever else the article writes it («وذكر السفير لعين اليوم»).
/// </summary>
internal sealed class OutletNames(TimeToken[] tokens)
{
    /// <summary>A byline is among the article's first tokens.</summary>
    private const int BylineTokens = 12;

    /// <summary>How many words a name may have before the time word, inside quotation marks.</summary>
    private const int NameWords = 2;

    public void Apply(List<(Parse Parse, Resolved? Resolved)> resolved)
    {
        // The word before the time word in a name the byline or a quote showed: «عين» of «عين اليوم».
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (parse, _) in resolved)
            if (BareDay(parse) && (InByline(parse.Start) || QuotedName(parse.Start)) && parse.Start > 0 && tokens[parse.Start - 1].IsWord)
                names.Add(tokens[parse.Start - 1].Key);
        resolved.RemoveAll(p => BareDay(p.Parse) && (InByline(p.Parse.Start) || QuotedName(p.Parse.Start) || NamedBefore(p.Parse.Start, names)));
    }

    private static bool BareDay(Parse parse) => parse.End - parse.Start == 1 && parse.Meaning is Shift { Unit: TimeUnit.Day, Weekday: null };

    /// <summary>
    /// «وذكر السفير لعين اليوم»: once the byline or a quote showed the outlet's name, the same name again, unquoted and
    /// with a clitic, is the outlet too.
    /// </summary>
    private bool NamedBefore(int at, HashSet<string> names) =>
        names.Count > 0 && at > 0 && tokens[at - 1].IsWord
        && (names.Contains(tokens[at - 1].Key) || tokens[at - 1].Readings.Any(r => names.Contains(r.Word)));

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
