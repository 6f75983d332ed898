namespace Marsad.Tests.Events;

/// <summary>
/// Classes of argument the events step reads (sentences written for these tests): the doer an agent phrase «على أيدي / على
/// يد» names and the one who claims an attack («هجوم تبناه تنظيم»); the subject of a verb opening a relative clause on an
/// actor, and a relative clause whose pronoun stands for the antecedent, so that its verb's subject comes after it.
/// </summary>
public sealed class ArgumentClassTests
{
    private static string[] Describe(string text) => EventTestPipeline.DescribeAll(text);

    [Fact]
    public void OnTheHandsOfNamesTheDoerOfAnEventAPatientVerbIntroduces() =>
        Assert.Equal(["ASSAULT/torture reported حراس[-] → سجناء[-] -"],
            Describe("وقال محامون إن سجناء في سجن طرة تعرضوا للتعذيب على أيدي حراس السجن."));

    [Fact]
    public void ByTheHandOfNamesTheDoerOfAnEventNoun() =>
        Assert.Equal(["ACCUSE/disapprove asserted المنظمة[-] → مسلحين[-] -", "ASSAULT/- asserted مسلحين[-] → الصحفي[-] -"],
            Describe("وأدانت المنظمة مقتل الصحفي على يد مسلحين في العاصمة."));

    [Fact]
    public void WhoClaimsAnAttackAsItsOwnIsItsDoer() =>
        Assert.Equal(["ASSAULT/- asserted تنظيم القاعدة[-] → ? -"],
            Describe("وأصيب عشرة جنود في هجوم تبناه تنظيم القاعدة قرب الحدود."));

    [Fact]
    public void TheActorBeforeARelativePronounIsTheSubjectOfTheVerbAfterIt() =>
        Assert.Equal(["RETREAT/withdraw asserted ? → ? -", "COERCE/arrest asserted قوات الشرطة المصرية[EGY] → عشرات المحتجين[EGY] -"],
            Describe("وانسحبت من المدينة قوات الشرطة المصرية، التي اعتقلت عشرات المحتجين."));

    [Fact]
    public void ARelativeClauseOnAnActorIsAnActOfItsOwnNotAnotherMentionOfTheSentencesEvent() =>
        Assert.Equal(["COERCE/seize asserted الشرطة الأردنية[JOR] → مقر الصحيفة[-] -", "COERCE/seize asserted الشرطة الأردنية[JOR] → وثائق ومعدات[-] -"],
            Describe("وتعرض مقر الصحيفة لاقتحام من قبل الشرطة الأردنية، التي صادرت وثائق ومعدات."));

    [Fact]
    public void APrepositionWithAPronounInTheRelativeClauseLeavesTheAntecedentOutOfTheSubject() =>
        Assert.Equal(["REJECT/meet asserted الحكومة[-] → ? -"],
            Describe("وأشار الوزير إلى الحركة التي ترفض الحكومة الحوار معها."));
}
