using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// A demonstrative right before an actor («هذه الميليشيات», «هؤلاء الجنود») determines its noun: it is no word standing
/// between the clause's verb and its subject (Arguments.ClauseSyntax.WordsBeforeInClause); sentences written for these tests.
/// </summary>
public sealed class DemonstrativeSubjectTests
{
    [Fact]
    public void TheSubjectOfASupportVerbAfterADemonstrativeDoesTheEventNoun() =>
        Assert.Equal(("الميليشيات[-]", "المنازل[-]"),
            Actors(Assert.Single(EventTestPipeline.Events("وأكد المتحدث أن عناصر الجماعة قاموا بخطف الصحفيين، حيث قامت هذه الميليشيات بتفجير المنازل."),
                e => e.Type == PloverType.ASSAULT && e.Mode == "explosives")));

    // Guard: a demonstrative after a preposition is still the linking adverbial, no determiner.
    [Fact]
    public void ADemonstrativeAfterAPrepositionStaysAnAdverbial() =>
        Assert.Equal(("قوات الأمن[-]", "عشرات الطلاب[-]"),
            Actors(Only("وإلى ذلك قامت قوات الأمن باعتقال عشرات الطلاب.", PloverType.COERCE)));
}
