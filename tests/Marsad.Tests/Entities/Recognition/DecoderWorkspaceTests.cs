using Marsad.Entities.Recognition;

namespace Marsad.Tests.Entities.Recognition;

/// <summary>
/// One thread decodes sentence after sentence in the same arrays (<see cref="DecoderWorkspace"/>): what a longer sentence
/// left in them must not leak into a shorter one's tags or max-marginals.
/// </summary>
public sealed class DecoderWorkspaceTests
{
    private static readonly IReadOnlyList<string>[] Sentences =
    [
        ["وأجرى", "الرئيس", "الفنلندي", "ساولي", "نينيستو", "محادثات", "مع", "وزير", "الخارجية", "المصري", "سامح", "شكري", "في", "القاهرة",
            "حول", "مبادرة", "Horizon", "2030", "لشركة", "سيمنز", "الألمانية", "والبنك", "الدولي", "."],
        ["وقال", "عباس", "إن", "الأمم", "المتحدة", "ستدعم", "المشروع", "."],
        ["زار", "أردوغان", "برلين", "."],
    ];

    [Fact]
    public void AReusedWorkspaceGivesEachSentenceTheTagsAndMaxMarginalsOfAFreshOne()
    {
        var model = NerTagger.Default.Model;
        var reused = new DecoderWorkspace();
        foreach (var tokens in Sentences)
        {
            var emit = model.Emissions(NerFeatures.Extract(tokens, model.Lexicon));
            var fresh = new DecoderWorkspace();

            var expectedTags = model.Decode(emit, tokens.Count, fresh);
            var expected = model.MaxMarginals(emit, tokens.Count, fresh, from: 1).ToArray();
            var tags = model.Decode(emit, tokens.Count, reused);
            var marginals = model.MaxMarginals(emit, tokens.Count, reused, from: 1).ToArray();

            Assert.Equal(expectedTags, tags);
            Assert.Equal(expected, marginals);
            Assert.Equal(double.NegativeInfinity, marginals[0]);
        }
    }

    [Fact]
    public void TaggingAnArticleAfterALongerOneGivesTheSpansOfTaggingItFirst()
    {
        var tagger = NerTagger.Default;
        IReadOnlyList<string>[] shortArticle = [Sentences[2], Sentences[1]];
        var alone = new List<IReadOnlyList<(int, int, string, double)>>();
        var thread = new Thread(() => alone.AddRange(tagger.RecognizeDocument(shortArticle)));
        thread.Start();
        thread.Join();

        tagger.RecognizeDocument(Sentences);
        var after = tagger.RecognizeDocument(shortArticle);

        Assert.Equal(alone, after);
        Assert.NotEmpty(alone.SelectMany(spans => spans));
    }
}
