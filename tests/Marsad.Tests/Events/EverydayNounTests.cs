using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// Trigger words read in another noun's sense, kept from coding by Resources/Events/non-triggers.tsv (evsense12): «لقمة»,
/// the morsel of a livelihood, is no ل + summit; the top of a ranking or of a list of priorities is no
/// summit; a place held after a demonstrative is no occupation; a telephone with its owner's pronoun is no call; a warning of a danger
/// breaking out is no threat against anyone; a province named by its police is no boycott (NonTriggerTests keeps a
/// seized city an occupation).
/// </summary>
public sealed class EverydayNounTests
{
    [Fact]
    public void EarningALivelihoodIsNoSummit() =>
        Assert.Empty(Coded("ويكافح آلاف العمال في الموانئ من أجل لقمة عيشهم."));

    [Fact]
    public void TheTopOfAListOfPrioritiesIsNoSummit() =>
        Assert.Empty(Coded("ويأتي أمن الحدود في قمة أولويات الحكومة الأردنية."));

    [Fact]
    public void APhoneWithItsOwnerIsNoCall() =>
        Assert.Empty(Coded("وفحص الخبراء حاسوب المتهم وهاتفه بحثا عن رسائل مشفرة."));

    [Fact]
    public void AWarningOfAWarBreakingOutIsNoThreat() =>
        Assert.Empty(Coded("وحذرت روسيا من مغبة اندلاع حرب شاملة في المنطقة."));

    [Fact]
    public void APoliceOfAProvinceIsNoBoycott() =>
        Assert.Empty(Coded("وأعلنت شرطة مقاطعة الشمال أن الطريق الساحلي أعيد فتحه."));

    [Fact]
    public void ACountyNamedByItsProsecutorCourtOrGovernmentIsNoBoycott()
    {
        Assert.Empty(Coded("وقدم مدعي المقاطعة طعنا في الحكم أمام محكمة الاستئناف."));
        Assert.Empty(Coded("وأصدرت محكمة المقاطعة قرارها في القضية أمس."));
        Assert.Empty(Coded("وقالت حكومة المقاطعة إن الانتخابات ستجري في موعدها."));
    }

    [Fact]
    public void APriceFallingBelowALevelIsNoConcession()
    {
        Assert.Empty(Coded("وتراجع سعر النفط عن حاجز 60 دولارا للبرميل في تعاملات أمس."));
        // A government backing down from a decision stays a concession.
        Assert.Equal(["CONCEDE/- asserted"], Coded("وتراجعت الحكومة عن قرار رفع أسعار الوقود بعد الاحتجاجات."));
    }

    [Fact]
    public void ABlowDealtByWhatHappenedIsNoAttack()
    {
        Assert.Empty(Coded("وارتفعت أسعار الفائدة، وهو ما يوجه ضربة جديدة لقطاع العقارات."));
        Assert.Equal(["ASSAULT/- asserted"], Coded("ووجه الجيش ضربة قوية لمواقع المسلحين في الجبال."));
    }

    [Fact]
    public void PoliticalManoeuvresAreNoMilitaryExercise()
    {
        Assert.Empty(Coded("ويميل الوفد إلى المناورات والمراوغات في كل جولة."));
        Assert.Empty(Coded("ولجأ الحزب إلى مناورات سياسية لتأجيل التصويت."));
        Assert.Equal(["COOPERATE/- asserted"], Coded("وأجرت القوات البحرية مناورات في الخليج الأسبوع الماضي."));
    }

    [Fact]
    public void HoldingThisPlaceIsNoOccupation() =>
        Assert.Empty(Coded("وكانت أول امرأة تحتل هذا الموقع في تاريخ النقابة."));
}
