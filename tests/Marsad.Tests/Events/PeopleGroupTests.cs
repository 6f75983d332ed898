using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// A group qualified by a people's broken plural (peoples.tsv): of one state it is that state's, as a nisba makes it; of
/// several states it is a multinational body, in no state and not in the one it meets in.
/// </summary>
public sealed class PeopleGroupTests
{
    [Fact]
    public void AGroupOfAPeopleOfSeveralStatesTakesNoStateFromWhereItMeets() =>
        Assert.Equal("وزراء الخارجية العرب[-]", Actor(Only("اجتمع وزراء الخارجية العرب في القاهرة أمس لبحث الأزمة في السودان.", PloverType.CONSULT).Source));

    [Fact]
    public void APeopleAfterTheGenitiveOfTheGroupNounStillQualifiesTheGroup() =>
        Assert.Equal("وزراء الزراعة العرب[-]", Actor(Only("وعقد وزراء الزراعة العرب اجتماعاً طارئاً في تونس لبحث أزمة القمح.", PloverType.CONSULT).Source));

    [Fact]
    public void AGroupOfAPeopleOfOneStateIsThatStates() =>
        Assert.Equal("المسؤولين الأتراك[TUR]", Actor(Only("وندد عدد من المسؤولين الأتراك بقرار البرلمان الأوروبي.", PloverType.ACCUSE).Source));
}
