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
    }

    [Fact]
    public void PrepositionAndArticleProcliticsAreStrippedFromTheWord()
    {
        var bare = Terms("الهجوم");
        Assert.Equal(bare, Terms("بالهجوم"));
        Assert.Equal(bare, Terms("للهجوم"));
        Assert.Equal(bare, Terms("هجوم"));
    }

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
