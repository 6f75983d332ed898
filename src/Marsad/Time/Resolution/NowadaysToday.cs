using Marsad.LanguageData;
using Marsad.Text.Normalization;
using Marsad.Time.Lexicon;
using Marsad.Time.Recognition;

namespace Marsad.Time.Resolution;

/// <summary>
/// «اليوم» as "nowadays" (PRESENT_REF) rather than the publication day: «شباب اليوم», «هي اليوم الأكثر انتشاراً»,
/// «ولم يعد خافياً اليوم». A dated report says «اليوم» after its verb (أعلنت الوزارة اليوم) or with a weekday; a
/// generic present statement puts it after a noun it qualifies or in a clause of being and becoming. The words that
/// tell them apart are data (Resources/Time/nowadays-cues.tsv).
/// </summary>
internal sealed class NowadaysToday(TimeToken[] tokens, int[] sentenceOf)
{
    private const int ClauseWindow = 3;

    private static readonly Lazy<(HashSet<string> Construct, HashSet<string> Clause)> s_cues = new(() =>
    {
        var construct = new HashSet<string>(StringComparer.Ordinal);
        var clause = new HashSet<string>(StringComparer.Ordinal);
        foreach (var line in LanguageFile.DataLines("Time", "nowadays-cues.tsv"))
        {
            var f = line.Text.Split('\t');
            (f[0] switch
            {
                "construct" => construct,
                "clause" => clause,
                _ => throw new InvalidDataException($"MARSAD-T003 Unreadable line in Resources/Time/nowadays-cues.tsv: '{line.Text}'; categories are construct and clause."),
            }).Add(MatchingKey.Of(f[1]));
        }
        return (construct, clause);
    });

    private static readonly string Today = MatchingKey.Of("اليوم");

    public void Apply(List<(Parse Parse, Resolved? Resolved)> resolved)
    {
        for (var k = 0; k < resolved.Count; k++)
        {
            var (parse, r) = resolved[k];
            if (r is null || parse.End - parse.Start != 1 || parse.PrefixLength != 0 || parse.Meaning is not Shift { Unit: TimeUnit.Day, Amount: 0, Weekday: null }
                || tokens[parse.Start].Key != Today || !Nowadays(parse.Start)) continue;
            resolved[k] = (parse with { Rule = "nowadays" }, new Resolved(TimexType.Date, "PRESENT_REF", TimeGranularity.Vague, null, []));
        }
    }

    private bool Nowadays(int at)
    {
        var (construct, clause) = s_cues.Value;
        // «شباب اليوم» in construct, or the noun with its article as the subject: «زعماء العالم اليوم».
        if (at > 0 && tokens[at - 1].IsWord && (Any(at - 1, construct) || Definite(at - 1, construct))) return true;
        for (var i = at - 1; i >= Math.Max(0, at - ClauseWindow); i--)
        {
            if (!tokens[i].IsWord || sentenceOf[i] != sentenceOf[at]) return false;
            if (Any(i, clause)) return true;
        }
        return false;
    }

    private bool Definite(int i, HashSet<string> words)
    {
        foreach (var (word, _) in tokens[i].Readings)
            if (word.StartsWith(Article, StringComparison.Ordinal) && words.Contains(word[Article.Length..])) return true;
        return false;
    }

    private static readonly string Article = MatchingKey.Of("ال");

    // By the word's key or a reading with a proclitic taken off (وهي، فباتت، ولكونها).
    private bool Any(int i, HashSet<string> words)
    {
        foreach (var (word, _) in tokens[i].Readings)
            if (words.Contains(word)) return true;
        return false;
    }
}
