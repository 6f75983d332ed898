using Marsad.Stories.Evaluation;

namespace Marsad.Tests.Stories;

public sealed class StoryMacroOverLabelledTests
{
    // (article, gold event, gold story or null, the thread the system put it in)
    private static readonly (string Id, string Event, string? Story, string Thread)[] Fixture =
    [
        ("p1", "ev-ship", "st-port", "t1"),    // a labelled story of three events: one pair found, two missed
        ("p2", "ev-crane", "st-port", "t1"),
        ("p3", "ev-strike", "st-port", "t2"),
        ("q1", "ev-expo", null, "t3"),         // a storyless happening, both reports in one thread
        ("q2", "ev-expo", null, "t3"),
        ("q3", "ev-race", null, "t1"),         // another storyless happening joined to the port thread
    ];

    private static StoryPairScores Scores() => StoryPairScores.Of(
        [.. Fixture.Select(f => GoldStory.Of(f.Story, f.Event))], [.. Fixture.Select(f => f.Thread)]);

    [Fact]
    public void TheMacroOverLabelledStoriesLeavesOutStorylessEventsAndKeepsThePooledPairs()
    {
        var all = Scores();
        var labelled = all.Among(GoldStory.IsLabelled);

        Assert.Equal(["st-port", "none:ev-expo"], all.PerStory.Select(s => s.Story));
        Assert.Equal(2.0 / 3, all.MacroF1, 6);
        Assert.Equal(["st-port"], labelled.PerStory.Select(s => s.Story));
        Assert.Equal(1.0 / 3, labelled.MacroF1, 6);
        Assert.Equal(1.0 / 3, labelled.MacroPrecision, 6);
        Assert.Equal((2L, 2L, 2L), (labelled.Pooled.Found, labelled.Pooled.Missed, labelled.Pooled.FalseJoins));
        Assert.Equal(all.Pooled, labelled.Pooled);
    }
}
