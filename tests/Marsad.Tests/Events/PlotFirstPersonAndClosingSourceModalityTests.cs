using Marsad.Events;

namespace Marsad.Tests.Events;

/// <summary>
/// Modality read from words a clause away (evmod20): an act a party plotted, in any person and tense of the verb of
/// plotting (modality.tsv `before`: خطط، خططت، يخططون), is planned; a speaker's own speech act in its quote, its verb in
/// the first person after «أنا/نحن» (arguments.tsv `first_person`), is the speaker's and asserted, not told on its word;
/// a quote closed by «، كما يقول» and its source, with the source's name after its title and where the source spoke
/// after it («في حديثه للصحيفة»), tells its acts on that source's word: reported, also those before a full stop inside
/// the quote; an act whose course (modality.tsv `course`: سير، مجريات) a party wants to follow is under way, not planned.
/// Sentences written for these tests; each ran through `analyze` on the base build first (asserted there).
/// </summary>
public sealed class PlotFirstPersonAndClosingSourceModalityTests
{
    [Fact]
    public void AnAttemptAGroupPlottedIsPlanned() =>
        Assert.Equal(["ASSAULT/targeted planned"], EventTestPipeline.Coded(
            "وخططت الجماعة لمحاولة اغتيال الوزير في العاصمة."));

    [Fact]
    public void ABombingMenPlottedIsPlanned() =>
        Assert.Equal(["ASSAULT/explosives planned"], EventTestPipeline.Coded(
            "وخطط المسلحون لتفجير سيارة مفخخة قرب السفارة."));

    [Fact]
    public void BattlesWhoseCourseAMinisterWantsToFollowAreNotPlanned() =>
        Assert.Equal(["ASSAULT/- reported"], EventTestPipeline.Coded(
            "وقال الوزير إنه يريد الاطمئنان على سير المعارك في الجبهة الشمالية."));

    [Fact]
    public void ACondemnationTheSpeakerVoicesInTheFirstPersonIsItsOwnAndAsserted()
    {
        var events = EventTestPipeline.Events("وقال الرئيس التركي: «أنا أدين هذا الهجوم الإرهابي باسم شعبي».");

        Assert.Equal(["ACCUSE/disapprove asserted", "ASSAULT/- reported"], events.Select(e => $"{e.Type}/{e.Mode ?? "-"} {e.Modality.Name()}"));
        Assert.Equal("الرئيس التركي[TUR]", EventTestPipeline.Actor(events[0].Source));
    }

    [Fact]
    public void ActsInAQuoteClosedByItsNamedSourceAndWhereItSpokeAreReported() =>
        Assert.Equal(["COERCE/seize reported", "ASSAULT/- reported"], EventTestPipeline.Coded(
            "«اقتحم المقاتلون القرية وقتلوا عشرة مدنيين»، كما يقول الناشط السوري أحمد خالد في حديثه للصحيفة."));

    // ClosingAttribution.After: a full stop inside the quotation marks the trigger stands in ends a sentence of the quote,
    // not the clause «، كما يقول …» after the closing mark closes, so the act before that full stop is told on the source's word too.
    [Fact]
    public void AnActBeforeAFullStopInsideTheQuoteIsReportedByTheSourceClosingIt() =>
        Assert.Equal(["COERCE/seize reported", "COERCE/arrest reported"], EventTestPipeline.Coded(
            "«داهم الجنود المنازل فجرا. واعتقلوا عشرين شابا من الحي»، كما يقول الناشط الحقوقي سامر يوسف في حديثه للإذاعة."));
}
