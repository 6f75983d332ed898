using Marsad.Events;

namespace Marsad.Tests.Events;

/// <summary>
/// An act not yet done: one asked of someone through a complementiser (modality.tsv `ask_that`) is planned; one dated
/// after the article's day is planned whatever its verb's tense (UpcomingAct; talks and visits ahead are an intent to
/// meet, AGREE); and a planned act takes no date before the article's day from its sentence (EventSetting), which
/// belongs to another act, but for the day of the decision that made it planned. Sentences written for these tests; the articles are published on 2024-03-10.
/// </summary>
public sealed class NotYetDoneTests
{
    [Fact]
    public void AnActAskedOfAnAddresseeIsPlanned() =>
        Assert.Equal(["CONCEDE/- planned"], EventTestPipeline.Coded(
            "وطلبت النقابة من الشركة أن تفرج عن العمال المعتقلين."));

    [Fact]
    public void AMeetingTomorrowIsAnIntentToMeet() =>
        Assert.Equal(["AGREE/- planned"], EventTestPipeline.Coded(
            "ويجتمع وزراء الخارجية العرب غدا في القاهرة لبحث الأزمة."));

    [Fact]
    public void AVisitOnAComingWeekdayIsPlannedForThatDay()
    {
        var visit = EventTestPipeline.Only("ويزور الرئيس الفرنسي الجزائر الثلاثاء المقبل.", PloverType.AGREE);

        Assert.Equal((EventModality.Planned, "2024-03-12"), (visit.Modality, visit.Date));
    }

    [Fact]
    public void AnIntendedActTakesNotTheDayItWasToldOn()
    {
        var closure = EventTestPipeline.Only("وأبلغت الحكومة السفراء أمس عزمها إغلاق المعبر الحدودي.", PloverType.COERCE);

        Assert.Equal((EventModality.Planned, (string?)null), (closure.Modality, closure.Date));
    }

    [Fact]
    public void ADecidedActKeepsTheDayOfTheDecision()
    {
        var closure = EventTestPipeline.Only("وقررت الحكومة أمس إغلاق المعبر الحدودي مع الجارة.", PloverType.COERCE);

        Assert.Equal((EventModality.Planned, "2024-03-09"), (closure.Modality, closure.Date));
    }
}
