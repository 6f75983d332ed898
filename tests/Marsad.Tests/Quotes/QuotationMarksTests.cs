using Marsad.Quotes;
using Marsad.Text;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Tests.Quotes;

public sealed class QuotationMarksTests
{
    private static List<string> Segments(string text)
    {
        var tokens = Tokenizer.Tokenize(ArabicNormalizer.Normalize(text));
        return [.. QuotationMarks.Find(text, tokens).Select(s => s.Content.Slice(text))];
    }

    [Fact]
    public void GuillemetsPairAndNestedPairsStayInsideTheOuterQuote()
    {
        Assert.Equal(["إن التعديل يمثل «انقلاباً» على الاتفاق"], Segments("وقال المتحدث: «إن التعديل يمثل «انقلاباً» على الاتفاق». وانتهى الاجتماع."));
    }

    [Fact]
    public void ClosingGuillemetAfterAColonOpensAQuote()
    {
        Assert.Equal(["إن اللجنة ستجتمع غدا"], Segments("وقال رئيس اللجنة مساء أمس:» إن اللجنة ستجتمع غدا». ثم غادر."));
    }

    [Fact]
    public void StraightMarksNestByTheSpacesAroundThem()
    {
        Assert.Equal(["ما جرى في \"الحديدة\" لن يتكرر أبدا"], Segments("قال الوزير: \"ما جرى في \"الحديدة\" لن يتكرر أبدا\". وغادر."));
    }

    [Fact]
    public void StrayMarkWithoutPartnerInItsParagraphIsIgnored()
    {
        Assert.Equal(["سنعود قريبا"], Segments("بدأ الاجتماع» في الصباح.\nوقال النائب: «سنعود قريبا»."));
    }

    [Fact]
    public void CurlyMarksPair()
    {
        Assert.Equal(["الحل سياسي"], Segments("وقال المبعوث “الحل سياسي” في ختام الجولة."));
    }

    [Fact]
    public void ALigatureThatExpandsToSeveralWordsBeforeALineBreakKeepsParagraphsApart()
    {
        // ﷺ normalizes to four words that all map back to its one character.
        Assert.Equal(["نص الخطبة"], Segments("وقال الخطيب عن النبي ﷺ\n«نص الخطبة» ثم انصرف."));
    }
}
