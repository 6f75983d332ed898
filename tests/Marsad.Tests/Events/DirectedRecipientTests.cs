using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// A recipient marked by a preposition after a thing: troops or fire sent toward someone (arguments.tsv, toward: باتجاه،
/// نحو، صوب) face them, whatever preposition the trigger's row names; what one receives from a giver was given by the giver
/// to the one who received it (sentences written for these tests).
/// </summary>
public sealed class DirectedRecipientTests
{
    [Fact]
    public void ReinforcementsSentTowardAnActorsPositionsTargetThatActor() =>
        Assert.Equal(("الجيش السوداني[SDN]", "قوات الدعم السريع[SDN]"),
            Actors(Only("ودفع الجيش السوداني بتعزيزات نحو مواقع قوات الدعم السريع.", PloverType.MOBILIZE)));

    [Fact]
    public void ReinforcementsSentTowardAGroupNamedAfterAPlaceNounTargetTheGroup() =>
        Assert.Equal(("الحكومة العراقية[IRQ]", "تنظيم داعش[-]"),
            Actors(Only("وأرسلت الحكومة العراقية تعزيزات باتجاه مواقع تنظيم داعش.", PloverType.MOBILIZE)));

    [Fact]
    public void RocketsFiredTowardATownTargetTheTown() =>
        Assert.Equal(("حركة حماس[PSE]", "مدينة عسقلان[ISR]"),
            Actors(Only("وأطلقت حركة حماس صواريخ باتجاه مدينة عسقلان.", PloverType.ASSAULT)));

    [Fact]
    public void ShellsFiredTowardAnArmysPositionsTargetTheArmy() =>
        Assert.Equal(("مسلحون[-]", "الجيش النيجيري[NGA]"),
            Actors(Only("وأطلق مسلحون قذائف نحو مواقع الجيش النيجيري.", PloverType.ASSAULT)));

    [Fact]
    public void ForcesDeployedAroundSchoolsTargetTheSchools() =>
        Assert.Equal(("وزارة الداخلية التونسية[TUN]", "المدارس الحكومية[TUN]"),
            Actors(Only("ونشرت وزارة الداخلية التونسية قوات في محيط المدارس الحكومية.", PloverType.MOBILIZE)));

    [Fact]
    public void TheGiverOfWhatIsReceivedIsTheSourceAndTheReceiverTheTarget() =>
        Assert.Equal(("الولايات المتحدة[USA]", "الجيش اللبناني[LBN]"),
            Actors(Only("وتلقى الجيش اللبناني مساعدات عسكرية من الولايات المتحدة.", PloverType.AID)));

    [Fact]
    public void WhatIsReceivedWithNoGiverNamedHasOnlyTheReceiver() =>
        Assert.Equal(("?", "الأردن[JOR]"), Actors(Only("وتلقى الأردن مساعدات مالية.", PloverType.AID)));
}
