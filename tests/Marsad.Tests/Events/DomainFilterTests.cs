namespace Marsad.Tests.Events;

/// <summary>
/// Events/Domain/DomainFilter through the default pipeline: a sports sentence codes no event, while a political sentence
/// that holds one ambiguous sports word («الفريق» is also a military rank) still does. Entertainment news likewise: an
/// artist's retort to critics codes nothing, but one artist in a political sentence does not silence it.
/// </summary>
public sealed class DomainFilterTests
{
    [Fact]
    public void ASentenceWithTwoSportsCuesCodesNoEvent() =>
        Assert.Empty(EventTestPipeline.DescribeAll("شن مهاجم الفريق هجوما خطيرا على مرمى النادي المنافس في الدقيقة الأخيرة."));

    [Fact]
    public void FemalePlayersAndCoachesAreSportsCues() =>
        Assert.Empty(EventTestPipeline.DescribeAll("وقالت المدربة إن لاعبات الفريق هاجمن الحكم بعد الخسارة."));

    [Fact]
    public void AMatchAloneMakesASentenceSportsNews() =>
        Assert.Empty(EventTestPipeline.DescribeAll("طرد الحكم مدافع الأهلي في المباراة بعد خطأ عنيف."));

    [Fact]
    public void APoliticalSentenceWithOneAmbiguousSportsWordStillCodes() =>
        Assert.Equal(["CONSULT/visit asserted وزير الدفاع المصري[EGY] → الخرطوم[SDN] -"],
            EventTestPipeline.DescribeAll("زار وزير الدفاع المصري الخرطوم برفقة الفريق الطبي."));

    [Fact]
    public void AnArtistsRetortAboutHerSeriesCodesNoEvent() =>
        Assert.Empty(EventTestPipeline.DescribeAll("شنت المطربة اللبنانية هجوما حادا على منتقدي مسلسلها الأخير في مقابلة تلفزيونية."));

    [Fact]
    public void OneEntertainmentWordDoesNotSilenceAnArrest() =>
        Assert.Equal(["COERCE/arrest", "PROTEST/demo"], TypesOf("اعتقلت الشرطة الإيرانية الفنان المعارض في طهران بعد مشاركته في الاحتجاجات."));

    [Fact]
    public void ARepresentativeIsNotAnActressSoAMeetingAboutCinemaStillCodes() =>
        Assert.Equal(["CONSULT/visit"], TypesOf("استقبل وزير الثقافة المصري الممثلة الأممية في القاهرة لبحث دعم صناعة السينما."));

    [Fact]
    public void AWelcomeAmongProfessorsAndStudentsCodesNoEvent() =>
        Assert.Empty(EventTestPipeline.DescribeAll("ورحبت الدكتورة سارة بتعيينها رئيسة للجامعة، آملة في العمل مع الأساتذة والطلاب."));

    [Fact]
    public void AMeetingOfACompanyWithItsShareholdersCodesNoEvent() =>
        Assert.Empty(EventTestPipeline.DescribeAll("والتقى مدير الشركة كبار المساهمين في مقرها لمناقشة الأرباح."));

    [Fact]
    public void PoetsMeetingAtALiteraryEveningCodeNoEvent() =>
        Assert.Empty(EventTestPipeline.DescribeAll("والتقى الشعراء والروائيون في أمسية أدبية احتضنها المركز البلدي."));

    [Fact]
    public void AMinisterReceivingStudentsStillCodes() =>
        Assert.Equal(["CONSULT/visit"], TypesOf("استقبل وزير الخارجية السعودي وفدا من طلاب الجامعات الأمريكية في الرياض."));

    [Fact]
    public void ACondemnationOfShellingASchoolStillCodes() =>
        Assert.Equal(["ACCUSE/disapprove", "ASSAULT/heavy-weapons"], TypesOf("وأدان أولياء الأمور قصف المدرسة الذي أودى بحياة ثلاثة من الطلاب."));

    [Fact]
    public void ADemandOfTeachersAndStudentsStillCodes() =>
        Assert.Equal(["REQUEST/change"], TypesOf("وطالب المعلمون والطلاب بزيادة ميزانية المدارس الحكومية."));

    // The type and mode only: who hosts whom is the actor code's concern, not the domain filter's.
    private static string[] TypesOf(string text) =>
        EventTestPipeline.DescribeAll(text).Select(d => d.Split(' ')[0]).ToArray();
}
