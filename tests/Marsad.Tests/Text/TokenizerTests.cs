using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Tests.Text;

public sealed class TokenizerTests
{
    private static string[] Tokens(string raw) =>
        Tokenizer.Tokenize(ArabicNormalizer.Normalize(raw)).Select(t => $"{t.Normalized}|{t.Kind}").ToArray();

    [Fact]
    public void ArabicWordsAndPunctuationAreSeparate()
    {
        Assert.Equal(
            ["قالت|ArabicWord", "الحكومة|ArabicWord", "،|Punctuation", "أمس|ArabicWord", "؛|Punctuation",
             "لماذا|ArabicWord", "؟|Punctuation"],
            Tokens("قالت الحكومة، أمس؛ لماذا؟"));
    }

    [Fact]
    public void ArabicIndicDigitsBecomeOneAsciiNumber() =>
        Assert.Equal(["عام|ArabicWord", "2022|Number"], Tokens("عام ٢٠٢٢"));

    [Theory]
    [InlineData("3.5", "3.5")]
    [InlineData("1,000", "1,000")]
    [InlineData("٣٫٥", "3.5")]
    [InlineData("1.000.000", "1.000.000")]
    public void NumbersKeepDecimalsAndThousands(string raw, string number) =>
        Assert.Equal([$"{number}|Number"], Tokens(raw));

    [Fact]
    public void FullStopAfterNumberIsPunctuation() =>
        Assert.Equal(["منذ|ArabicWord", "2014|Number", ".|Punctuation"], Tokens("منذ 2014."));

    [Fact]
    public void CommaBetweenNumbersThatAreNotThousandsSplits() =>
        Assert.Equal(["12|Number", ",|Punctuation", "13|Number"], Tokens("12,13"));

    [Fact]
    public void SlashBetweenMonthNamesIsItsOwnToken() =>
        Assert.Equal(["12|Number", "سبتمبر|ArabicWord", "/|Punctuation", "أيلول|ArabicWord", "2022|Number"],
            Tokens("12 سبتمبر/أيلول 2022"));

    [Fact]
    public void LatinAcronymsAndMixedWordsStayWhole() =>
        Assert.Equal(["مجموعة|ArabicWord", "ERG|LatinWord", "و|ArabicWord", "COVID-19|LatinWord", "5G|LatinWord"],
            Tokens("مجموعة ERG و COVID-19 5G"));

    [Fact]
    public void DottedInitialsAreOneWord() =>
        Assert.Equal(["U.S.|LatinWord", "Army|LatinWord"], Tokens("U.S. Army"));

    [Fact]
    public void QuotesOfEveryStyleAreQuoteTokens() =>
        Assert.Equal(
            ["\"|Quote", "أ|ArabicWord", "\"|Quote", "«|Quote", "ب|ArabicWord", "»|Quote", "“|Quote", "ج|ArabicWord", "”|Quote",
             "‘|Quote", "د|ArabicWord", "’|Quote", "'|Quote", "ه|ArabicWord", "'|Quote"],
            Tokens("\"أ\" «ب» “ج” ‘د’ 'ه'"));

    [Fact]
    public void PrefixGluedToQuoteByTatweelSplitsFromIt() =>
        Assert.Equal(["ب|ArabicWord", "\"|Quote", "المبادرة|ArabicWord", "\"|Quote", "،|Punctuation"], Tokens("بـ\"المبادرة\"،"));

    [Fact]
    public void BracketsAreBracketTokens() =>
        Assert.Equal(["(|Bracket", "منظمة|ArabicWord", ")|Bracket", "[|Bracket", "1|Number", "]|Bracket", "{|Bracket", "}|Bracket"],
            Tokens("(منظمة) [1] {}"));

    [Fact]
    public void EllipsisInDotsOrOneCharacterIsOneToken() =>
        Assert.Equal(["هذا|ArabicWord", "…|Punctuation", "ذاك|ArabicWord", "...|Punctuation"], Tokens("هذا… ذاك..."));

    [Fact]
    public void UrlsKeepTheirPathAndLoseTrailingPunctuation() =>
        Assert.Equal(
            ["المصدر|ArabicWord", ":|Punctuation", "https://example.org/news/12?id=3|Url", ".|Punctuation",
             "www.example.com|Url", "،|Punctuation"],
            Tokens("المصدر: https://example.org/news/12?id=3. www.example.com،"));

    [Fact]
    public void EmailIsOneToken() =>
        Assert.Equal(["راسلونا|ArabicWord", "على|ArabicWord", "news.desk@example.co.uk|Email", ".|Punctuation"],
            Tokens("راسلونا على news.desk@example.co.uk."));

    [Fact]
    public void TokenSpansCoverDiacriticsInTheOriginal()
    {
        const string raw = "قَرَّرَتْ الحكومةُ";
        var tokens = Tokenizer.Tokenize(ArabicNormalizer.Normalize(raw));
        Assert.Equal(["قَرَّرَتْ", "الحكومةُ"], tokens.Select(t => t.Span.Slice(raw)));
        Assert.Equal(["قررت", "الحكومه"], tokens.Select(t => t.Key));
        Assert.Equal([0, 1], tokens.Select(t => t.Index));
    }

    [Fact]
    public void TokensAreFoldedToMatchingKeys() =>
        Assert.Equal(["الاسراييليه", "nato"],
            Tokenizer.Tokenize(ArabicNormalizer.Normalize("الإسرائيلية NATO")).Select(t => t.Key));
}
