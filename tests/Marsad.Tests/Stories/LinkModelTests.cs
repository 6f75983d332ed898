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
        Assert.Equal(TermKind.Entity, TermKinds.Of("@gpe:buraidah"));
        Assert.Equal(TermKind.Event, TermKinds.Of("!MEET:a:b"));
        Assert.Equal(TermKind.Word, TermKinds.Of("مهرجان"));
    }

    [Theory]
    [InlineData("@loc:~عسير", TermKind.Place)]
    [InlineData("@loc:berlin", TermKind.Place)]
    [InlineData("@gpe:saudi-arabia", TermKind.Entity)]
    [InlineData("@per:~عبدالله-الشهراني", TermKind.Entity)]
    [InlineData("@org:isis", TermKind.Entity)]
    [InlineData("!ASSAULT:org:isis:", TermKind.Event)]
    public void CitiesAndRegionsArePlaceTermsApartFromPeopleOrganisationsAndStates(string term, TermKind kind) =>
        Assert.Equal(kind, TermKinds.Of(term));

    [Fact]
    public void SharedPlacesEnterTheProbabilityByTheirOwnWeight()
    {
        var model = Model with { Places = 1.5 };
        var evidence = new PairEvidence(0.5, 0.5, 0, 0, 0, 0, false, Places: 1);

        // z = -1 + 2·0.5 + 1·0.5 + 1.5·1 = 2
        Assert.Equal(1 / (1 + Math.Exp(-2)), model.Probability(evidence), 12);
    }

    // News of the region a thread follows shares the region with the thread's profile and hardly a word: by default the place
    // then counts for nothing in the profile link, while a report saying the story's words again keeps it, and a pair link
    // (what the story model is fitted on) keeps it either way.
    [Fact]
    public void APlaceSharedWithAThreadProfileWithoutSharedWordsCountsForNothingInTheProfileLinkAlone()
    {
        var options = StoryOptions.Default with { StoryEvidenceFloor = 0 };
        var localNews = new PairEvidence(0.04, 0, 0, 0, 0, 1, false, Places: 0.9);
        var followUp = new PairEvidence(0.2, 0, 0, 0, 0, 1, false, Places: 0.9);

        Assert.Equal((0d, 0.9, 0.9), (StoryLinkEvidence.OfProfile(options, localNews, null!, null!, 1000).Places,
            StoryLinkEvidence.OfProfile(options, followUp, null!, null!, 1000).Places,
            StoryLinkEvidence.Of(options, localNews, null!, null!, 1000).Places));
    }

    [Fact]
    public void HeadlineCoverageEntersTheProbabilityByItsOwnWeight()
    {
        var model = Model with { HeadlineCoverage = 3 };
        var evidence = new PairEvidence(0.5, 0.5, 0, 0, 0, 0, false, HeadlineCoverage: 0.5);

        // z = -1 + 2·0.5 + 1·0.5 + 3·0.5 = 2
        Assert.Equal(1 / (1 + Math.Exp(-2)), model.Probability(evidence), 12);
    }
}
