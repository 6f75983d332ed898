using Marsad.Events.Lexicon;

namespace Marsad.Tests.Events;

/// <summary>The filter that turns most tokens away before a lexicon lookup (Events/Lexicon/FormFilter).</summary>
public sealed class FormFilterTests
{
    [Fact]
    public void EveryKeyOfTheLexiconMayBeContained()
    {
        var filter = new FormFilter(EventLanguage.Default.ActorNouns.Keys);
        Assert.All(EventLanguage.Default.ActorNouns.Keys, key => Assert.True(filter.MayContain(key), key));
    }

    [Fact]
    public void AFilterOfAFewVerbsTurnsAwayWordsOfOtherShapes()
    {
        var filter = new FormFilter(["قطع", "طرد", "زيارة"]);
        Assert.False(filter.MayContain("الطقس"));
        Assert.False(filter.MayContain("مباراة"));
        Assert.True(filter.MayContain("طرد"));
    }
}
