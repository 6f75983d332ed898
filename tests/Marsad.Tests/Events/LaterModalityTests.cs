namespace Marsad.Tests.Events;

/// <summary>
/// Modality read after the act: an attribution closing its clause («، بحسب النقابة») tells it on a source's word, and a
/// denial that points back at it («، إلا أن الوزارة نفت الأمر», «لكن الجيش نفى ذلك» in the next sentence) denies it.
/// </summary>
public sealed class LaterModalityTests
{
    [Fact]
    public void AnAttributionClosingTheClauseMakesTheActReported() =>
        Assert.Equal(["COERCE/arrest reported"], EventTestPipeline.Coded(
            "اعتقلت الشرطة ثلاثة صحفيين في العاصمة، بحسب نقابة الصحفيين."));

    [Fact]
    public void AnAttributionWithMaAndAVerbMakesTheActReported() =>
        Assert.Equal(["COERCE/arrest reported"], EventTestPipeline.Coded(
            "اعتقلت الشرطة ثلاثة صحفيين في العاصمة، وفق ما أفادت مصادر محلية."));

    [Fact]
    public void AsToldClosingTheClauseMakesTheActReported() =>
        Assert.Equal(["ASSAULT/aerial reported"], EventTestPipeline.Coded(
            "وقصفت الطائرات مواقع للمسلحين قرب الحدود، كما ذكرت مصادر محلية لوكالة الأنباء."));

    [Fact]
    public void AsToldByANamedMinistryWithATimeMakesTheArrestReported() =>
        Assert.Equal(["COERCE/arrest reported"], EventTestPipeline.Coded(
            "اعتقلت الشرطة أربعة طلاب في المدينة، كما أعلنت وزارة الداخلية الأردنية أمس."));

    [Fact]
    public void AsAlsoSaidWithAnObjectLeavesTheActAsserted() =>
        Assert.Equal(["COERCE/arrest asserted"], EventTestPipeline.Coded(
            "اعتقلت الشرطة أربعة طلاب في المدينة، كما أكد المحافظ ضرورة الهدوء."));

    [Fact]
    public void APlanTheActFollowsIsNoSource() =>
        Assert.Equal(["COERCE/arrest asserted"], EventTestPipeline.Coded(
            "اعتقلت الشرطة ثلاثة صحفيين في العاصمة، وفق الخطة."));

    [Fact]
    public void AnAttackAfterAPrepositionOfTimeIsBackgroundAClosingAttributionDoesNotTell() =>
        Assert.Equal(["COERCE/arrest reported", "ASSAULT/suicide-attack asserted"], EventTestPipeline.Coded(
            "اعتقلت الشرطة عشرين شخصا غداة هجوم انتحاري على السوق، كما ذكرت مصادر أمنية."));

    [Fact]
    public void AnActAfterAPrepositionOfTimeIsBackgroundAnAttributionTheQuoteStepReadsDoesNotTell() =>
        Assert.Equal(["COERCE/arrest reported", "ASSAULT/targeted asserted"], EventTestPipeline.Coded(
            "اعتقلت الشرطة عشرة أشخاص بعد اغتيال قاض في المدينة، بحسب مصادر أمنية."));

    [Fact]
    public void AnAssassinationAfterBaadIsBackgroundWhileTheProtestIsReported() =>
        Assert.Equal(["PROTEST/demo reported", "ASSAULT/targeted asserted"], EventTestPipeline.Coded(
            "تظاهر آلاف الطلاب في العاصمة بعد اغتيال المعارض البارز، كما أفادت وكالة الأنباء الرسمية."));

    [Fact]
    public void AStepOnTheSamePeopleAfterThePrepositionIsToldWithTheAct() =>
        Assert.Equal(["COERCE/arrest reported", "COERCE/seize reported"], EventTestPipeline.Coded(
            "اعتقلت الشرطة ثلاثة ناشطين بعد مداهمة منازلهم، كما ذكرت مصادر حقوقية."));

    [Fact]
    public void ADenialInTheNextClauseDeniesTheReportedAct() =>
        Assert.Equal(["COERCE/arrest denied"], EventTestPipeline.Coded(
            "واعتقلت الشرطة ثلاثة صحفيين في العاصمة، بحسب النقابة، إلا أن وزارة الداخلية نفت الأمر."));

    [Fact]
    public void ADenialOpeningTheNextSentenceDeniesTheReportedAct() =>
        Assert.Equal(["COERCE/arrest denied"], EventTestPipeline.Coded(
            "وقال ناشطون إن الجيش اعتقل ثلاثة صحفيين في قرية حدودية. لكن الجيش نفى ذلك."));

    [Fact]
    public void ADenialOfAnActTheOutletAssertsLeavesItAsserted() =>
        Assert.Equal(["COERCE/arrest asserted"], EventTestPipeline.Coded(
            "اعتقلت الشرطة ثلاثة صحفيين في العاصمة. لكن الوزارة نفت ذلك."));

    [Fact]
    public void AnAccusingParticipleAfterTheActAccusesOfWhatFollowsItNotOfTheAct() =>
        Assert.Equal(["COERCE/censor asserted", "ACCUSE/allege asserted"], EventTestPipeline.Coded(
            "وأغلقت السلطات مكاتب قناة محلية، متهمة إياها بالتحريض على العنف."));

    [Fact]
    public void TheDeniersOwnParticipleAfterTheDenialIsNotDenied() =>
        Assert.Equal(["MOBILIZE/troops denied", "ACCUSE/disapprove asserted"], EventTestPipeline.Coded(
            "نفت الحكومة إرسال أي قوات إلى الحدود، واصفة التقرير الصحفي بأنه «غير مسؤول»."));
}
