using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// One test per class of time error that the eighth real-news draw (bench/time/realnews-sample-seed67.tsv) showed, on
/// sentences the team wrote. The anchor (publication date) is Monday 10 August 2015.
/// </summary>
public sealed class TimeRealNewsEighthSampleTests
{
    [Theory]
    [InlineData("يرى الخبراء أن الطلب على الغاز سيرتفع في المستقبل بسبب نمو السكان.", "المستقبل", "FUTURE_REF")]
    [InlineData("قال الكاتب إن الشعوب التي لا تتعلم من دروس الماضي تكرر أخطاءها.", "الماضي", "PAST_REF")]
    [InlineData("يجمع المعرض بين الماضي والحاضر في أجنحة متجاورة.", "الحاضر", "PRESENT_REF")]
    [InlineData("أكد الوزير أن الاتفاق يحمي مستقبل المزارعين في المنطقة.", "مستقبل", "FUTURE_REF")]
    [InlineData("دعا الشيخ إلى التمسك بهويتنا ومستقبلنا.", "مستقبلنا", "FUTURE_REF")]
    [InlineData("يسهم الشباب في صياغة حاضر ومستقبل البلاد.", "حاضر", "PRESENT_REF")]
    public void ThePastPresentAndFutureNamedAsNounsAreVagueReferences(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Theory]
    [InlineData("سجل اللاعب عشرة أهداف في الموسم الماضي مع فريقه.")]
    [InlineData("تغلب الفريق المستقبل على ضيفه بهدفين.")]
    [InlineData("أشاد المدرب بالجمهور الحاضر في الملعب.")]
    [InlineData("كان الوزير حاضراً في الاجتماع.")]
    public void TheSameWordsQualifyingADefiniteNounOrMeaningAttendingAreNoTime(string text) =>
        Assert.Empty(Times(text));
}
