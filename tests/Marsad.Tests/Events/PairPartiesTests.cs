using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// A dual noun for the two parties of a bilateral act («وقع البلدان», «اتفق الجانبان», «بحث الطرفان») stands for the two
/// parties with different states named before it: the first named is the source, the other the target, as PLOVER and the
/// development sets code bilateral meetings and agreements. Sentences written for these tests.
/// </summary>
public sealed class PairPartiesTests
{
    [Fact]
    public void TwoCountriesSigningGoFromTheFirstNamedToTheOther()
    {
        var all = DescribeAll("استقبل الرئيس الكيني وليام روتو رئيس الوزراء الإثيوبي آبي أحمد في نيروبي أمس. ووقع البلدان مذكرة تفاهم للتعاون في مجال الطاقة.");
        Assert.Equal("SUPPORT/- asserted الرئيس الكيني وليام روتو[KEN] → رئيس الوزراء الإثيوبي آبي أحمد[ETH] 2024-03-09", all[1]);
    }

    [Fact]
    public void TheTwoSidesAgreeingGoFromTheFirstNamedToTheOther()
    {
        var all = DescribeAll("التقى وزير الخارجية الإيطالي نظيره التونسي في روما. واتفق الجانبان على تعزيز التعاون في مكافحة الهجرة غير النظامية.");
        Assert.Equal("AGREE/- asserted وزير الخارجية الإيطالي[ITA] → نظيره التونسي[TUN] -", all[1]);
    }

    [Fact]
    public void TheTwoMinistersAnnouncingTheCountriesAgreementGoFromTheFirstNamedToTheOther()
    {
        var all = DescribeAll("زار وزير الدفاع الهندي العاصمة الفيتنامية هانوي والتقى نظيره الفيتنامي. وأعلن الوزيران اتفاق البلدين على إجراء مناورات بحرية مشتركة.");
        Assert.Equal("AGREE/- asserted وزير الدفاع الهندي[IND] → نظيره الفيتنامي[VNM] -", all[2]);
    }

    [Fact]
    public void APairNounWithOnlyOneStateNamedBeforeItStandsForNobodyKnown()
    {
        var all = DescribeAll("أعلنت وزارة الخارجية البرازيلية أن الطرفين وقعا اتفاقية تجارية.");
        Assert.Equal(["SUPPORT/- reported الطرفين[-] → ? -"], all);
    }

    [Fact]
    public void ADualVerbWithNoSubjectOfItsOwnGoesFromTheFirstNamedToTheOther()
    {
        var all = DescribeAll("التقى وزير الخارجية المغربي نظيره البرتغالي في الرباط، واتفقا على تعزيز التعاون في مكافحة الهجرة.");
        Assert.Equal("AGREE/- asserted وزير الخارجية المغربي[MAR] → نظيره البرتغالي[PRT] -", all[1]);
    }

    [Fact]
    public void ADualPronounAfterAJointSubjectIsBothConjuncts()
    {
        var all = DescribeAll("أعلنت اليونان وقبرص أنهما ستتبادلان المعلومات الأمنية.");
        Assert.Equal(["AGREE/- planned اليونان[GRC] → قبرص[CYP] -"], all);
    }

    [Fact]
    public void ClashesBetweenTheTwoSidesAreBetweenTheTwoNamedBefore()
    {
        var all = DescribeAll("تصاعد التوتر بين أرمينيا وأذربيجان أمس. واندلعت اشتباكات بين الطرفين قرب الحدود.");
        Assert.Equal(["ASSAULT/- asserted أرمينيا[ARM] → أذربيجان[AZE] -"], all);
    }

    [Fact]
    public void ADualVerbWithOneStateNamedBeforeItKeepsItsDroppedSubject()
    {
        var all = DescribeAll("استقبل الرئيس التونسي وفدا من رجال الأعمال، واتفقا على تعزيز الاستثمار.");
        Assert.Equal("AGREE/- asserted وفدا[-] → ? -", all[^1]);
    }
}
