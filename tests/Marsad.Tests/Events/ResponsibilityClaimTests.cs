namespace Marsad.Tests.Events;

/// <summary>
/// Claims of responsibility in the main clause (sentences written for these tests): a claim verb before its subject and the
/// attack («وتبنت مجموعة … الهجوم»), «أعلن تنظيم … مسؤوليته عن» before any attack, not only a cyberattack; a negated claim
/// and a noun phrase about whoever did it («المسؤولين عن») name nobody.
/// </summary>
public sealed class ResponsibilityClaimTests
{
    private static string[] Describe(string text) => EventTestPipeline.DescribeAll(text);

    [Fact]
    public void AClaimVerbsSubjectIsTheDoerOfTheAttackItsObjectNamesAgain() =>
        Assert.Equal(["COERCE/cyber asserted مجموعة قراصنة إيرانية[IRN] → شبكة وزارة الصحة الكويتية[KWT] -"],
            Describe("تعرضت شبكة وزارة الصحة الكويتية لهجوم إلكتروني، وتبنت مجموعة قراصنة إيرانية الهجوم."));

    [Fact]
    public void AGroupAnnouncingItsResponsibilityForABombingIsItsDoer() =>
        Assert.Equal(["ASSAULT/explosives reported تنظيم داعش[-] → مدينة الموصل[IRQ] -"],
            Describe("أعلن تنظيم داعش مسؤوليته عن تفجير سيارة مفخخة في سوق شعبي بمدينة الموصل."));

    [Fact]
    public void AGroupClaimingAKidnappingOutweighsTheHostagesNisba() =>
        Assert.Equal(["ASSAULT/abduct reported جماعة أبو سياف[-] → صيادين ماليزيين[MYS] -"],
            Describe("أعلنت جماعة أبو سياف مسؤوليتها عن خطف صيادين ماليزيين قبالة جزيرة سولو."));

    [Fact]
    public void ANegatedClaimNamesNoDoer() =>
        Assert.Equal(["ASSAULT/explosives asserted ? → ? -"],
            Describe("ولم تعلن أي جهة مسؤوليتها عن تفجير سيارة مفخخة قرب مقر الشرطة في كركوك."));

    [Fact]
    public void ThoseResponsibleNamedAsAPhraseAreNoClaim() =>
        Assert.Equal(["REQUEST/change asserted البرلمان العراقي[IRQ] → ? -", "ASSAULT/explosives asserted ? → سوق الكرادة[-] -"],
            Describe("وطالب البرلمان العراقي الحكومة بتحديد المسؤولين عن تفجير سوق الكرادة."));
}
