using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// Harm verbs read as passive (Events.PassiveVoice): after an adverb of time with no object, and in a vocalised imperfect;
/// the one named is the one harmed and the doer stays unnamed. Sentences written for these tests.
/// </summary>
public sealed class PassiveReadingTests
{
    [Fact]
    public void AHarmVerbInARelativeClauseWithOnlyAnAdverbAfterItIsPassive() =>
        Assert.Equal(("?", "سامر خليل[-]"),
            Actors(Only("وكان الكاتب سامر خليل الذي اعتقل لاحقا قد كتب عن الفساد في البلديات.", PloverType.COERCE)));

    [Fact]
    public void AVocalisedImperfectWithAFathaInItsStemIsPassive() =>
        Assert.Equal(("?", "سامر خليل[-]"),
            Actors(Only("ولم يُعتقَل الكاتب سامر خليل طوال تلك السنوات.", PloverType.COERCE)));
}
