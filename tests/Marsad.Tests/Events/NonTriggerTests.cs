namespace Marsad.Tests.Events;

/// <summary>
/// Words that look like triggers but name no event: religious formulas and idioms (Resources/Events/non-triggers.tsv),
/// a patient verb («تعرض ل» undergo, not «عرض» offer) and an adverb read as a verb (و + هناك, not هنأ).
/// </summary>
public sealed class NonTriggerTests
{
    [Fact]
    public void TheBlessingOnTheProphetIsNoHandover() =>
        Assert.Empty(EventTestPipeline.DescribeAll("وقال الخطيب إن النبي صلى الله عليه وسلم أوصى بالجار خيرا."));

    [Fact]
    public void APraiseFormulaAfterTheNameOfGodIsNoEvent() =>
        Assert.Empty(EventTestPipeline.DescribeAll("وذكر الإمام أن الله عز وجل أمر بالعدل بين الناس."));

    [Fact]
    public void RankingFirstIsNoOccupation() =>
        Assert.Empty(EventTestPipeline.DescribeAll("احتلت الجامعة المركز الأول في التصنيف العربي هذا العام."));

    [Fact]
    public void NotCommentingOnAnAgreementIsNoSuspensionOfIt() =>
        Assert.Empty(EventTestPipeline.DescribeAll("ولم تعلق تركيا على الاتفاق حتى مساء أمس."));

    [Fact]
    public void SuspendingAnAgreementIsStillASanction() =>
        Assert.Equal(["SANCTION/discontinue asserted تركيا[TUR] → اليونان[GRC] -"], EventTestPipeline.DescribeAll("وعلقت تركيا الاتفاق مع اليونان."));

    [Fact]
    public void FilmPiracyIsNoCyberAttack() =>
        Assert.Empty(EventTestPipeline.DescribeAll("حذرت الشركة من قرصنة الأفلام عبر المواقع المجانية."));

    [Fact]
    public void ASeizedCityIsStillAnOccupation() =>
        Assert.Equal(["COERCE/seize asserted القوات الروسية[RUS] → المدينة[-] -", "ASSAULT/- asserted ? → ? -"],
            EventTestPipeline.DescribeAll("احتلت القوات الروسية المدينة بعد معارك عنيفة."));

    [Fact]
    public void BeingSubjectedToCriticismIsNoOfferButTheCriticismTargetsTheSubject() =>
        Assert.Equal(["ACCUSE/disapprove asserted ? → الوزير[-] -"], EventTestPipeline.DescribeAll("تعرض الوزير لانتقادات واسعة على مواقع التواصل."));

    [Fact]
    public void TheAttackerNamedByTheDefiniteParticipleIsNoAttack() =>
        Assert.Empty(EventTestPipeline.DescribeAll("وأوضحت الشرطة أن المهاجمة الفارة طالبة جامعية في الثلاثين من عمرها."));

    [Fact]
    public void AndThereIsIsNoCongratulation() =>
        Assert.Empty(EventTestPipeline.DescribeAll("وهناك مخاوف كبيرة لدى السكان من ارتفاع الأسعار."));

    [Fact]
    public void CategoricalAfterADenialOrAMannerNounIsNoBoycott()
    {
        Assert.Equal(["ACCUSE/allege denied"], EventTestPipeline.Coded("ونفت الحكومة الجزائرية نفيا قاطعا اتهام المغرب بدعم المسلحين."));
        Assert.Empty(EventTestPipeline.Coded("وأكد الوزير بشكل قاطع أن بلاده لن تغير موقفها."));
        Assert.Equal(["PROTEST/boycott asserted"], EventTestPipeline.Coded("وقاطعت أحزاب المعارضة الانتخابات البرلمانية في مصر."));
    }

    [Fact]
    public void AMarchInTheSingularIsAProtestOnlyWithAWordOfProtestOrItsOrganisers()
    {
        Assert.Empty(EventTestPipeline.Coded("وتحدث الوزير عن مسيرة التنمية في المملكة خلال العقود الماضية."));
        Assert.Equal(["PROTEST/demo asserted"], EventTestPipeline.Coded("وخرجت مسيرة احتجاجية في شوارع عمان ضد قرار الحكومة."));
        Assert.Equal(["PROTEST/demo asserted"], EventTestPipeline.Coded("وشارك الآلاف في المسيرة التي دعت إليها النقابات في تونس."));
    }
    [Fact]
    public void TheSociologistIsNoMeeting() =>
        Assert.Empty(EventTestPipeline.DescribeAll("وقال عالم الاجتماع الفرنسي إن المدن الكبيرة تغير عادات سكانها."));

    [Fact]
    public void SocialAsAnAdjectiveIsNoMeetingOfTheSpeaker() =>
        Assert.Empty(EventTestPipeline.DescribeAll("وقال الباحث المصري أحمد زكي إن الإنسان اجتماعي بطبعه ويحتاج إلى غيره."));

    [Fact]
    public void SeekersOfRestAreNoDemand() =>
        Assert.Empty(EventTestPipeline.DescribeAll("وتجذب تونس آلاف السياح وطالبي الراحة كل صيف."));

    [Fact]
    public void MyArrestInTheSpeakersOwnWordsIsStillAnArrest() =>
        Assert.Equal(["COERCE/arrest reported الشرطة[-] → ? 2024-03-09"], EventTestPipeline.DescribeAll("وقال المعارض البارز: «جاءت الشرطة إلى منزلي لاعتقالي فجر أمس»."));

    [Fact]
    public void MyArrestAfterAPassiveAuxiliaryIsStillAnArrest() =>
        Assert.Equal(["COERCE/arrest asserted قوات الأمن[-] → ? -"], EventTestPipeline.DescribeAll("وأثناء عودتي من المدينة تم اعتقالي مع زملاء آخرين من قبل قوات الأمن."));

    [Fact]
    public void AMinisterialPostIsNoVisit() =>
        Assert.Empty(EventTestPipeline.DescribeAll("وشغل الوزير الفرنسي أول منصب وزاري في باريس عام 1991."));

    [Fact]
    public void ACooperativeFrameworkIsNoCooperation() =>
        Assert.Empty(EventTestPipeline.DescribeAll("وأكد وزير النفط السعودي أهمية العمل في إطار تعاوني."));

    [Fact]
    public void ASourceDecliningToBeNamedRejectsNothing() =>
        Assert.DoesNotContain(EventTestPipeline.Coded("وقال مسؤول في وزارة الدفاع الفرنسية، رفض الكشف عن اسمه، إن الاجتماع تأجل."),
            e => e.StartsWith("REJECT", StringComparison.Ordinal));

    [Fact]
    public void AHilltopIsNoSummit() =>
        Assert.DoesNotContain(EventTestPipeline.Coded("وتمركز قناصة الجيش السوري على قمة التل المطل على البلدة."),
            e => e.StartsWith("CONSULT", StringComparison.Ordinal));
}
