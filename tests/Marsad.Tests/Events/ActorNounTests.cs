using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// Actors named by kind only (actor-nouns.tsv): a resistance movement and a suicide bomber whose group the text does not name.
/// </summary>
public sealed class ActorNounTests
{
    [Fact]
    public void AResistanceMovementNamedByKindIsTheDoer() =>
        Assert.Equal("المقاومة الشعبية[-]", Actor(Only("هاجمت المقاومة الشعبية مواقع للمتمردين قرب مدينة تعز.", PloverType.ASSAULT).Source));

    [Fact]
    public void ASuicideBomberTheTextDoesNotAttachToAGroupBelongsToNoState() =>
        Assert.Equal("انتحاري[-]", Actor(Only("بغداد - فجر انتحاري حزاماً ناسفاً في سوق شعبي بمدينة كركوك أمس.", PloverType.ASSAULT).Source));
}
