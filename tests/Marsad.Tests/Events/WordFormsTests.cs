using Marsad.Events.Lexicon;
using Marsad.Text.Morphology;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Tests.Events;

/// <summary>The lookup forms a token offers to the event lexicons (Events/Lexicon/WordForms).</summary>
public sealed class WordFormsTests
{
    private static WordForms Of(string word)
    {
        var token = Assert.Single(Tokenizer.Tokenize(ArabicNormalizer.Normalize(word)));
        return WordForms.Of(token, CliticSegmenter.Analyze(token));
    }

    [Fact]
    public void TheDefiniteArticleNeverTakesAPronounSuffix() =>
        Assert.DoesNotContain("اجتماع", Of("الاجتماعي").Forms);

    [Fact]
    public void AnUndefinedNounStillLosesItsPronoun() =>
        Assert.Contains("اجتماع", Of("اجتماعه").Forms);

    [Fact]
    public void AnAdverbTheSegmenterKnowsWholeIsNotCutIntoAVerbAndAPronoun() =>
        Assert.Equal(["وهناك", "هناك"], Of("وهناك").Forms);
}
