using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// Acts told on someone's word are reported (ModalityResolver): after the impersonal «يقال إن / قيل إن» (modality.tsv
/// claim_that, reported), before a closing «كما أفاد …» that no comma sets off (ClosingAttribution), and in a quote whose
/// speaker is an unnamed group (a plural participle of saying after «عدد من …», which the quote step names by its words).
/// Sentences written for these tests.
/// </summary>
public sealed class ReportedModalityTests
{
    [Fact]
    public void AMeetingItIsSaidTookPlaceIsReported()
    {
        var meeting = Only("ويقال إن الوزير التقى بالسفير الأميركي سرا في القاهرة.", PloverType.CONSULT);

        Assert.Equal(EventModality.Reported, meeting.Modality);
    }

    [Fact]
    public void AnAttackClosedByKamaAfadaWithoutACommaIsReported()
    {
        var attack = Only("واستهدف هجوم بسيارة مفخخة حاجزا للشرطة في جنوب المدينة كما أفاد المرصد السوري لحقوق الإنسان.", PloverType.ASSAULT);

        Assert.Equal(EventModality.Reported, attack.Modality);
    }

    [Fact]
    public void AnArrestToldByUnnamedResidentsIsReported()
    {
        var arrest = Only("ويشيد عدد من السكان بالحملة، قائلين بأن الشرطة اعتقلت عشرين لصا في الحي.", PloverType.COERCE);

        Assert.Equal(EventModality.Reported, arrest.Modality);
        Assert.Equal("عدد من السكان", arrest.AttributedTo?.Text);
    }

    [Fact]
    public void ADemolitionToldByUnnamedPeopleIsReported()
    {
        var demolition = Only("وتنتقد مجموعة من الأهالي المجلس البلدي، قائلين بأن الجرافات هدمت منازلهم دون إنذار.", PloverType.ASSAULT);

        Assert.Equal(EventModality.Reported, demolition.Modality);
    }
}
