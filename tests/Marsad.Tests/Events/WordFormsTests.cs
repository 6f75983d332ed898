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

    [Fact]
    public void AFormWithoutTheArticleKeepsTheProcliticsAndTheArticleAsItsPrefix()
    {
        var word = Of("والاتفاق");
        Assert.Equal("وال", word.Prefixes[word.Forms.ToList().IndexOf("اتفاق")]);
    }

    [Fact]
    public void AWordReadAgainOnTheSameThreadGetsTheFormsItWasGivenFirst()
    {
        var first = Tokenizer.Tokenize(ArabicNormalizer.Normalize("قطعت ألبانيا علاقاتها مع إيران وقطعت"));
        var again = first[^1];
        var remembered = WordForms.For(first[0], CliticSegmenter.Analyze(first[0]));
        var other = WordForms.For(first[2], CliticSegmenter.Analyze(first[2]));
        Assert.Same(remembered, WordForms.For(first[0], CliticSegmenter.Analyze(first[0])));
        Assert.Equal(WordForms.Of(first[2], CliticSegmenter.Analyze(first[2])).Forms, other.Forms);
        Assert.Equal(WordForms.Of(first[2], CliticSegmenter.Analyze(first[2])).Prefixes, other.Prefixes);
        Assert.Equal(["وقطعت", "قطعت"], WordForms.For(again, CliticSegmenter.Analyze(again)).Forms.Take(2));
    }
}
