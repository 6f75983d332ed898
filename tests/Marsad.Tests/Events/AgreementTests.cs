using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// A verb agrees with its subject and a complementiser's pronoun with what it stands for (Arguments.Agreement): a noun
/// that cannot agree is the verb's object, and no antecedent of the pronoun. Sentences written for these tests.
/// </summary>
public sealed class AgreementTests
{
    [Fact]
    public void AMasculineNounAfterAFeminineVerbIsItsObject() =>
        Assert.Contains("REQUEST/change asserted جمعية المودعين اللبنانية[LBN] → البنك[-] -",
            DescribeAll("انتقدت جمعية المودعين اللبنانية إدارة المصرف، وطالبت البنك بتعويض المودعين."));

    [Fact]
    public void AMasculineGenitiveOfAFeminineSubjectLeavesTheSubject() =>
        Assert.Equal(("الجيش الإسرائيلي[ISR]", "منازل[-]"), Actors(Only("ودمرت جرافات الجيش الإسرائيلي منازل في القرية.", PloverType.ASSAULT)));

    [Fact]
    public void AFemininePronounDoesNotStandForAMasculineSpeaker() =>
        Assert.Equal("?", Actor(Only("قال الرئيس الروسي إنها لن تشارك في القمة.", PloverType.REJECT).Source));

    [Fact]
    public void AFemininePronounStandsForAFeminineSubject() =>
        Assert.Equal("الحكومة التونسية[TUN]", Actor(Only("أكدت الحكومة التونسية أنها ترفض أي تدخل أجنبي.", PloverType.REJECT).Source));

    [Fact]
    public void AFeminineNounInAPatternsGapAfterAMasculineVerbIsItsRecipient() =>
        Assert.Equal(("?", "الحكومة العراقية[IRQ]"),
            Actors(Only("وطالب المؤتمر الحكومة العراقية بالإفراج عن المعتقلين.", PloverType.REQUEST)));

    [Fact]
    public void AMasculineSoundPluralAfterAFeminineVerbIsItsObject() =>
        Assert.Equal(("?", "المسؤولين[-]"), Actors(Only("وحثت المسؤولين على الاستقالة.", PloverType.REQUEST)));

    [Fact]
    public void AFemininePerfectOpeningWithNunIsReadForAgreement() =>
        Assert.Equal(("?", "الوزير[-]"), Actors(Only("وناشدت الوزير التدخل لحل الأزمة.", PloverType.REQUEST)));

    [Fact]
    public void AnActNounWhosePronounAgreesWithTheSubjectIsTheSubjectsOwn() =>
        Assert.Equal(("المتمردون[-]", "القرى الحدودية[-]"), Actors(Only("وصعد المتمردون هجماتهم على القرى الحدودية خلال الأسبوع الماضي.", PloverType.ASSAULT)));

    [Fact]
    public void AFeminineVerbOfARootInWawAfterTheConjunctionKeepsItsRootLetter() =>
        Assert.Equal(("الهيئة[-]", "البنك[-]"),
            Actors(Only("اجتمعت الهيئة بالمزارعين ووقعت البنك اتفاقا للتمويل.", PloverType.SUPPORT)));
}
