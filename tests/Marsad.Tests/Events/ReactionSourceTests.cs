using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// A noun of reacting to an act (arguments.tsv, reaction) names who reacted after من, right after it or after its
/// adjectives: that actor is the event's source (sentences written for these tests).
/// </summary>
public sealed class ReactionSourceTests
{
    [Fact]
    public void SharpCriticismFromTheOppositionPartiesIsTheirs() =>
        Assert.Equal("أحزاب المعارضة",
            Only("ولقي مشروع القانون انتقادات حادة من أحزاب المعارضة في البرلمان.", PloverType.ACCUSE).Source?.Text);

    [Fact]
    public void AWelcomeFromAGovernmentIsThatGovernments() =>
        Assert.Equal("الحكومة المصرية[EGY]",
            Actor(Only("وصدر ترحيب من الحكومة المصرية بالقرار.", PloverType.SUPPORT).Source));

    [Fact]
    public void AWelcomeFromACapitalIsItsStates() =>
        Assert.Equal("موسكو[RUS]",
            Actor(Only("وصدر ترحيب رسمي من موسكو بالاتفاق بين الحكومة والمعارضة.", PloverType.SUPPORT).Source));

    [Fact]
    public void ACondemnationFromACapitalIsItsStates() =>
        Assert.Equal("باريس[FRA]",
            Actor(Only("وصدرت إدانة واسعة من باريس للهجوم على المدرسة.", PloverType.ACCUSE).Source));
}
