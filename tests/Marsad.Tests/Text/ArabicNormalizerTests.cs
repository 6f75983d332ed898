using Marsad.Text.Normalization;

namespace Marsad.Tests.Text;

public sealed class ArabicNormalizerTests
{
    [Theory]
    [InlineData("مُحَمَّدٌ", "محمد")]
    [InlineData("الســـلام", "السلام")]
    [InlineData("\uFEFB\uFEDF\uFE8E", "لالا")]
    [InlineData("عام ٢٠٢٢", "عام 2022")]
    [InlineData("عام ۱۴۰۱", "عام 1401")]
    [InlineData("\u200Fإيران\u200E", "إيران")]
    [InlineData("رئيس\u00A0الوزراء", "رئيس الوزراء")]
    [InlineData("سطر\r\nسطر", "سطر\nسطر")]
    [InlineData("٣٫٥", "3.5")]
    public void NormalizeRemovesMarksAndKeepsLetters(string raw, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.Normalize(raw).Text);

    [Fact]
    public void DiacriticsBelongToTheSpanOfTheLetterBeforeThem()
    {
        var normalized = ArabicNormalizer.Normalize("قَرَّرَتْ الحكومة");
        Assert.Equal("قررت الحكومة", normalized.Text);
        Assert.Equal(new Marsad.Documents.TextSpan(0, 9), normalized.ToOriginal(0, 4));
        Assert.Equal(new Marsad.Documents.TextSpan(10, 17), normalized.ToOriginal(5, 12));
    }

    [Fact]
    public void NormalizationIsIdempotent()
    {
        var once = ArabicNormalizer.Normalize("إنَّ الـدبلوماسية ﻻ تُقطع في ٢٤ ساعة\u200F").Text;
        Assert.Equal(once, ArabicNormalizer.Normalize(once).Text);
    }

    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إيران", "ايران")]
    [InlineData("آيخنر", "ايخنر")]
    [InlineData("مستشفى", "مستشفي")]
    [InlineData("الإسلامية", "الاسلاميه")]
    [InlineData("مسؤول", "مسوول")]
    [InlineData("مسئول", "مسيول")]
    [InlineData("NATO", "nato")]
    public void MatchingKeyFoldsLetterVariants(string word, string key) =>
        Assert.Equal(key, MatchingKey.Of(word));
}
