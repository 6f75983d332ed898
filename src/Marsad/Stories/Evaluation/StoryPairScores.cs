namespace Marsad.Stories.Evaluation;

/// <summary>Pairwise counts of one gold story (or of all of them pooled): same-story pairs found and missed, and pairs
/// the system joined that gold keeps apart.</summary>
public sealed record StoryPairCount(string Story, int Members, long Found, long Missed, long FalseJoins)
{
    public double Precision => Found + FalseJoins == 0 ? 0 : (double)Found / (Found + FalseJoins);
    public double Recall => Found + Missed == 0 ? 0 : (double)Found / (Found + Missed);
    public double F1 => Precision > 0 && Recall > 0 ? 2 * Precision * Recall / (Precision + Recall) : 0;
}

/// <summary>
/// Story threading scored by pairs, pooled and per story. Pooled pairs are dominated by the largest story (a story of
/// n articles has n(n−1)/2 pairs: the development set's Abha story holds 72 % of its same-story pairs), so each gold
/// story is also scored alone and the stories' figures averaged with equal weight (macro). A story's false joins are
/// the joined pairs with exactly one article in it. Gold <c>null</c> marks an article known to be in none of the
/// labelled stories (a label file whose stories are complete among the scored articles): joining it to a story's
/// article is a false join, and a pair of two such articles says nothing and is not counted.
/// </summary>
public sealed record StoryPairScores(StoryPairCount Pooled, IReadOnlyList<StoryPairCount> PerStory)
{
    /// <summary>The per-story figures averaged over stories of two or more scored articles.</summary>
    public double MacroPrecision => Mean(s => s.Precision);
    public double MacroRecall => Mean(s => s.Recall);
    public double MacroF1 => Mean(s => s.F1);

    /// <summary>
    /// The same pairs with the macro figures over only the stories <paramref name="counts"/> keeps (e.g. a label file's
    /// own stories, not the storyless events <see cref="GoldStory"/> scores as stories of their own); pooled pairs unchanged.
    /// </summary>
    public StoryPairScores Among(Func<string, bool> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        return this with { PerStory = [.. PerStory.Where(s => counts(s.Story))] };
    }

    private double Mean(Func<StoryPairCount, double> of) => PerStory.Count == 0 ? 0 : PerStory.Average(of);

    public static StoryPairScores Of(IReadOnlyList<string?> gold, IReadOnlyList<string> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count) throw new ArgumentException("Gold and predicted labels must cover the same items.");
        var counts = new Dictionary<string, (long Found, long Missed, long False)>(StringComparer.Ordinal);
        long found = 0, missed = 0, falseJoins = 0;
        void Add(string story, int found, int missed, int falseJoin)
        {
            var c = counts.GetValueOrDefault(story);
            counts[story] = (c.Found + found, c.Missed + missed, c.False + falseJoin);
        }
        for (var i = 0; i < gold.Count; i++)
            for (var j = i + 1; j < gold.Count; j++)
            {
                if (gold[i] is null && gold[j] is null) continue;
                var joined = predicted[i] == predicted[j];
                if (gold[i] == gold[j])
                {
                    Add(gold[i]!, joined ? 1 : 0, joined ? 0 : 1, 0);
                    if (joined) found++; else missed++;
                }
                else if (joined)
                {
                    falseJoins++;
                    if (gold[i] is { } a) Add(a, 0, 0, 1);
                    if (gold[j] is { } b) Add(b, 0, 0, 1);
                }
            }
        var members = gold.Where(g => g is not null).GroupBy(g => g!, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var perStory = members.Where(m => m.Value > 1)
            .Select(m =>
            {
                var c = counts.GetValueOrDefault(m.Key);
                return new StoryPairCount(m.Key, m.Value, c.Found, c.Missed, c.False);
            })
            .OrderByDescending(s => s.Members).ThenBy(s => s.Story, StringComparer.Ordinal).ToList();
        return new StoryPairScores(new StoryPairCount("pooled", members.Values.Sum(), found, missed, falseJoins), perStory);
    }
}
