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
    [InlineData("وصلت ـ بحفظ الله ـ اليوم", "وصلت  بحفظ الله  اليوم")]
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

    [Fact]
    public void ExpandingPresentationFormsKeepEveryLetterAndItsOrigin()
    {
        // Each ﷺ (one character) expands to a phrase of 18 letters and spaces: far past the input's length.
        var raw = string.Concat(Enumerable.Repeat("\uFDFA", 40));
        var normalized = ArabicNormalizer.Normalize(raw);
        Assert.Equal(string.Concat(Enumerable.Repeat("صلى الله عليه وسلم", 40)), normalized.Text);
        Assert.Equal(new Marsad.Documents.TextSpan(39, 40), normalized.ToOriginal(normalized.Length - 1, normalized.Length));
    }

    [Fact]
    public void ARunOfTatweelBetweenNumbersIsOneHyphenOverTheRun()
    {
        var normalized = ArabicNormalizer.Normalize("بين 2010 ــ 2019");
        Assert.Equal("بين 2010 - 2019", normalized.Text);
        Assert.Equal(new Marsad.Documents.TextSpan(9, 11), normalized.ToOriginal(9, 10));
    }

    [Fact]
    public void EmptyTextNormalizesToEmpty() => Assert.Equal("", ArabicNormalizer.Normalize("").Text);

    [Fact]
    public void MatchingKeyFoldsLikeLuceneOnEveryArabicLetter()
    {
        var lucene = new Lucene.Net.Analysis.Ar.ArabicNormalizer();
        for (var c = '\u0621'; c <= '\u064A'; c++)
        {
            if (c == '\u0640') continue; // tatweel: the display normalizer removes it before any key is made
            var buffer = new[] { c };
            lucene.Normalize(buffer, 1);
            var ours = MatchingKey.Fold(c);
            // Where Lucene keeps a letter we may still fold it (ؤ → و, ئ → ي); where Lucene folds, we agree.
            if (buffer[0] != c) Assert.Equal(buffer[0], ours);
        }
    }

    [Fact]
    public void LetterKeepsItsMarksInItsSpanHoweverManyThereAre()
    {
        var raw = "ب" + new string('\u064E', 300) + " ت";
        var normalized = ArabicNormalizer.Normalize(raw);
        Assert.Equal("ب ت", normalized.Text);
        Assert.Equal(new Marsad.Documents.TextSpan(0, 301), normalized.ToOriginal(0, 1));
        Assert.Equal(new Marsad.Documents.TextSpan(302, 303), normalized.ToOriginal(2, 3));
    }
}
