using Marsad.Stories;
using Marsad.Text.Morphology;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Tests.Text;

public sealed class BrokenPluralsTests
{
    private static Token Token(string word) => Assert.Single(Tokenizer.Tokenize(ArabicNormalizer.Normalize(word)));

    private static string? Term(string word) => StoryProfiler.TermOf(Token(word), null);

    [Theory]
    [InlineData("أدلة", "دليل")]
    [InlineData("والأدلة", "دليل")]
    [InlineData("بأدلة", "دليل")]
    [InlineData("الوثائق", "وثيق")]
    [InlineData("وثائق", "وثيق")]
    [InlineData("القتلى", "قتيل")]
    [InlineData("الصواريخ", "صاروخ")]
    public void AListedBrokenPluralCountsAsItsSingularsStem(string plural, string stem) =>
        Assert.Equal(stem, Term(plural));

    [Fact]
    public void APluralAndItsAccusativeSingularShareOneTerm() =>
        Assert.Equal(Term("دليلاً"), Term("أدلة"));

    [Theory]
    [InlineData("أدلى")]
    [InlineData("الصور")]
    [InlineData("المسؤولين")]
    public void AWordThatIsNoListedBrokenPluralHasNoSingular(string word) =>
        Assert.Null(BrokenPlurals.SingularStem(CliticSegmenter.Analyze(Token(word))!));

    [Fact]
    public void AVerbSpelledLikeAPluralStemKeepsItsOwnTerm() =>
        Assert.Equal("ادل", Term("أدلى"));
}
