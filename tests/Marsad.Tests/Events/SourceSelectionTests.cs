using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// Who did an act (Arguments.ArgumentResolver): the subject of the clause that tells it, not an object, a describer, a
/// recipient's nisba or a word the trigger's pattern or its gap holds. Sentences written for these tests.
/// </summary>
public sealed class SourceSelectionTests
{
    [Fact]
    public void ANameInQuoteMarksRightAfterAnEventNounIsItsDoer() =>
        Assert.Equal("داعش[-]", Actor(Only("وقال الناطق إن هجوم «داعش» على القرى الكردية بدأ فجرا.", PloverType.ASSAULT).Source));

    [Fact]
    public void AQuotedPartyAfterAnEventNounIsItsDoerWithItsState() =>
        Assert.Equal("حزب الله[LBN]", Actor(Only("وتحدث التقرير عن هجمات «حزب الله» على مواقع الجيش في الجنوب.", PloverType.ASSAULT).Source));

    [Fact]
    public void AVerbOpeningWithAndAfterAnObjectSharesTheFirstVerbsSubject() =>
        Assert.Equal("الحكومة الفرنسية[FRA]",
            Actor(Only("انتقدت الحكومة الفرنسية روسيا ودعت إلى سحب قواتها من المنطقة.", PloverType.REQUEST).Source));

    [Fact]
    public void AnActorRightAfterTheSubjectIsTheObjectNotTheDroppedSubject() =>
        Assert.Equal("الرئيس المصري[EGY]",
            Actor(Only("تفقد الرئيس المصري القوات السعودية المنتشرة على الحدود وأشاد بجهودها.", PloverType.SUPPORT).Source));

    [Fact]
    public void AnAttackNamedInAPhraseOfCondolenceHasNoDoerButTheParticipleAfterItIsTheSpeakers() =>
        Assert.Equal(
            ["ASSAULT/- asserted ?", "SUPPORT/- asserted روسيا[RUS]"],
            EventTestPipeline.Events("أعربت روسيا عن تعازيها لعائلات ضحايا الهجوم، مؤكدة دعمها السلطات الأردنية.")
                .Select(e => $"{e.Type}/{e.Mode ?? "-"} {e.Modality.Name()} {Actor(e.Source)}").Order(StringComparer.Ordinal));

    [Fact]
    public void ANisbaAfterThePatternsPrepositionQualifiesTheRecipientNotTheDoer() =>
        Assert.Equal("الأمين العام للأمم المتحدة[-]",
            Actor(Only("وجه الأمين العام للأمم المتحدة دعوة إلى القوى السودانية لوقف القتال.", PloverType.REQUEST).Source));

    [Fact]
    public void AProtesterNounInAPatternThatMarksNoRecipientIsTheSubject() =>
        Assert.Equal("متظاهرون[-]",
            Actor(Only("وأغلق متظاهرون الطريق السريع المؤدي إلى المطار احتجاجا على غلاء الأسعار.", PloverType.PROTEST).Source));

    [Fact]
    public void APatternWithALongGapSeeksItsSubjectOnlyInTheGap() =>
        Assert.Equal("?", Actor(Only("وتجمع العشرات أمام مقر الأمم المتحدة في جنيف.", PloverType.PROTEST).Source));

    [Fact]
    public void ThePunishmentASentencePronouncesIsTheCourts() =>
        Assert.Equal("محكمة مصرية[EGY]",
            Actor(Only("وحكمت محكمة مصرية غيابيا بالسجن المؤبد على خمسة متهمين بتهمة التخابر.", PloverType.THREATEN).Source));

    [Fact]
    public void AnActAfterAPassiveAuxiliaryInAReportedClauseIsNotTheSpeakers() =>
        Assert.Equal(["AID ?", "COERCE ?"],
            EventTestPipeline.Events("وقال المرصد إنه جرى إنقاذ عشرين مهاجرا قبالة السواحل. وذكرت الصحيفة أنه تم اعتقال صحفيين اثنين في العاصمة.")
                .Select(e => $"{e.Type} {Actor(e.Source)}").Order(StringComparer.Ordinal));

    [Fact]
    public void InsurgentsAStatesForcesKillAreInThatState() =>
        Assert.Equal(["ASSAULT/- asserted قوات الأمن الكينية[KEN] → ثمانية مسلحين[KEN] -"],
            DescribeAll("وقتلت قوات الأمن الكينية ثمانية مسلحين قرب الحدود."));

    [Fact]
    public void RiotPoliceAreNoRiotAndDispersePeople() =>
        Assert.Equal(["COERCE/restrict asserted قوات[-] → المحتجين[-] -"],
            DescribeAll("وقامت قوات مكافحة الشغب بتفريق المحتجين في وسط العاصمة."));
}
