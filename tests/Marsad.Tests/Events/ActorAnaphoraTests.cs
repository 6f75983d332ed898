using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// A bare definite group noun («المجلس», «الجيش») that takes up a body the article named in full before it acts for that
/// body's state, or for none when the body is international; and an international body located in a place stays no
/// state's.
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
}
