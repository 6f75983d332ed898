namespace Marsad.Tests.Events;

/// <summary>
/// An act feared, plotted or threatened (UnrealizedAct: anticipation.tsv, intentions.tsv, modality.tsv `threatened`), or
/// agreed to through a complementiser (`agree_that`), has not happened: planned (talks planned are an intent to meet,
/// AGREE). A negated verb of announcing negates the telling, not the act it tells of.
/// </summary>
public sealed class UnrealizedActModalityTests
{
    [Fact]
    public void AnActFearedThroughOfIsPlanned() =>
        Assert.Equal(["ASSAULT/- planned"], EventTestPipeline.Coded(
            "وهرب المعارض خوفا من قتله على يد المسلحين."));

    [Fact]
    public void AVerbFearedThroughThatIsPlanned() =>
        Assert.Equal(["ASSAULT/- planned"], EventTestPipeline.Coded(
            "وغادر السكان القرية خشية أن يهاجمها المسلحون مجددا."));

    [Fact]
    public void AnActAPlanNamesIsPlanned() =>
        Assert.Equal(["ASSAULT/abduct planned"], EventTestPipeline.Coded(
            "وكشفت الشرطة خطة خطفه من منزله في العاصمة."));

    [Fact]
    public void AnActPeopleAreThreatenedWithIsPlanned() =>
        Assert.Equal(["COERCE/deport planned"], EventTestPipeline.Coded(
            "ويعيش آلاف اللاجئين في المخيمات مهددين بالترحيل إلى بلادهم."));

    [Fact]
    public void TalksAgreedToThroughAComplementiserAreAnAgreementNotTalksHeld() =>
        Assert.Equal(["AGREE/- asserted"], EventTestPipeline.Coded(
            "ووافقت الحركة أن تتفاوض مع الحكومة الشهر المقبل."));

    [Fact]
    public void ANegatedAnnouncementLeavesTheActItTellsOfAsserted() =>
        Assert.Equal(["CONSULT/visit asserted"], EventTestPipeline.Coded(
            "ولم تعلن نبأ زيارة الوزير إلى عمان حتى الآن."));
}
