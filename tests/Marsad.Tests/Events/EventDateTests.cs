using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// An event's date is the time of its own clause (EventSetting): not a time in a relative or subordinate clause after it
/// that dates another predicate, nor a time set off by commas after another clause, while an act set within another by
/// «خلال/أثناء» shares the time of the act framing it and a commitment takes the date of the act it commits to; a state
/// is dated by the named month or day it has lasted since, and a step on the same people right before a dated act
/// («بعد مداهمة منازلهم») by that act's day.
/// Sentences written for these tests.
/// </summary>
public sealed class EventDateTests
{
    [Fact]
    public void ArrestsDuringRaidsAtDawnTakeTheRaidsDate()
    {
        var all = DescribeAll("اعتقلت الشرطة المصرية خمسة ناشطين خلال مداهمات فجر الأحد في الجيزة.", "2024-03-12");

        Assert.Equal(["2024-03-10", "2024-03-10"], all.Select(d => d[(d.LastIndexOf(' ') + 1)..]));
    }

    [Fact]
    public void ATimeInARelativeClauseFarAfterTheTriggerDatesThatClauseNotTheThreat()
    {
        var threat = Only("هددت الحكومة الجزائرية بمقاضاة الشركة الأجنبية للنفط التي دخلت السوق في عام 2019.", PloverType.THREATEN);

        Assert.Null(threat.Date);
    }

    [Fact]
    public void ATimeBeforeAnAnniversaryDatesTheCommemorationNotTheActItRecalls()
    {
        var assassination = Only("وأحيا السكان أمس الأحد الذكرى الأولى لاغتيال المعارض البارز.", PloverType.ASSAULT);

        Assert.Null(assassination.Date);
    }

    [Fact]
    public void ATimeAfterBaadamaDatesTheClauseItOpensNotTheProtest()
    {
        var protest = Only("تظاهر مئات المودعين أمام البرلمان اللبناني بعدما أفلس المصرف في مارس الماضي.", PloverType.PROTEST);

        Assert.Null(protest.Date);
    }

    [Fact]
    public void ATimeBeforeBaadamaDatesTheMainClauseNotTheAgreementAfterIt()
    {
        var agreement = Only("عاد السفير الفرنسي إلى مقر عمله في الجزائر يوم الأحد بعدما اتفق البلدان على طي الخلاف.", PloverType.AGREE);

        Assert.Null(agreement.Date);
    }

    [Fact]
    public void ATimePastTheCommaThatClosesARelativeClauseOnTheAttackDatesTheMainClause()
    {
        var attack = Only("واستقبل الرجل، منفذ الهجوم الذي استهدف السفارة في بغداد، شقيقه في المطار مساء الخميس الماضي.", PloverType.ASSAULT);

        Assert.Null(attack.Date);
    }

    [Fact]
    public void ARelativeClauseRightAfterTheAttackDatesTheAttack()
    {
        var attack = Only("ندد البرلمان التونسي بالهجوم الإرهابي الذي وقع الجمعة في سوسة.", PloverType.ASSAULT);

        Assert.Equal("2024-03-08", attack.Date);
    }

    [Fact]
    public void APlannedExchangeStartingNextMonthIsDatedByItsStart()
    {
        var exchange = Only("وأكدت وزارتا الداخلية في المغرب وإسبانيا أنهما ستتبادلان المعلومات الأمنية ابتداءً من الشهر المقبل.", PloverType.AGREE);

        Assert.Equal("2024-04", exchange.Date);
    }

    [Fact]
    public void ASiegeSinceANamedMonthIsDatedByItsStart()
    {
        var siege = Only("تحاصر القوات الحكومية مدينة درعا منذ يناير الماضي.", PloverType.COERCE);

        Assert.Equal("2024-01", siege.Date);
    }

    [Fact]
    public void ARaidOnTheirHomesRightBeforeTheArrestsTakesTheArrestsDay()
    {
        // Published on Sunday 2024-03-10: Thursday is the 7th.
        var all = DescribeAll("اعتقلت الشرطة التونسية أربعة صحفيين فجر الخميس بعد مداهمة منازلهم في العاصمة.");

        Assert.Equal(["2024-03-07", "2024-03-07"], all.Select(d => d[(d.LastIndexOf(' ') + 1)..]));
    }

    [Fact]
    public void AVisitStillToComeTodayInAnArticleWrittenTheDayBeforeItsStampKeepsTheWritersDay()
    {
        // Stamped Tuesday 2024-06-04, written on Monday the 3rd as its dateline says: «مساء اليوم» is Monday evening. A visit
        // still to come is an intention to meet (AGREE, IntentCoding).
        var visit = Assert.Single(EventTestPipeline.Events("قالت الوزارة اليوم (الاثنين) إن الوزير سيزور القاهرة مساء اليوم.", "2024-06-04"), e => e.Type == PloverType.AGREE);

        Assert.Equal("2024-06-03", visit.Date);
    }

    [Fact]
    public void AnEntryBanRightBeforeADeportationTakesItsDayThoughItsNounReadsAsAVerb()
    {
        var ban = Only("قامت السلطات اللبنانية يوم السبت بترحيل صحفية أمريكية بعد منعها من دخول البلاد.", PloverType.REJECT);

        Assert.Equal("2024-03-09", ban.Date);
    }

    [Fact]
    public void ATimeBetweenCommasAfterTheExecutionDatesItNotTheConvictionOfTheObject()
    {
        var all = EventTestPipeline.Events("أعدمت السلطات السعودية، صباح الثلاثاء، مهرب مخدرات أدين بتهريب شحنة من الحبوب.", "2024-03-14");

        Assert.Equal(["ASSAULT 2024-03-12", "SANCTION -"], all.Select(e => $"{e.Type} {e.Date ?? "-"}"));
    }

    [Fact]
    public void AnIntentionIsDatedByTheMeetingItIntendsNotLeftUndated()
    {
        var intent = Only("ويعتزم وزراء الصحة العرب عقد اجتماع في القاهرة الشهر المقبل لبحث انتشار الوباء.", PloverType.AGREE);

        Assert.Equal("2024-04", intent.Date);
    }

    [Fact]
    public void AStatedDayDatesATruceRatherThanAClockTimeWhoseDayIsOnlyTheArticles()
    {
        // The bracketed clock time is read apart from its «مساءً» and its day (a time-step miss): the stated day wins.
        var truce = Only("أعلنت قيادة الجيش السوداني وقف إطلاق النار اعتبارا من الساعة (11:59) مساءً بتوقيت الخرطوم يوم السبت المقبل.", PloverType.CONCEDE);

        Assert.Equal("2024-03-16", truce.Date);
    }

    [Fact]
    public void APromiseJoinedByWawToADatedApologyTakesItsMonth()
    {
        var promise = Only("وكان وزير الداخلية المغربي قد اعتذر الشهر الماضي لأسر ضحايا الحريق، ووعد بمحاسبة المسؤولين.", PloverType.AGREE);

        Assert.Equal("2024-02", promise.Date);
    }

    [Fact]
    public void ASigningOpeningTheSentenceAfterADatedReceptionTakesItsDay()
    {
        var signing = Only("استقبل الملك الأردني رئيس الوزراء اللبناني في عمّان أمس السبت. ووقع الجانبان ثلاث اتفاقيات للتعاون في مجال الطاقة.", PloverType.SUPPORT);

        Assert.Equal("2024-03-09", signing.Date);
    }

    [Fact]
    public void AnAgreementReachesTheStartOfTheExchangeItCommitsToPastALongObject()
    {
        var agreement = Only("ووافقت هيئة تنظيم الاتصالات في الكويت على تبادل البيانات مع نظيرتها البحرينية لمكافحة الابتزاز الإلكتروني عبر الهواتف، على أن يبدأ التنفيذ في أيار المقبل.", PloverType.AGREE);

        Assert.Equal("2024-05", agreement.Date);
    }

    [Fact]
    public void AnAttackDuringTheFridayPrayerIsDatedTheLastFriday()
    {
        // Published on Sunday 2024-03-10: the Friday before is the 8th.
        var attack = Only("أطلق مسلح النار على المصلين في مسجد بمدينة كويتا أثناء صلاة الجمعة.", PloverType.ASSAULT);

        Assert.Equal("2024-03-08", attack.Date);
    }

    [Fact]
    public void TheFridayPreacherNamedWithNoWordOfDuringDatesNothing()
    {
        var accusation = Only("اتهم خطيب صلاة الجمعة في طهران الحكومة الأمريكية بدعم الإرهاب.", PloverType.ACCUSE);

        Assert.Null(accusation.Date);
    }

    [Fact]
    public void ATimeGluedAfterTheFullStopDatesTheSentenceBeforeIt()
    {
        var strike = Only("قصفت طائرات حربية مواقع للمسلحين في شمال مالي.أمس الجمعة.", PloverType.ASSAULT);

        Assert.Equal("2024-03-08", strike.Date);
    }

    [Fact]
    public void AnActNearerATimeButWithANearerTimeOfItsOwnLeavesItToTheActBefore()
    {
        var all = EventTestPipeline.Events("أرسلت فرنسا ثلاث طائرات مقاتلة إلى قاعدة جوية في الأردن اليوم الأحد بعد أن وافقت عمّان الشهر الماضي على استقبالها.");

        Assert.Equal(["MOBILIZE 2024-03-10", "AGREE 2024-02"], all.Select(e => $"{e.Type} {e.Date ?? "-"}"));
    }

    [Fact]
    public void ATimeBetweenCommasClosesALongClauseAndDatesItsTalks()
    {
        // Eighteen words between the talks and their day: farther than a bare time reaches.
        var talks = Only("انتهت مفاوضات مطولة حول تقاسم مياه نهر النيل بين مصر والسودان من جهة وإثيوبيا من جهة أخرى في العاصمة السودانية الخرطوم، مساء أمس الجمعة، من دون نتيجة.", PloverType.CONSULT);

        Assert.Equal("2024-03-08", talks.Date);
    }

    [Fact]
    public void AnArmyAnnouncingItsOwnArrestsDatesThemByTheDayItSpoke()
    {
        var arrest = Only("أعلن الجيش المصري الثلاثاء أن قواته اعتقلت عشرين مهربا قرب الحدود مع ليبيا.", PloverType.COERCE);

        Assert.Equal("2024-03-05", arrest.Date);
    }

    [Fact]
    public void AMonitorReportingAnotherActorsArrestsKeepsItsDayToTheReport()
    {
        var arrest = Only("أعلن المرصد الحقوقي الثلاثاء أن الجيش السوري اعتقل عشرين شابا في درعا.", PloverType.COERCE);

        Assert.Null(arrest.Date);
    }

    [Fact]
    public void ATimeInTheAttributionClosingTheReportDatesTheReportNotTheArrest()
    {
        var arrest = Only("اعتقلت قوات الأمن ثلاثة مهربين على الحدود الشرقية، وفق ما قالت مصادر أمنية الأربعاء.", PloverType.COERCE);

        Assert.Null(arrest.Date);
    }

    [Fact]
    public void ATimeInAClosingAsToldAttributionDatesTheReportNotTheArrest()
    {
        var arrest = Only("اعتقلت الشرطة خمسة متظاهرين قرب مبنى البلدية، كما أعلنت وزارة الداخلية التونسية أمس.", PloverType.COERCE);

        Assert.Null(arrest.Date);
    }

    [Fact]
    public void ATimeGluedAfterTheFullStopDatesEveryActOfTheSentence()
    {
        var all = EventTestPipeline.Events("حاصرت القوات الحكومية بلدة جبلية في ريف إدلب الجنوبي، في حين قصفت الطائرات الروسية قرى مجاورة لها.أمس الجمعة.");

        Assert.Equal(["COERCE 2024-03-08", "ASSAULT 2024-03-08"], all.Select(e => $"{e.Type} {e.Date ?? "-"}"));
    }

    [Fact]
    public void AProtestInAWrittenEarlierYearIsBackgroundInAnArticleWithNoRelativeTime()
    {
        var all = EventTestPipeline.Events("تظاهر آلاف الطلاب أمام وزارة التعليم في عام 2019 احتجاجا على رفع الرسوم.");

        Assert.DoesNotContain(all, e => e.Type == PloverType.PROTEST);
    }

    [Fact]
    public void TalksHeldUponArrivalTakeTheDayTheArrivalWasToldWith()
    {
        var talks = Only("وصل وزير الخارجية الإندونيسي إلى عمّان مساء الخميس. وأجرى فور وصوله مباحثات مع نظيره الأردني حول الأوضاع في غزة.", PloverType.CONSULT);

        Assert.Equal("2024-03-07", talks.Date);
    }

    [Fact]
    public void TalksUponAnArrivalToldWithNoDayStayUndated()
    {
        var talks = Only("وصل وزير الخارجية الإندونيسي إلى عمّان. وأجرى فور وصوله مباحثات مع نظيره الأردني حول الأوضاع في غزة.", PloverType.CONSULT);

        Assert.Null(talks.Date);
    }
}
