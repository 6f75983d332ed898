namespace Marsad.Tests.Events;

/// <summary>
/// Words that look like a modality cue or a report's frame and are neither: ما after a preposition is the relative «what»
/// (no negation), and the colon of a clock time introduces no words, so the act after it is the outlet's own.
/// </summary>
public sealed class ParticlesThatDoNotFrameTheActTests
{
    [Fact]
    public void WhatAfterAPrepositionNegatesNothing() =>
        Assert.Equal(["COERCE/arrest asserted"], EventTestPipeline.Coded(
            "وتحدث الشهود عن ما اعتقلته الشرطة من أشخاص في الحي."));

    [Fact]
    public void TheColonOfAClockTimeReportsNoActAfterIt() =>
        Assert.Equal("ASSAULT/- asserted", Assert.Single(EventTestPipeline.Coded(
            "وأعلن الجيش وقف إطلاق النار من الساعة 23:59 مساء، لكن المسلحين هاجموا نقطة تفتيش."), e => e.StartsWith("ASSAULT")));
}
