using Marsad.Documents;
using Marsad.Stories;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Tests.Stories;

/// <summary>
/// Quote terms (<see cref="StoryProfiler.WithQuotes"/>, <see cref="TermKind.Quote"/>): what a named speaker is quoted
/// saying, compared between two articles as a cosine of its own. Every term has the same document frequency here
/// (weights are floats: cosines are compared to 6 places).
/// </summary>
public sealed class QuoteEvidenceTests
{
    private static WeightedVector Vector(string text, params (string Speaker, string Text)[] said)
    {
        var article = new Article { Id = text, Title = "", Text = text };
        var profile = new StoryProfiler().Profile(article, Tokenizer.Tokenize(ArabicNormalizer.Normalize(text)), null, [], [], null);
        var terms = StoryProfiler.WithQuotes(profile, said, StoryOptions.Default).Terms;
        var ids = terms.Keys.ToDictionary(n => n, Stable, StringComparer.Ordinal);
        var byId = ids.ToDictionary(p => p.Value, p => p.Key);
        return new WeightedVector([.. terms.Select(p => (Id: ids[p.Key], Weight: p.Value)).OrderBy(t => t.Id)], _ => 1, id => TermKinds.Of(byId[id]), 10);
    }

    // The same term gets the same id in every vector of a test.
    private static int Stable(string term)
    {
        var hash = 17;
        foreach (var c in term) hash = unchecked(hash * 31 + c);
        return hash & 0x7fffffff;
    }

    [Fact]
    public void TwoOutletsQuotingOneStatementShareItsQuoteTermsWhateverTheirOwnWords()
    {
        var first = Vector("أكد الوزير في مؤتمر صحفي عقده أمس أن الحكومة ماضية في خطتها.",
            ("per:minister", "لن نتراجع عن دعم المزارعين"));
        var second = Vector("قال وزير الزراعة خلال زيارته للمنطقة الشرقية إن الدعم مستمر.",
            ("per:minister", "لن نتراجع عن دعم المزارعين"));

        Assert.Equal(1.0, first.Cosine(second, TermKind.Quote), 6);
    }

    [Fact]
    public void TheSameWordsQuotedFromAnotherSpeakerShareNothing()
    {
        var first = Vector("أكد الوزير أن الدعم مستمر.", ("per:minister", "لن نتراجع عن دعم المزارعين"));
        var second = Vector("أكد رئيس الجمعية أن الدعم مستمر.", ("org:farmers-association", "لن نتراجع عن دعم المزارعين"));

        Assert.Equal(0.0, first.Cosine(second, TermKind.Quote));
    }

    [Fact]
    public void QuoteTermsNameTheSpeakerAndStayOutOfTheWordCosine()
    {
        var quiet = Vector("أكد الوزير أن الدعم مستمر.");
        var quoted = Vector("أكد الوزير أن الدعم مستمر.", ("per:minister", "لن نتراجع عن دعم المزارعين"));

        Assert.Equal(TermKind.Quote, TermKinds.Of("\"per:minister دعم"));
        Assert.Equal(1.0, quiet.Cosine(quoted), 6);
        Assert.Equal(0.0, quiet.Cosine(quoted, TermKind.Quote));
    }

    [Fact]
    public void SharedQuotesEnterTheProbabilityByTheirOwnWeight()
    {
        var model = new LinkModel(-1, 2, 1, 1, 0, 0, -1, -0.5, Quotes: 2);
        var evidence = new PairEvidence(0.5, 0.5, 0, 0, 0, 0, false, Quotes: 0.75);

        // z = -1 + 2·0.5 + 1·0.5 + 2·0.75 = 2
        Assert.Equal(1 / (1 + Math.Exp(-2)), model.Probability(evidence), 12);
    }
}
