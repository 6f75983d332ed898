using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// A deictic day inside quoted speech counts from the day the speaker spoke: the day the article's first sentence gives
/// when that is in the week before the publication date (Monday 10 August 2015), else the publication date.
/// </summary>
public sealed class TimeQuotedSpeechTests
{
    [Theory]
    [InlineData("قال وزير الخارجية أمس الأحد في مؤتمر صحفي: «التقيت أمس نظيري الفرنسي وبحثنا الأزمة».", "أمس", "2015-08-08")]
    [InlineData("انفجرت عبوة ناسفة الأحد في سوق المدينة. وقال قائد الشرطة \"هذا الصباح انفجرت عبوة قرب السوق\".", "هذا الصباح", "2015-08-09TMO")]
    [InlineData("صرح المتحدث باسم الوزارة السبت للصحفيين: “نتوقع أن يصل الوفد غدا إلى العاصمة”.", "غدا", "2015-08-09")]
    public void ADeicticDayInQuotedSpeechCountsFromTheLeadsDay(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Theory]
    // The lead is dated today: the speaker spoke today.
    [InlineData("قال الوزير اليوم في كلمته: «التقيت أمس نظيري الفرنسي».")]
    // The first day-level date is in a later sentence, background rather than the speaker's day.
    [InlineData("تتواصل المفاوضات بين الطرفين. وكان الوفد وصل الخميس الماضي إلى العاصمة. وقال المتحدث: «عقدنا أمس جلسة طويلة».")]
    // Outside quotation marks the word is the writer's.
    [InlineData("أعلنت الشركة الأحد أن مجلس إدارتها وافق أمس على الصفقة.")]
    public void ADeicticDayOutsideQuotedSpeechOfAPastLeadCountsFromThePublicationDate(string text) =>
        Assert.Equal("2015-08-09", Find(text, "أمس")?.Value);
}
