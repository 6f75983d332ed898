namespace Marsad.Tests.Events;

/// <summary>
/// An act noun told of through a preposition of topic with a noun of its outbreak or renewal between (modality.tsv
/// `onset`: «تحدثت مصادر عن تجدد الاشتباكات», «أنباء عن اندلاع مواجهات») is reported, as right after the preposition.
/// </summary>
public sealed class TopicOnsetModalityTests
{
    [Fact]
    public void ClashesSourcesTalkOfTheRenewalOfAreReported() =>
        Assert.Equal(["ASSAULT/- reported"], EventTestPipeline.Coded(
            "وتحدثت مصادر محلية عن تجدد الاشتباكات بين الجيش والمسلحين في ريف المدينة."));

    [Fact]
    public void ClashesNewsTellOfTheOutbreakOfAreReported() =>
        Assert.Equal(["PROTEST/riot reported"], EventTestPipeline.Coded(
            "ونقلت الوكالة أنباء عن اندلاع مواجهات بين الشرطة والمحتجين في وسط العاصمة."));
}
