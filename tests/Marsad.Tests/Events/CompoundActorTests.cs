using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// Doers or nisbas joined by و are one compound actor, as PLOVER codes several states acting together: in no state when
/// theirs differ, in the shared one when they agree.
/// </summary>
public sealed class CompoundActorTests
{
    [Fact]
    public void NisbasOfSeveralStatesJoinedByWaAreOneCompoundActorOfNoState()
    {
        var e = Only("وصلت مساعدات قطرية وكويتية إلى مطار الخرطوم أمس.", PloverType.AID);
        Assert.Equal("قطرية وكويتية[-]", Actor(e.Source));
    }

    [Fact]
    public void SubjectsOfSeveralStatesJoinedByWaAreOneCompoundDoer()
    {
        var e = Only("قدمت اليابان وكوريا الجنوبية مساعدات إنسانية إلى الفلبين.", PloverType.AID);
        Assert.Equal(("اليابان وكوريا الجنوبية[-]", "الفلبين[PHL]"), Actors(e));
    }

    [Fact]
    public void SubjectsOfOneStateJoinedByWaKeepTheirState()
    {
        var e = Only("وتتهم الحكومة الفرنسية والبرلمان الفرنسي روسيا بنشر معلومات مضللة.", PloverType.ACCUSE);
        Assert.Equal(("الحكومة الفرنسية والبرلمان الفرنسي[FRA]", "روسيا[RUS]"), Actors(e));
    }
}
