using Marsad.Text.Normalization;
using Marsad.Text.Sentences;
using Marsad.Text.Tokenization;

namespace Marsad.Tests.Text;

public sealed class SentenceSplitterTests
{
    private static string[] Sentences(string raw)
    {
        var normalized = ArabicNormalizer.Normalize(raw);
        return SentenceSplitter.Split(normalized, Tokenizer.Tokenize(normalized)).Select(s => s.Span.Slice(raw)).ToArray();
    }

    [Fact]
    public void ARunOfExclamationMarksIsCutAtTheBoundLikeAnyLongRun()
    {
        // Found by the fuzzer: terminators absorbed after a terminator made one sentence of 300 tokens.
        var raw = "نجح الفريق" + new string('!', 300);
        var normalized = ArabicNormalizer.Normalize(raw);

        var sentences = SentenceSplitter.Split(normalized, Tokenizer.Tokenize(normalized));

        Assert.Equal([256, 46], sentences.Select(s => s.TokenCount));
    }

    [Fact]
    public void FullStopQuestionAndExclamationEndSentences() =>
        Assert.Equal(["وصل الوفد.", "هل بدأت المحادثات؟", "نعم!", "انتهى الاجتماع"],
            Sentences("وصل الوفد. هل بدأت المحادثات؟ نعم! انتهى الاجتماع"));

    [Fact]
    public void EllipsisEndsASentenceOutsideQuotes() =>
        Assert.Equal(["ثم صمت…", "وغادر القاعة."], Sentences("ثم صمت… وغادر القاعة."));

    [Fact]
    public void DecimalNumbersDoNotEndASentence() =>
        Assert.Equal(["نما الاقتصاد 3.5 في المئة هذا العام.", "وتراجع التضخم."],
            Sentences("نما الاقتصاد 3.5 في المئة هذا العام. وتراجع التضخم."));

    [Fact]
    public void ArabicInitialsDoNotEndASentence() =>
        Assert.Equal(["قال د. أحمد سالم وم. خالد إن المشروع تأخر.", "وأكد أ. سمير ذلك."],
            Sentences("قال د. أحمد سالم وم. خالد إن المشروع تأخر. وأكد أ. سمير ذلك."));

    [Fact]
    public void AFullStopAfterTheEraLetterOfAYearEndsTheSentence() =>
        Assert.Equal(["افتتح المصنع في عام 2014م.", "وبلغ إنتاجه ألف طن في 1436هـ.", "ثم توسع."],
            Sentences("افتتح المصنع في عام 2014م. وبلغ إنتاجه ألف طن في 1436هـ. ثم توسع."));

    [Fact]
    public void LatinAbbreviationsDoNotEndASentence() =>
        Assert.Equal(["التقى Dr. Smith مسؤولين من U.S. Army في بغداد.", "ثم غادر."],
            Sentences("التقى Dr. Smith مسؤولين من U.S. Army في بغداد. ثم غادر."));

    [Fact]
    public void InitialsSpeltInArabicDoNotEndASentence() =>
        Assert.Equal(["زار جورج دبليو. بوش المدينة.", "ثم غادر."], Sentences("زار جورج دبليو. بوش المدينة. ثم غادر."));

    [Fact]
    public void QuotationThatContinuesAfterAnEllipsisStaysOneSentence() =>
        Assert.Equal(["قال الوزير: \"الرد حازم… ويتناسب مع حجم الهجوم\".", "وانتهى المؤتمر."],
            Sentences("قال الوزير: \"الرد حازم… ويتناسب مع حجم الهجوم\". وانتهى المؤتمر."));

    [Fact]
    public void QuotationEndingWithFullStopClosesAfterTheQuoteMark() =>
        Assert.Equal(["قال: \"سنواصل العمل. لن نتراجع.\".", "ثم غادر."],
            Sentences("قال: \"سنواصل العمل. لن نتراجع.\". ثم غادر."));

    [Fact]
    public void GuillemetsAndBracketsThatContinueHoldTheSentence() =>
        Assert.Equal(["كتب «هل من حل؟ لا أظن» في مقاله (وهو طويل! جدا) أمس.", "وانتهى."],
            Sentences("كتب «هل من حل؟ لا أظن» في مقاله (وهو طويل! جدا) أمس. وانتهى."));

    [Fact]
    public void ClosingBracketAfterTerminatorBelongsToTheSentence() =>
        Assert.Equal(["(انتهى البيان.)", "بدأ غيره."], Sentences("(انتهى البيان.) بدأ غيره."));

    [Fact]
    public void StrayQuoteDoesNotSwallowTheParagraph() =>
        Assert.Equal(["قال \"إن الوضع صعب.", "ثم غادر."], Sentences("قال \"إن الوضع صعب. ثم غادر."));

    [Fact]
    public void EveryParagraphIsASentenceEvenWithoutFullStop() =>
        Assert.Equal(["عنوان الخبر", "نص الفقرة الأولى", "المصدر: وكالة"],
            Sentences("عنوان الخبر\nنص الفقرة الأولى\r\n\r\nالمصدر: وكالة"));

    [Fact]
    public void RepeatedTerminatorsStayWithTheirSentence() =>
        Assert.Equal(["أحقا؟!", "نعم..."], Sentences("أحقا؟! نعم..."));

    [Fact]
    public void ListNumberWithDotDoesNotEndASentence() =>
        Assert.Equal(["1. البند الأول", "2. البند الثاني"], Sentences("1. البند الأول\n2. البند الثاني"));

    [Fact]
    public void SentenceRecordsItsTokenRange()
    {
        var normalized = ArabicNormalizer.Normalize("وصل الوفد. غادر.");
        var sentences = SentenceSplitter.Split(normalized, Tokenizer.Tokenize(normalized));
        Assert.Equal([(0, 3), (3, 5)], sentences.Select(s => (s.FirstToken, s.EndToken)));
        Assert.Equal([0, 1], sentences.Select(s => s.Index));
    }
}
