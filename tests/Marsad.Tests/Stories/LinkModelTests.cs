using Marsad.Documents;
using Marsad.Stories;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Tests.Stories;

public sealed class LinkModelTests
{
    private static readonly LinkModel Model = new(-1, 2, 1, 1, 0, 0, -1, -0.5);

    [Fact]
    public void ProbabilityIsTheLogisticOfTheWeightedEvidence()
    {
        // z = -1 + 2·0.5 + 1·0.5 + 1·0 = 0.5, same day, two outlets.
        var evidence = new PairEvidence(0.5, 0.5, 0, 0, 0, 0, false);

        Assert.Equal(1 / (1 + Math.Exp(-0.5)), Model.Probability(evidence), 12);
    }

    [Fact]
    public void EachDoublingOfDaysPastTheFirstCostsTheDayWeightOnce()
    {
        var sameDay = Model.Probability(new PairEvidence(0.5, 0.5, 0, 0, 0, 0, false));
        var nextDay = Model.Probability(new PairEvidence(0.5, 0.5, 0, 0, 0, 1, false));
        var threeDays = Model.Probability(new PairEvidence(0.5, 0.5, 0, 0, 0, 3, false));

        Assert.Equal(sameDay, nextDay, 12);
        Assert.Equal(1 / (1 + Math.Exp(-(0.5 - Math.Log2(3)))), threeDays, 12);
        Assert.Equal(1 / (1 + Math.Exp(-(0.5 - Math.Log2(1 + LinkModel.UnknownGap - 1)))),
            Model.Probability(new PairEvidence(0.5, 0.5, 0, 0, 0, null, false)), 12);
    }

    [Fact]
    public void TheSameOutletTwiceCountsAgainstOneHappening()
    {
        var twoOutlets = Model.Probability(new PairEvidence(0.5, 0.5, 0, 0, 0, 0, false));
        var oneOutlet = Model.Probability(new PairEvidence(0.5, 0.5, 0, 0, 0, 0, true));

        Assert.True(oneOutlet < twoOutlets);
    }

    [Fact]
    public void TitleWordsAreKeptAgainAsHeadlineTermsBesideTheWordTheyCount()
    {
        var article = new Article { Id = "a1", Title = "افتتاح مهرجان التمور في بريدة", Text = "افتتح أمير المنطقة مهرجان التمور اليوم." };
        var profile = new StoryProfiler().Profile(article, Tokenizer.Tokenize(ArabicNormalizer.Normalize(article.Text)), null, ["gpe:buraidah"], [], null);

        var headline = profile.Terms.Keys.Where(t => TermKinds.Of(t) == TermKind.Title).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(4, headline.Count);
        Assert.All(headline, t => Assert.True(profile.Terms.ContainsKey(t[1..]), t));
        Assert.Equal(TermKind.Place, TermKinds.Of("@gpe:buraidah"));
        Assert.Equal(TermKind.Event, TermKinds.Of("!MEET:a:b"));
        Assert.Equal(TermKind.Word, TermKinds.Of("مهرجان"));
    }

    [Theory]
    [InlineData("@gpe:saudi-arabia", TermKind.Place)]
    [InlineData("@loc:~عسير", TermKind.Place)]
    [InlineData("@per:~عبدالله-الشهراني", TermKind.Entity)]
    [InlineData("@org:isis", TermKind.Entity)]
    [InlineData("%ASSAULT/explosives", TermKind.EventKind)]
    [InlineData("!ASSAULT:org:isis:", TermKind.Event)]
    public void PlacesAndKindsOfHappeningAreTermKindsOfTheirOwn(string term, TermKind kind) =>
        Assert.Equal(kind, TermKinds.Of(term));

    [Fact]
    public void CodedEventsAddTheirKindOfHappeningBesideTheirSignature()
    {
        var article = new Article { Id = "a2", Text = "نشر تنظيم داعش صورة منفذ تفجير مسجد الطوارئ في عسير." };
        var profile = new StoryProfiler().Profile(article, Tokenizer.Tokenize(ArabicNormalizer.Normalize(article.Text)), null, ["org:isis"], [], null);

        var terms = StoryProfiler.WithEvents(profile, ["ASSAULT:org:isis:"], ["ASSAULT/explosives"], StoryOptions.Default).Terms;

        Assert.Equal(["!ASSAULT:org:isis:", "%ASSAULT/explosives", "@org:isis"],
            terms.Keys.Where(t => TermKinds.Of(t) is TermKind.Event or TermKind.EventKind or TermKind.Entity).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void SharedPlacesAndKindsOfHappeningEnterTheProbabilityByTheirOwnWeights()
    {
        var model = Model with { Places = 1.5, EventKinds = 0.5 };
        var evidence = new PairEvidence(0.5, 0.5, 0, 0, 0, 0, false, Places: 1, EventKinds: 1);

        // z = -1 + 2·0.5 + 1·0.5 + 1.5·1 + 0.5·1 = 2.5
        Assert.Equal(1 / (1 + Math.Exp(-2.5)), model.Probability(evidence), 12);
    }
}
