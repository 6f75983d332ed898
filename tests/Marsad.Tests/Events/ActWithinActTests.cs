using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// An event noun with no doer of its own set within another act by a preposition of time (arguments.tsv, during: «خلال»,
/// «أثناء») is the act of whoever did the act before it in its sentence; one after «بعد» is not, since what follows
/// another's act is often the answer to it. Sentences written for these tests.
/// </summary>
public sealed class ActWithinActTests
{
    [Fact]
    public void ARaidDuringWhichForcesKilledIsTheForcesOwnAct()
    {
        var all = DescribeAll("قتلت قوات الأمن العراقية ثلاثة مسلحين أثناء مداهمة مخبأ لهم في الموصل.");
        Assert.Equal("COERCE/seize asserted قوات الأمن العراقية[IRQ] → مخبأ[IRQ] -", all[1]);
    }

    [Fact]
    public void ACallDuringWhichAPresidentUrgedHisCounterpartIsBetweenTheSameTwo() =>
        Assert.Equal(("الرئيس الإيطالي[ITA]", "نظيره التونسي[TUN]"),
            Actors(Only("حثّ الرئيس الإيطالي نظيره التونسي على تعزيز التعاون في ملف الهجرة، خلال اتصال هاتفي جرى مساء الأحد.", PloverType.CONSULT)));

    [Fact]
    public void AnAttackAfterWhichPoliceArrestedIsNotThePolicesAct()
    {
        var attack = Only("اعتقلت الشرطة الكينية عشرة أشخاص بعد هجوم على مركز للشرطة في مومباسا.", PloverType.ASSAULT);
        Assert.Null(attack.Source);
    }
}
