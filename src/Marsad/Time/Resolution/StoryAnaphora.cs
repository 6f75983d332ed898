using Marsad.Time.Recognition;

namespace Marsad.Time.Resolution;

/// <summary>
/// Times that take their day from the story rather than from the publication date:
/// <list type="bullet">
/// <item>a clock time written without a day («ستكون المباراة عند السابعة مساء») is on the last day the text dated
/// before it («في 12 آب المقبل»), within <see cref="Reach"/> sentences; with none, the publication day stands;</item>
/// <item>«آنذاك», «حينها», «يومها» (then; relative.tsv, category anaphoric) are the last date the text gave, at its
/// granularity; with none, a past reference.</item>
/// </list>
/// </summary>
internal sealed class StoryAnaphora(int[] sentenceOf)
{
    // A story names its event day once and then its programme, sentences later (a match: date, tickets, kick-off).
    private const int Reach = 8;

    public void Apply(List<(Parse Parse, Resolved? Resolved)> resolved)
    {
        for (var k = 0; k < resolved.Count; k++)
        {
            var (parse, r) = resolved[k];
            if (r is null) continue;
            if (parse.Meaning is ClockTime { Day: null } && r.Value.Length >= 16 && r.Value[10] == 'T'
                && Last(resolved, k, g => g.Granularity == TimeGranularity.Day && g.Date is not null) is { Date: { } day })
                resolved[k] = (parse, r with { Value = IsoFormat.Day(day) + r.Value[10..], Anchor = day, Date = day, Flags = [.. r.Flags, TimeFlags.EventRelative] });
            else if (parse.Rule == "anaphoric"
                     && Last(resolved, k, g => g.Granularity is TimeGranularity.Day or TimeGranularity.Month or TimeGranularity.Year or TimeGranularity.Decade && g.Type == TimexType.Date) is { } then)
                resolved[k] = (parse, then with { Flags = [.. then.Flags, TimeFlags.EventRelative] });
        }
    }

    private Resolved? Last(List<(Parse Parse, Resolved? Resolved)> resolved, int k, Func<Resolved, bool> wanted)
    {
        var sentence = sentenceOf[resolved[k].Parse.Start];
        for (var j = k - 1; j >= 0; j--)
        {
            var (parse, r) = resolved[j];
            if (sentenceOf[parse.Start] < sentence - Reach) return null;
            if (r is not null && r.Type == TimexType.Date && wanted(r)) return r;
        }
        return null;
    }
}
