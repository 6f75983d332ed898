using Marsad.Events.Lexicon;

namespace Marsad.Tests.Events;

/// <summary>
/// The one test of the future سـ on a verb row's proclitics, which the trigger finder (future modality, a verb after a
/// control word: «أعلن أنه سيزور») and the actor phrase finder (a trigger verb with سـ is no name: «وزير الدفاع سيغادر»)
/// both ask.
/// </summary>
public sealed class FuturePrefixTests
{
    [Theory]
    [InlineData("س", true)]    // سيزور
    [InlineData("وس", true)]   // وستعقد
    [InlineData("فس", true)]   // فسيرد
    [InlineData("", false)]    // يزور
    [InlineData("و", false)]   // ويزور
    [InlineData("ول", false)]  // وليزور
    public void OnlyProcliticsCarryingSinReadTheFuture(string prefix, bool future) =>
        Assert.Equal(future, PatternWord.IsFuturePrefix(prefix));
}
