using Marsad.Time;

namespace Marsad.Tests.Time;

public sealed class TimeRecognizerTests
{
    private static readonly DateOnly Monday12September2022 = new(2022, 9, 12);

    private static TimeExpression Single(string sentence, DateOnly? anchor, string text) =>
        Assert.Single(TimeRecognizer.Default.Recognize(sentence, anchor), t => t.Text == text);

    [Fact]
    public void ANumericDateWithADigitRunTooLongForANumberIsNoDate()
    {
        var times = TimeRecognizer.Default.Recognize("صدر القرار في 2024/03/022024030220240302 وأُعلن أمس.", Monday12September2022);

        Assert.Equal(["2024", "أمس"], times.Select(t => t.Text));
    }

    [Fact]
    public void YulyuAlMadiResolvesToMostRecentJulyBeforeAnchor()
    {
        Assert.Equal("2022-07", Single("وقع الهجوم في يوليو الماضي.", Monday12September2022, "يوليو الماضي").Value);
        Assert.Equal("2021-07", Single("وقع الهجوم في يوليو الماضي.", new DateOnly(2022, 7, 20), "يوليو الماضي").Value);
    }

    [Fact]
    public void DateWithinHalfAYearKeepsItsYearOverADisagreeingWeekday()
    {
        // 7 September was a Wednesday in 2022, a Thursday in 2023: thirteen days before the article, the date is the
        // one meant and the weekday the slip, flagged; a year-old date written without its year is not.
        var time = Single("عقد الاجتماع الأربعاء 7 سبتمبر في العاصمة.", new DateOnly(2023, 9, 20), "الأربعاء 7 سبتمبر");
        Assert.Equal("2023-09-07", time.Value);
        Assert.Contains(TimeFlags.WeekdayMismatch, time.Flags);
    }

    [Fact]
    public void WeekdayThatDisagreesWithAFullDateIsFlagged()
    {
        var time = Single("صدر القرار الخميس 12 سبتمبر 2022.", null, "الخميس 12 سبتمبر 2022");
        Assert.Equal("2022-09-12", time.Value);
        Assert.Contains(TimeFlags.WeekdayMismatch, time.Flags);
    }

    [Fact]
    public void DeicticDayWhoseWeekdayDisagreesIsTheLatestSuchWeekdayOnOrBeforeIt()
    {
        // 11 June 2024 was a Tuesday: the article's date is later than the day its writer named.
        var tuesday = new DateOnly(2024, 6, 11);
        var times = TimeRecognizer.Default.Recognize("أعلن الوزير اليوم الأحد أن المفاوضات مستمرة، وكان قد التقى أمس الجمعة نظيره.", tuesday);

        Assert.Equal([("اليوم الأحد", "2024-06-09"), ("أمس الجمعة", "2024-06-07")], times.Select(t => (t.Text, t.Value)));
        Assert.All(times, t => Assert.Contains(TimeFlags.WeekdayMismatch, t.Flags));
        Assert.All(times, t => Assert.Equal(tuesday, t.Anchor));
    }

    [Fact]
    public void PartOfADeicticDayWithADisagreeingWeekdayMovesWithTheDay()
    {
        // 15 June 2024 was a Saturday; «اليوم الخميس» is the Thursday before it.
        var time = Single("تظاهر المئات مساء اليوم الخميس أمام البرلمان.", new DateOnly(2024, 6, 15), "مساء اليوم الخميس");
        Assert.Equal("2024-06-13TEV", time.Value);
        Assert.Contains(TimeFlags.WeekdayMismatch, time.Flags);
    }

    [Fact]
    public void DeicticDayWhoseWeekdayAgreesIsUnflagged()
    {
        var saturday = new DateOnly(2024, 6, 15);
        var times = TimeRecognizer.Default.Recognize("أكدت اللجنة اليوم السبت ما أعلنته أول من أمس الخميس.", saturday);

        Assert.Equal([("اليوم السبت", "2024-06-15"), ("أول من أمس الخميس", "2024-06-13")], times.Select(t => (t.Text, t.Value)));
        Assert.All(times, t => Assert.DoesNotContain(TimeFlags.WeekdayMismatch, t.Flags));
    }

    [Fact]
    public void SpanCoversTheOriginalCharactersIncludingTatweelAndTanween()
    {
        const string sentence = "يبدأ العمل غداً في سبتـــمبر القادم.";
        var times = TimeRecognizer.Default.Recognize(sentence, Monday12September2022);
        Assert.Equal(["غداً", "سبتـــمبر القادم"], times.Select(t => t.Span.Slice(sentence)));
        Assert.Equal("2023-09", times[1].Value);
    }

    [Fact]
    public void ProcliticStaysOutsideTheSpan()
    {
        var time = Single("وبالأمس أعلنت الوزارة النتائج.", Monday12September2022, "الأمس");
        Assert.Equal(new Marsad.Documents.TextSpan(2, 7), time.Span);
        Assert.Equal("2022-09-11", time.Value);
    }

    [Fact]
    public void HijriDateIsConvertedWithUmmAlQura()
    {
        var time = Single("أقيم الحفل في 1 محرم 1444 هـ.", null, "1 محرم 1444 هـ");
        Assert.Equal("2022-07-30", time.Value);
        Assert.Contains(TimeFlags.Hijri, time.Flags);
    }

    [Fact]
    public void OffsetFromAnEventUsesTheDateTheArticleGivesForIt()
    {
        const string text = "قررت الحكومة، الأربعاء 7 سبتمبر 2022، قطع علاقاتها مع الجارة. وجاءت الزيارة بعد شهر ونصف من إعلانها قطع العلاقات.";
        var time = Single(text, new DateOnly(2022, 11, 30), "بعد شهر ونصف من إعلانها قطع العلاقات");
        Assert.Equal("2022-10", time.Value);
        Assert.Equal(new DateOnly(2022, 9, 7), time.Anchor);
        Assert.Contains(TimeFlags.EventRelative, time.Flags);
    }

    [Fact]
    public void OffsetFromAnUndatedEventFallsBackToTheAnchorAndIsApproximate()
    {
        var time = Single("جاءت الزيارة بعد ثلاثة أسابيع من توقيع الاتفاق.", new DateOnly(2022, 10, 24), "بعد ثلاثة أسابيع من توقيع الاتفاق");
        Assert.Equal("2022-10", time.Value);
        Assert.Equal(new DateOnly(2022, 10, 24), time.Anchor);
        Assert.Contains(TimeFlags.Approximate, time.Flags);
    }

    [Fact]
    public void WithoutAnAnchorUnknownPartsAreWrittenAsX()
    {
        var times = TimeRecognizer.Default.Recognize("وصل الوفد أمس، وعاد في 7 سبتمبر.", anchor: null);
        Assert.Equal(["XXXX-XX-XX", "XXXX-09-07"], times.Select(t => t.Value));
        Assert.All(times, t => Assert.Null(t.Anchor));
    }

    [Fact]
    public void ExplicitDateRecordsNoAnchorWhileAYearlessOneRecordsTheAnchorItUsed()
    {
        var times = TimeRecognizer.Default.Recognize("التقيا في 3 مايو 2021 ثم في 5 سبتمبر.", Monday12September2022);
        Assert.Null(times[0].Anchor);
        Assert.Equal(Monday12September2022, times[1].Anchor);
        Assert.Contains(TimeFlags.YearInferred, times[1].Flags);
    }

    [Fact]
    public void EveryExpressionRecordsTheRuleThatProducedIt()
    {
        var times = TimeRecognizer.Default.Recognize("منذ عام 2014 وحتى الأسبوع الماضي، خلال 24 ساعة.", Monday12September2022);
        Assert.Equal(["since.date.year", "until.relative.period-direction", "within.duration"], times.Select(t => t.Rule));
    }

    [Fact]
    public void CardinalNumbersThatCountPeopleAreNotDurations()
    {
        Assert.Empty(TimeRecognizer.Default.Recognize("أصيب ثلاثة أشخاص وقتل 24 مدنيا في 7 مواقع.", Monday12September2022));
    }

    [Fact]
    public void TwoOffsetsFromEventsInOneTextAreBothResolved()
    {
        var times = TimeRecognizer.Default.Recognize(
            "بعد يومين من الهجوم، وبعد أسبوع من الانسحاب، عادت الحياة.", new DateOnly(2022, 9, 12));
        Assert.Equal(2, times.Count);
        Assert.All(times, t => Assert.Contains(TimeFlags.EventRelative, t.Flags));
    }

    [Theory]
    [InlineData("بنيت المدينة قبل 9000 عام، وستبقى بعد 8000 سنة.")]
    [InlineData("تكونت الأرض قبل 4.5 مليار سنة، وستبقى الشمس مضيئة بعد 5 مليارات عام.")]
    public void OffsetsBeyondTheCalendarAreDroppedRatherThanThrown(string text) =>
        Assert.Empty(TimeRecognizer.Default.Recognize(text, new DateOnly(2022, 9, 12)));

    [Fact]
    public void ASinceOverALengthIsACountBackWhileASinceANamedMonthIsNot()
    {
        var times = TimeRecognizer.Default.Recognize("تعتقل السلطات الصحفي منذ شهرين، وتحتجز شقيقه منذ أبريل الماضي.", Monday12September2022);

        Assert.Equal([true, false], times.Select(t => t.Has(TimeFlags.CountBack)));
        Assert.All(times, t => Assert.True(t.Has(TimeFlags.Since)));
    }
}
