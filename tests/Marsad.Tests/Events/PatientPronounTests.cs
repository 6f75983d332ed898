using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// The pronoun on the noun of an act done to someone (an arrest, a deportation, an abduction) with no object after it is
/// the one who underwent the act; with an object after it, it is the doer, as on the noun of any other act.
/// </summary>
public sealed class PatientPronounTests
{
    [Fact]
    public void ThePronounOnADeportationUnderAControlVerbIsWhoIsDeportedAndTheMainSubjectDeportsThem()
    {
        var events = EventTestPipeline.Events("ألغت وزارة الداخلية الألمانية تصاريح إقامة مئات المهاجرين وقررت ترحيلهم إلى بلدانهم.");
        var e = Assert.Single(events, e => e.Mode == "deport");
        Assert.Equal(("وزارة الداخلية الألمانية[DEU]", "مئات المهاجرين[-]"), Actors(e));
    }

    [Fact]
    public void ThePronounOnADetentionWithNoObjectIsWhoWasDetained()
    {
        var e = Only("وغادر الصحفي البريطاني مطار طهران بعد يومين من احتجازه.", PloverType.COERCE);
        Assert.Equal(("?", "الصحفي البريطاني[GBR]"), Actors(e));
    }

    [Fact]
    public void ThePronounOnAnActWithAnObjectAfterItIsTheDoer()
    {
        var e = Only("وأكدت الشرطة الفرنسية اعتقالها لثلاثة مشتبه بهم في مدينة ليون.", PloverType.COERCE);
        Assert.Equal("الشرطة الفرنسية[FRA]", Actor(e.Source));
    }
}
