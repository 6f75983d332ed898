using Marsad.Stories.Evaluation;

namespace Marsad.Tests.Stories;

public sealed class GoldStoryTests
{
    // A small labelled fixture: (article, gold event, gold story or null) and the thread the system put it in.
    private static readonly (string Id, string Event, string? Story, string Thread)[] Fixture =
    [
        ("m1", "ev-flood", "st-rain", "t1"),    // a story of two events, threaded together
        ("m2", "ev-dam", "st-rain", "t1"),
        ("m3", "ev-summit", null, "t2"),        // one happening in no labelled story, two reports in one thread
        ("m4", "ev-summit", null, "t2"),
        ("m5", "ev-match", null, "t2"),         // another storyless happening wrongly joined to it
        ("m6", "ev-fair", null, "t3"),          // a storyless happening alone
    ];

    private static List<string> Gold() => [.. Fixture.Select(f => GoldStory.Of(f.Story, f.Event))];

    private static List<string> Threads() => [.. Fixture.Select(f => f.Thread)];

    [Fact]
    public void TwoReportsOfOneStorylessEventInOneThreadAreAFoundPairNotAFalseJoin()
    {
        var scores = StoryPairScores.Of(Gold(), Threads());

        // Found: m1–m2, m3–m4; false joins: m5 with m3 and with m4.
        Assert.Equal((2L, 0L, 2L), (scores.Pooled.Found, scores.Pooled.Missed, scores.Pooled.FalseJoins));
        Assert.Equal(0.5, ClusterScores.Of(Gold(), Threads()).PairPrecision, 6);
        Assert.Equal(1.0, ClusterScores.Of(Gold(), Threads()).PairRecall, 6);
    }

    [Fact]
    public void AStorylessArticleIsInItsEventsStoryAndALabelledStoryWins()
    {
        Assert.Equal("st-rain", GoldStory.Of("st-rain", "ev-dam"));
        Assert.Equal(GoldStory.Of(null, "ev-summit"), GoldStory.Of(null, "ev-summit"));
        Assert.NotEqual(GoldStory.Of(null, "ev-summit"), GoldStory.Of(null, "ev-match"));
    }
}
