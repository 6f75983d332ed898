using Marsad.Events.Actors;
using Marsad.Events.Lexicon;

namespace Marsad.Events.Arguments;

/// <summary>The words of the text a trigger's pattern leaves open between its own words.</summary>
public static class PatternGap
{
    /// <summary>The token of the pattern's word after the first when words of the text stand between them, else -1.</summary>
    public static int GapAfterFirstWord(TriggerMatch m)
    {
        for (var w = 0; w + 1 < m.WordTokens.Count; w++)
            if (m.WordTokens[w] == m.First) return m.WordTokens[w + 1] > m.First + 1 ? m.WordTokens[w + 1] : -1;
        return -1;
    }

    /// <summary>The first word of the trigger's pattern after a gap its words left open («تجمع العشرات أمام»: أمام), or null.</summary>
    public static int? AfterGap(TriggerMatch m)
    {
        for (var w = 1; w < m.WordTokens.Count; w++)
            if (m.WordTokens[w] > m.WordTokens[w - 1] + 1) return m.WordTokens[w];
        return null;
    }
}
