using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// Clashes between protesters and another party («اشتباكات بين متظاهرين والشرطة»): the riot row names the protesters
/// inside its pattern, so the «بين» parties are read there (<c>BetweenParties.InPattern</c>) — the protesters the source
/// and the other party the target, whatever their order. Sentences written for these tests.
/// </summary>
public sealed class ClashPartiesTests
{
    [Fact]
    public void ProtestersNamedFirstAfterBetweenAreTheSourceAndThePoliceTheTarget() =>
        Assert.Equal(("متظاهرين[PER]", "الشرطة[PER]"),
            Actors(Only("وفرضت الحكومة البيروفية حظر تجول في مدينة ليما بعد اشتباكات بين متظاهرين والشرطة.", PloverType.PROTEST)));

    [Fact]
    public void DefiniteProtestersClashingWithSecurityForcesAreTheSource() =>
        Assert.Equal(("المحتجين[-]", "قوات الأمن[-]"),
            Actors(Only("وقتل ثلاثة أشخاص في صدامات بين المحتجين وقوات الأمن في العاصمة.", PloverType.PROTEST)));

    [Fact]
    public void ProtestersNamedSecondAfterBetweenAreStillTheSource() =>
        Assert.Equal(("متظاهرين[-]", "الشرطة[-]"),
            Actors(Only("واندلعت مواجهات بين الشرطة ومتظاهرين غاضبين في وسط المدينة.", PloverType.PROTEST)));
}
