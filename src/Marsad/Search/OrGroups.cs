using Lucene.Net.Search;

namespace Marsad.Search;

/// <summary>
/// Gives OR precedence over the words' implicit AND, as a web search box does: «الرياض الهجوم OR الفيضان» is الرياض AND
/// (الهجوم OR الفيضان), «الهجوم OR الفيضان الرياض» the same. Lucene's classic parser, its default operator AND, made the
/// word before an OR optional and kept the rest required, so the first matched every article with الرياض (the
/// alternatives ranked only) and the second every article with الرياض whether it held either alternative or not. Each run
/// of clauses joined by OR becomes one required group of its alternatives; an excluded clause (NOT, -) stands alone. A
/// query that is one run (and its exclusions: «A OR B», «"X Y" OR Z NOT W») keeps the parser's own shape, which
/// <see cref="FrequentTerms"/> reads; parentheses group as written («(A OR B) C» was already A-or-B and C).
/// </summary>
internal static class OrGroups
{
    /// <summary>The clauses of one parenthesis level with each run joined by OR (<paramref name="joinedByOr"/>[i]: clause
    /// i came after an OR) as one required group; null when the level is one run or has no OR, to keep the parser's
    /// query.</summary>
    public static BooleanQuery? Grouped(IList<BooleanClause> clauses, IReadOnlyList<bool> joinedByOr, Func<BooleanQuery> newLevel, Func<BooleanQuery> newGroup)
    {
        if (joinedByOr.Count != clauses.Count || !joinedByOr.Contains(true)) return null;
        var runs = new List<List<BooleanClause>>();
        for (var i = 0; i < clauses.Count; i++)
        {
            var clause = clauses[i];
            var joins = i > 0 && joinedByOr[i] && !clause.IsProhibited && !clauses[i - 1].IsProhibited;
            if (joins) runs[^1].Add(clause);
            else runs.Add([clause]);
        }
        if (runs.Count(run => !run[0].IsProhibited) <= 1) return null;
        var level = newLevel();
        foreach (var run in runs)
        {
            if (run.Count == 1)
            {
                var alone = run[0];
                level.Add(alone.Query, alone.IsProhibited ? Occur.MUST_NOT : Occur.MUST);
                continue;
            }
            var group = newGroup();
            foreach (var alternative in run) group.Add(alternative.Query, Occur.SHOULD);
            level.Add(group, Occur.MUST);
        }
        return level;
    }
}
