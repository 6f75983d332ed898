namespace Marsad.Tests.Events;

/// <summary>
/// Four cues of modality.tsv: a negation with an exception after it («لم تعتقل الشرطة سوى …», `exception`) restricts
/// the act, which happened; a word of hoping with «أنْ» before a verb («أعرب عن أمله أن …», `hope_that`) makes the act
/// hoped for planned (not the speaker's own «نأمل أن …», an appeal); «على أن» before a verb sets a term, planned; a verb of confirming an operation («أكدت الشرطة اعتقال …», `announce`) tells it on the doer's word.
/// </summary>
public sealed class ExceptionHopeAndConfirmationModalityTests
{
    [Fact]
    public void AnArrestRestrictedByAnExceptionHappened() =>
        Assert.Equal(["COERCE/arrest asserted"], EventTestPipeline.Coded(
            "لم تعتقل الشرطة سوى شخص واحد في المدينة."));

    [Fact]
    public void ANegationFollowedByHoweverStillNegates() =>
        Assert.Equal(["COERCE/arrest negated"], EventTestPipeline.Coded(
            "ولم تعتقل الشرطة أحدا في المدينة، إلا أن مصادر محلية تحدثت عن مداهمات."));

    [Fact]
    public void AWithdrawalAMinisterHopesForIsPlanned() =>
        Assert.Equal(["CONCEDE/- planned"], EventTestPipeline.Coded(
            "وأعرب الوزير عن أمله أن تنسحب القوات من المدينة خلال أيام."));

    [Fact]
    public void TalksAGovernmentHopesToResumeArePlanned() =>
        Assert.Equal(["AGREE/- planned"], EventTestPipeline.Coded(
            "وتأمل الحكومة أن تستأنف المحادثات مع المعارضة قريبا."));

    [Fact]
    public void AShellingToldByAWomanNamedAmalIsNoHope() =>
        Assert.Equal(["ASSAULT/heavy-weapons reported"], EventTestPipeline.Coded(
            "وقالت أمل إن القوات قصفت المدينة."));

    [Fact]
    public void AnArrestThePoliceConfirmIsReportedOnTheirWord() =>
        Assert.Equal(["COERCE/arrest reported"], EventTestPipeline.Coded(
            "وأكدت الشرطة اعتقال ثلاثة أشخاص في المدينة."));

    [Fact]
    public void AReleaseATermSetsAfterAlaAnIsPlanned() =>
        Assert.Equal(["RETREAT/release asserted", "CONCEDE/- planned"], EventTestPipeline.Coded(
            "وأفرجت السلطات عن عشرة معتقلين أمس، على أن تفرج عن الباقين الأسبوع المقبل."));

    [Fact]
    public void TheSpeakersOwnHopeThatAnotherActsIsNoProjectedAct() =>
        Assert.Equal(["RETREAT/release asserted"], EventTestPipeline.Coded(
            "ونأمل أن تفرج الحكومة عن المعتقلين."));
}
