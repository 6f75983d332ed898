using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// Trigger words in an everyday sense that Resources/Events/non-triggers.tsv and triggers.tsv keep from coding: توسط with
/// a direct object is "lies in the middle of" (mediation takes بين, في or لدى), سلم من is "was spared", training named by
/// its sports kind is a team's practice, an agreement named by its field is the accord as a thing, على opening «على
/// غرار» names nothing agreed on, and destroying a life or rescuing from collapse is a figure of speech.
/// </summary>
public sealed class EverydaySenseTests
{
    [Fact]
    public void StandingInTheMiddleOfAPhotoIsNoMediation() =>
        Assert.Empty(Coded("والتقطت صورة تذكارية للطلاب يتوسطهم وزير التعليم."));

    [Fact]
    public void MediatingBetweenPartiesIsStillThirdPartyConsultation() =>
        Assert.Equal(["CONSULT/third-party asserted"], Coded("وتوسطت قطر بين الحكومة والمعارضة في الأسبوع الماضي."));

    [Fact]
    public void BeingSparedIsNoHandover() =>
        Assert.Empty(Coded("وذكر أن الشركة لم تسلم من الخسائر في العام الماضي."));

    [Fact]
    public void TeamTrainingIsNoJointExercise() =>
        Assert.Empty(Coded("وشارك اللاعب في التدريبات الجماعية مع زملائه أمس."));

    [Fact]
    public void OneArmysOwnDrillsAreNoJointExercise() =>
        Assert.Empty(Coded("وأجرى الجيش الباكستاني تدريبات بالذخيرة الحية قرب الحدود الشرقية."));

    [Fact]
    public void FightersReceivingTrainingIsNoJointExercise() =>
        Assert.Empty(Coded("وتلقى عناصر التنظيم تدريبات في معسكرات داخل سوريا."));

    [Fact]
    public void TrainingHeldWithAnotherNavyIsStillAJointExercise() =>
        Assert.Equal(["COOPERATE/- asserted"], Coded("وأجرت البحرية الأردنية تدريبات مع نظيرتها الفرنسية في خليج العقبة."));

    [Fact]
    public void JoiningTrainingLedByOthersIsStillAJointExercise() =>
        Assert.Equal(["COOPERATE/- asserted"], Coded("وانضمت البحرية الكويتية إلى تدريبات يقودها الجيش البريطاني."));

    [Fact]
    public void ABanOnSellingArmsIsAnEmbargoNoSale() =>
        Assert.Equal(["SANCTION/discontinue planned"], Coded("وقررت ألمانيا حظر بيع السعودية صواريخ مضادة للدروع."));

    [Fact]
    public void ANamedAccordIsNoAgreeing() =>
        Assert.Empty(Coded("وأثر الاتفاق النووي الإيراني على أسعار النفط في الأسواق."));

    [Fact]
    public void AlaGhirarNamesNothingAgreedOn() =>
        Assert.Empty(Coded("وجاء الاتفاق على غرار ما حدث في السودان قبل عامين."));

    [Fact]
    public void AgreeingOnAnExchangeIsStillAgreement() =>
        Assert.Equal(["AGREE/- asserted"], Coded("واتفق الطرفان على تبادل الأسرى الأسبوع المقبل."));

    [Fact]
    public void DestroyingALifeIsAFigure() =>
        Assert.Empty(Coded("فالإدمان يدمر حياة الشباب في المدن الكبرى."));

    [Fact]
    public void RescuingFromCollapseIsAFigure() =>
        Assert.Empty(Coded("وتسعى الإدارة الجديدة إلى إنقاذ النادي من الانهيار المالي."));

    [Fact]
    public void DestroyingABridgeIsStillAnAssault() =>
        Assert.Equal(["ASSAULT/destroy asserted"], Coded("ودمرت الطائرات الحربية جسرا رئيسيا في المدينة."));

    [Fact]
    public void AlaHaddiSawaaNamesNothingAgreedOn() =>
        Assert.Empty(Coded("ويطلب أنصار الاتفاق ومنتقدوه على حد سواء مساعدة الخبراء في قراءته."));

    [Fact]
    public void AProvinceNamedByItsCouncilIsNoBoycott() =>
        Assert.Empty(Coded("انتخب مجلس مقاطعة أونتاريو رئيسا جديدا له."));

    [Fact]
    public void WhatTwoPeopleMissedIsNoAccusation() =>
        Assert.Empty(Coded("كانا يحاولان تعويض ما فاتهما، بعد سنوات الغربة."));
}
