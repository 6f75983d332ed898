using Marsad.Events.Arguments;
using static Marsad.Tests.Events.ParsedSentence;

namespace Marsad.Tests.Events;

/// <summary>
/// The doer of an event noun (Arguments.NounSource), its step called alone on one mention's state: a verbal noun's
/// genitive and accusative, an attack noun's genitive, and the accused a charge names. Sentences written for these tests.
/// </summary>
public sealed class NounSourceTests
{
    [Fact]
    public void AVerbalNounsGenitiveDidItAndTheAccusativeAfterItUnderwentIt()
    {
        var p = Parse("وانتقدت المنظمة اعتقال الشرطة عشرات الطلاب في الجامعة.");
        var s = p.Mention("اعتقال");
        new NounSource(Language).Find(s);
        Assert.Equal(("الشرطة", "عشرات الطلاب"), (s.Source!.Text, s.PassivePatient!.Text));
    }

    [Fact]
    public void TheGenitiveOfAnAttackNounIsItsDoer()
    {
        var p = Parse("وأدان البرلمان هجمات المتمردين على القرى الحدودية.");
        var s = p.Mention("هجمات");
        new NounSource(Language).Find(s);
        Assert.Equal(("المتمردين", (string?)null, (string?)null), (s.Source!.Text, s.PassivePatient?.Text, s.PronounSubject?.Text));
    }

    [Fact]
    public void TheGenitiveAChargeFollowsIsTheAccusedNotItsDoer()
    {
        var p = Parse("ورفض الحزب اتهام الحكومة بتزوير الانتخابات.");
        var s = p.Mention("اتهام");
        new NounSource(Language).Find(s);
        Assert.Equal(((string?)null, "الحكومة"), (s.Source?.Text, s.PassivePatient!.Text));
    }
}
