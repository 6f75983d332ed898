using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// A subject named after a complementiser or a perfect copula and set off from its verb by a comma is the verb's subject, and
/// the phrase after the verb its object (Arguments.FrontedSubject); sentences written for these tests.
/// </summary>
public sealed class FrontedSubjectTests
{
    [Fact]
    public void ASubjectBeforeTheCommaAfterTheComplementiserActs() =>
        Assert.Equal(("وزير الخارجية الفرنسي[FRA]", "الحكومة الإيرانية[IRN]"),
            Actors(Only("وذكرت الوكالة أن وزير الخارجية الفرنسي، انتقد الحكومة الإيرانية بشدة أمس.", PloverType.ACCUSE)));

    [Fact]
    public void TheGroupOfMembersNamedAfterTheCopulaActs() =>
        Assert.Equal(("تنظيم القاعدة[-]", "الحكومة اليمنية[YEM]"),
            Actors(Only("وكان متحدثون من تنظيم القاعدة، هددوا الحكومة اليمنية بهجمات جديدة.", PloverType.THREATEN)));
}
