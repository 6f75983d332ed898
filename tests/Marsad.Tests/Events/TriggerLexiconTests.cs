using Marsad.Events;
using Marsad.Tests.Eval;
using Marsad.Tests.Support;

namespace Marsad.Tests.Events;

/// <summary>The trigger lexicon (Resources/Events/triggers.tsv) against PLOVER's type and mode tables (eval/plover-modes.tsv).</summary>
public sealed class TriggerLexiconTests
{
    private static readonly string s_file = Path.Combine(RepoPaths.Root, "src", "Marsad", "Resources", "Events", "triggers.tsv");

    private static IEnumerable<string[]> Rows() =>
        File.ReadLines(s_file).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'));

    [Fact]
    public void EveryRowCodesAPloverTypeWithAModeItsTypeAllows()
    {
        var modes = PloverModeTable.Load(Path.Combine(RepoPaths.Root, "eval", "plover-modes.tsv"));
        var wrong = Rows().Where(r => !modes.IsType(r[1]) || (r[2] != "-" && !modes.Allows(r[1], r[2]))).Select(r => string.Join(" ", r[..3])).ToList();
        Assert.Empty(wrong);
    }

    [Fact]
    public void AllSixteenTypesHaveSeveralTriggers()
    {
        var counts = Rows().GroupBy(r => r[1]).ToDictionary(g => g.Key, g => g.Count());
        var thin = Enum.GetNames<PloverType>().Where(t => counts.GetValueOrDefault(t) < 5).ToList();
        Assert.Empty(thin);
    }
}
