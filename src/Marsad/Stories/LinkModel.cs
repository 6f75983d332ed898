using System.Globalization;

namespace Marsad.Stories;

/// <summary>
/// The probability that two articles belong together, from their <see cref="PairEvidence"/>: a logistic combination
/// whose weights were fitted on labelled pairs by <c>tools/Marsad.Train eval-clusters</c> (which pairs, and on which
/// half of the set the figures are reported, is in Stories/README.md). One model says "one happening"
/// (<see cref="StoryOptions.EventModel"/>), another "one developing story" (<see cref="StoryOptions.StoryModel"/>).
/// Days apart enter as log2(1 + days past the first), so a week apart costs little more than three days; an unknown
/// day counts as <see cref="UnknownGap"/> days.
/// </summary>
public sealed record LinkModel(
    double Bias, double Words, double Title, double Entities, double Events, double Containment, double DayGap, double SameOutlet,
    double Places = 0, double HeadlineCoverage = 0, double Quotes = 0)
{
    /// <summary>Days apart assumed when either article's day is unknown: only strong text evidence then links them.</summary>
    public const int UnknownGap = 2;

    // The shipped weights are the mean of the two models fitted on the two halves of the labelled development set
    // (each half's figures in Stories/README.md come from the model fitted on the other half).

    /// <summary>One happening: how much of each headline the other article says weighs most, then words, entities, the headlines' cosine and a shared city or region; each doubling of days apart costs about as much as 0.4 of the word cosine.
    /// What one named speaker is quoted saying in both adds a little (fitted 0.29 on half A, 0.13 on B; branch clus5).</summary>
    public static LinkModel Event { get; } = new(-2.24, 2.35, 1.40, 2.11, 0.26, 0.04, -0.95, -0.11, Places: 1.22, HeadlineCoverage: 3.45, Quotes: 0.21);

    /// <summary>One developing story (pairs of different happenings): words, coded events, entities and places, hardly the day.</summary>
    public static LinkModel Story { get; } = new(-0.53, 3.11, 1.29, 1.60, 2.01, 0, -0.04, 0.18, Places: 1.52);

    public double Probability(PairEvidence evidence)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        var z = Bias + Words * evidence.Words + Title * evidence.Title + Entities * evidence.Entities + Events * evidence.Events
            + Containment * evidence.Containment + DayGap * DaysPast(evidence.Gap) + SameOutlet * (evidence.SameOutlet ? 1 : 0)
            + Places * evidence.Places + HeadlineCoverage * evidence.HeadlineCoverage + Quotes * evidence.Quotes;
        return 1 / (1 + Math.Exp(-z));
    }

    /// <summary>The features in the order of the weights after <see cref="Bias"/> (what the fitting tool learns from).</summary>
    public static double[] Features(PairEvidence evidence) =>
    [
        evidence.Words, evidence.Title, evidence.Entities, evidence.Events, evidence.Containment, DaysPast(evidence.Gap),
        evidence.SameOutlet ? 1 : 0, evidence.Places, evidence.HeadlineCoverage, evidence.Quotes,
    ];

    /// <summary>Names of <see cref="Features"/>, in order (the fitting tool's <c>--without</c>, which leaves kinds of evidence out of a fit).</summary>
    public static IReadOnlyList<string> FeatureNames { get; } = ["words", "title", "entities", "events", "containment", "days", "same-outlet", "places", "headline-coverage", "quotes"];

    public static LinkModel FromWeights(IReadOnlyList<double> w) => new(w[0], w[1], w[2], w[3], w[4], w[5], w[6], w[7], w[8], w[9], w.Count > 10 ? w[10] : 0);

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"bias {Bias:0.###}, words {Words:0.###}, title {Title:0.###}, entities {Entities:0.###}, events {Events:0.###}, containment {Containment:0.###}, day gap {DayGap:0.###}, same outlet {SameOutlet:0.###}, places {Places:0.###}, headline coverage {HeadlineCoverage:0.###}, quotes {Quotes:0.###}");

    private static double DaysPast(int? gap) => Math.Log2(1 + Math.Max(0, (gap ?? UnknownGap) - 1));
}
