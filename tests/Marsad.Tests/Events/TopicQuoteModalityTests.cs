namespace Marsad.Tests.Events;

/// <summary>
/// An act inside quote marks opened right after a preposition of topic a verb of talking governs («تحدث X عن «…»») is
/// told on the talker's word: reported, though the quote holds verbs of its own.
/// </summary>
public sealed class TopicQuoteModalityTests
{
    [Fact]
    public void ShellingInAQuoteTheMayorTalkedAboutIsReported() =>
        Assert.Equal(["ASSAULT/heavy-weapons reported"], EventTestPipeline.Coded(
            "وتحدث رئيس البلدية أمس عن «قصف عنيف طال الأحياء السكنية طوال الليل»."));

    [Fact]
    public void ShellingVerbDeepInAQuoteTheMayorTalkedAboutIsReported() =>
        Assert.Equal(["ASSAULT/heavy-weapons reported"], EventTestPipeline.Coded(
            "وتحدث رئيس البلدية أمس عن «ليلة صعبة قصف خلالها الجيش الأحياء السكنية بالمدفعية»."));

    [Fact]
    public void ShellingTheMayorTalkedAboutWithoutQuoteMarksStaysAsserted() =>
        Assert.Equal(["ASSAULT/heavy-weapons asserted"], EventTestPipeline.Coded(
            "وتحدث رئيس البلدية أمس في مؤتمر صحفي. وقصف الجيش الأحياء السكنية طوال الليل."));
}
