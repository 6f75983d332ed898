using System.Text.Json;
using Marsad.Tests.Support;

namespace Marsad.Tests.Eval;

/// <summary>
/// The team's same-event labels (eval/clusters.jsonl) agree with the pairs read to make them (eval/clusters-pairs.tsv):
/// every pair judged one event is in one event, every pair judged not is in two, and each row says why.
/// </summary>
public sealed class ClusterLabelsFileTests
{
    private static string EvalFile(string name) => Path.Combine(RepoPaths.Root, "eval", name);

    private static Dictionary<string, JsonElement> Rows() =>
        File.ReadLines(EvalFile("clusters.jsonl")).Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select(l => JsonDocument.Parse(l).RootElement)
            .ToDictionary(r => r.GetProperty("id").GetString()!, StringComparer.Ordinal);

    [Fact]
    public void EveryRowHasAnEventAndAReasonAndNoText()
    {
        var rows = Rows();

        Assert.Equal(305, rows.Count);
        Assert.All(rows.Values, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("event").GetString()));
            Assert.False(string.IsNullOrWhiteSpace(r.GetProperty("reason").GetString()));
            Assert.False(r.TryGetProperty("text", out _));
            Assert.False(r.TryGetProperty("title", out _));
        });
    }

    [Fact]
    public void EveryPairReadIsLabelledAsItWasJudged()
    {
        var eventOf = Rows().ToDictionary(p => p.Key, p => p.Value.GetProperty("event").GetString()!, StringComparer.Ordinal);
        var pairs = File.ReadLines(EvalFile("clusters-pairs.tsv")).Where(l => !l.StartsWith('#')).Skip(1)
            .Select(l => l.Split('\t')).ToList();

        Assert.Equal(338, pairs.Count);
        Assert.Equal(121, pairs.Count(p => p[4] == "y"));
        Assert.Empty(pairs.Where(p => (eventOf[p[0]] == eventOf[p[1]]) != (p[4] == "y")).Select(p => $"{p[0]} {p[1]} {p[4]}"));
    }
}
