using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// A bare definite group noun («المجلس», «الجيش») that takes up a body the article named in full before it acts for that
/// body's state, or for none when the body is international; an international body located in a place stays no state's;
/// doers or nisbas joined by و are one compound actor, of no state when theirs differ; a resistance movement or a suicide
/// bomber named by kind acts.
/// </summary>
public sealed class ActorAnaphoraTests
{
    [Fact]
    public void ABareGroupNounIsTheBodyTheArticleNamedByThatNounBefore()
    {
        // The article's first state is Lebanon (the dateline place), but «الجيش» is the Israeli army named before it.
        var e = Only("في بيروت، قالت مصادر أمنية إن الجيش الإسرائيلي قصف بلدة حدودية. وأضافت المصادر أن الجيش اعتقل راعياً قرب الحدود.",
            PloverType.COERCE);
        Assert.Equal("الجيش[ISR]", Actor(e.Source));
    }

    [Fact]
    public void ABareGroupNounTakingUpAnInternationalBodyBelongsToNoState()
    {
        var e = Only("أصدر مجلس الأمن الدولي قراراً بشأن الحرب في السودان. وهدد المجلس بفرض عقوبات على قادة الميليشيات.",
            PloverType.THREATEN);
        Assert.Equal("المجلس[-]", Actor(e.Source));
    }

    [Fact]
    public void AnInternationalBodyLocatedInAPlaceIsNotThatPlacesState()
    {
        var e = Only("وهاجم التحالف في سوريا مواقع للتنظيم قرب الحدود.", PloverType.ASSAULT);
        Assert.Equal("التحالف في سوريا[-]", Actor(e.Source));
    }

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

    [Fact]
    public void AResistanceMovementNamedByKindIsTheDoer() =>
        Assert.Equal("المقاومة الشعبية[-]", Actor(Only("هاجمت المقاومة الشعبية مواقع للمتمردين قرب مدينة تعز.", PloverType.ASSAULT).Source));

    [Fact]
    public void ASuicideBomberTheTextDoesNotAttachToAGroupBelongsToNoState() =>
        Assert.Equal("انتحاري[-]", Actor(Only("بغداد - فجر انتحاري حزاماً ناسفاً في سوق شعبي بمدينة كركوك أمس.", PloverType.ASSAULT).Source));
}
