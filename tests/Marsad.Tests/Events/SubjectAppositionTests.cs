using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// An honorific between a subject's office and its holder's name continues the subject (Arguments.SubjectApposition):
/// neither the title nor the name after it is the recipient (sentences written for these tests).
/// </summary>
public sealed class SubjectAppositionTests
{
    [Fact]
    public void AnHonorificAfterTheSubjectIsNoTarget() =>
        Assert.Equal("?", Actor(Only("وأدان وزير الخارجية الأردني الدكتور ناصر جودة الهجوم على القافلة.", PloverType.ACCUSE).Target));

    [Fact]
    public void AnActorAfterTheHonorificAndNameIsTheTarget() =>
        Assert.Equal("الحكومة التركية[TUR]", Actor(Only("وانتقد وزير الخارجية الأردني الدكتور ناصر جودة الحكومة التركية.", PloverType.ACCUSE).Target));
}
