using static Marsad.Tests.Time.RealNewsAnchor;

namespace Marsad.Tests.Time;

/// <summary>
/// One test per class of time error that the ninth real-news draw (bench/time/realnews-sample-seed71.tsv) showed, on
/// sentences the team wrote. The anchor (publication date) is Monday 10 August 2015.
/// </summary>
public sealed class TimeRealNewsNinthSampleTests
{
    [Theory]
    [InlineData("بلغت صادرات الشركة خلال العام 2012 نحو ثلاثة مليارات بارتفاع 12% مقارنة بالعام الذي سبقه.", "العام الذي سبقه", "2011")]
    [InlineData("افتتح المصنع في مارس 2010، وبدأ الإنتاج الفعلي في العام الذي تلاه.", "العام الذي تلاه", "2011")]
    [InlineData("وقعت الحادثة في 3 مايو 2014، وفي اليوم الذي سبقه أغلقت الشرطة الطريق.", "اليوم الذي سبقه", "2014-05-02")]
    public void APeriodARelativeClauseSetsBeforeOrAfterTheStorysIsCountedFromIt(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Fact]
    public void APeriodBeforeAnotherWithNoDateToCountFromIsNoTime() =>
        Assert.DoesNotContain(Times("لم يسجل أي عام اختلافا يذكر عن العام الذي سبقه في الأداء."), t => t.Text.Contains("العام", StringComparison.Ordinal));

    [Theory]
    [InlineData("كانت الصناديق صغيرة قبل عقد، لكن اليوم تدير مليارات الدولارات.")]
    [InlineData("كنا نسافر على الإبل، أما اليوم فيبدو السفر أيسر بكثير.")]
    [InlineData("وقال الخبير: \"اليوم، تدير الصناديق الكبرى أموالا طائلة\".")]
    [InlineData("واليوم، بعد سنوات من الحرب، يعود السكان إلى قراهم.")]
    public void TodaySetAgainstThePastOrFrontedWithACommaIsNowadays(string text) =>
        Assert.Equal("PRESENT_REF", Find(text, "اليوم")?.Value);

    [Theory]
    [InlineData("أعلنت الوزارة اليوم، في بيان رسمي، نتائج القبول.")]
    [InlineData("لكن الوزارة أعلنت اليوم نتائج القبول.")]
    public void TodayAfterItsVerbStaysThePublicationDay(string text) =>
        Assert.Equal("2015-08-10", Find(text, "اليوم")?.Value);

    [Fact]
    public void OfTimeAfterALengthNamesNoEvent() =>
        Assert.Equal("2005", Find("قبل عقد من الزمن كانت المدينة قرية صغيرة.", "قبل عقد من الزمن")?.Value);

    [Theory]
    [InlineData("أصدرت الهيئة التقرير السنوي لأعمالها.", "السنوي", "P1Y")]
    [InlineData("أقام المستشفى حفل المعايدة السنوي لموظفيه.", "السنوي", "P1Y")]
    [InlineData("يحرص اللاعبون على التمارين اليومية في النادي.", "اليومية", "P1D")]
    public void TheDefiniteAdjectiveOfARepeatedThingIsASet(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Theory]
    [InlineData("ارتفعت الإيرادات السنوية للشركة إلى مليار ريال.")]
    [InlineData("يبلغ المعدل السنوي للأمطار في المنطقة مئة ملم.")]
    [InlineData("أشاد المدير بجهود الزميل محمد الشهري في الحملة.")]
    [InlineData("كرم الأمير الطالب عبد الله الشهري لتفوقه.")]
    public void TheDefiniteAdjectiveOfAnAmountOrAFamilyNameIsNoSet(string text) =>
        Assert.DoesNotContain(Times(text), t => t.Type == Marsad.Time.TimexType.Set);

    [Theory]
    [InlineData("تولى المدرب السويسري آلان جيجر تدريب الفريق.")]
    [InlineData("ظهر الممثل ألان لاد في لقطة من أرشيفه.")]
    public void TheNameAlanWithAHamzaIsNoNow(string text) =>
        Assert.Empty(Times(text));

    [Theory]
    [InlineData("قال المسؤول إن النادي لا يستطيع التخفيض بالوقت الحالي.", "الوقت الحالي", "PRESENT_REF")]
    [InlineData("يتوقع أن يعود بقية الوزراء خلال الأيام القريبة إلى العاصمة.", "الأيام القريبة", "FUTURE_REF")]
    public void TheCurrentTimeAndTheNearDaysAreVagueReferences(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Theory]
    [InlineData("وبعد ثلاثة أيام من النقاش توافق الأعضاء على النص.", "ثلاثة أيام", "P3D")]
    [InlineData("عاد الفنان إلى المسرح بعد نحو خمس سنوات من غيابه عنه.", "نحو خمس سنوات", "P5Y")]
    public void ALengthOfALastingActivityIsADuration(string text, string expression, string value) =>
        Assert.Equal(value, Find(text, expression)?.Value);

    [Fact]
    public void ALengthAfterAMomentStaysADateCountedFromIt() =>
        Assert.Equal("2015-08-11", Assert.Single(Times("أعلنت الحركة تأكيد وفاة زعيمها يوم 10 أغسطس، وبعد يوم واحد من تأكيد وفاته اختارت خلفا له."),
            t => t.Text.StartsWith("بعد يوم واحد", StringComparison.Ordinal)).Value);
}
