using Marsad.Search;

namespace Marsad.Tests.Search;

public sealed class SearchTermsTests
{
    private static string[] Terms(string text) => [.. SearchTerms.Of(text).Select(t => t.Term)];

    [Fact]
    public void ArticleAndPluralSuffixFormsShareTheTermOfTheBareWord()
    {
        Assert.Equal(Terms("هجمات"), Terms("الهجمات"));
        Assert.Equal(Terms("هجمات"), Terms("وبالهجمات"));
        Assert.Equal(Terms("مسؤول"), Terms("والمسؤولين"));
    }

    [Fact]
    public void PrepositionAndArticleProcliticsAreStrippedFromTheWord()
    {
        var bare = Terms("الهجوم");
        Assert.Equal(bare, Terms("بالهجوم"));
        Assert.Equal(bare, Terms("للهجوم"));
        Assert.Equal(bare, Terms("هجوم"));
    }

    [Theory]
    [InlineData("الهجمات", "بالهجوم", "هجوم")]
    [InlineData("هجمات", "للهجوم", "هجوم")]
    [InlineData("والأدلة", "دليل", "دليل")]
    [InlineData("الوثائق", "وثيقة", "وثيق")]
    [InlineData("للقتلى", "قتيل", "قتيل")]
    [InlineData("المسؤولون", "مسؤول", "مسوول")]
    public void APluralAndItsSingularIndexOneTerm(string plural, string singular, string term)
    {
        Assert.Equal([term], Terms(plural));
        Assert.Equal([term], Terms(singular));
    }

    [Theory]
    [InlineData("أدلى", "دليل")] // he testified: the stem of أدلة, not the plural
    [InlineData("عبور", "عبر")] // crossing and through share a root only
    [InlineData("قبول", "قبل")]
    [InlineData("المدني", "مدينة")] // civil, not «my cities» (مدن + ي)
    [InlineData("الصحفي", "صحيفة")] // a journalist, not «my newspapers»
    public void AWordSharingLettersWithAnotherKeepsItsOwnTerm(string word, string other) =>
        Assert.NotEqual(Terms(word), Terms(other));

    [Fact]
    public void HamzaSpellingsOfANameIndexAlike() => Assert.Equal(Terms("ايران"), Terms("إيران"));

    [Fact]
    public void ArabicIndicAndPersianDigitsIndexAsAsciiNumbers()
    {
        Assert.Equal(["2024"], Terms("٢٠٢٤"));
        Assert.Equal(["2024"], Terms("۲۰۲۴"));
    }

    [Fact]
    public void TermSpansCoverTheWordInTheOriginalWithItsTatweelAndDiacritics()
    {
        const string text = "\u200Fقال إنّ الهـــجُومَ وقع";
        var terms = SearchTerms.Of(text);

        Assert.Equal(["قال", "ان", "هجوم", "وقع"], terms.Select(t => t.Term));
        Assert.Equal("الهـــجُومَ", terms[2].Span.Slice(text));
        Assert.Equal("قال", terms[0].Span.Slice(text));
    }

    [Fact]
    public void PunctuationAndUrlsAreNotTerms() =>
        Assert.Equal(["زار", "موقع"], Terms("زار، «موقع» https://example.com/a ."));
}
