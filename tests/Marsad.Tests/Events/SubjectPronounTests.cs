using Marsad.Events;
using Marsad.Events.Arguments;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// A detached third-person pronoun right before a verb («وهي تتهم», «وهو يرفض») is the verb's subject: the nearest actor
/// named before it in its sentence that agrees with it, even one a preposition governs (Arguments.SubjectPronoun).
/// Sentences written for these tests.
/// </summary>
public sealed class SubjectPronounTests
{
    private static readonly Marsad.Events.Lexicon.EventLanguage Language = ParsedSentence.Language;

    [Fact]
    public void AFemininePronounBeforeAVerbTakesUpTheGovernedBodyNamedBefore() =>
        Assert.Equal("الحكومة الفرنسية[FRA]",
            Actor(Only("وقال المتحدث إن على الحكومة الفرنسية أن تراجع موقفها، وهي تتهم النقابات بعرقلة الإصلاحات.", PloverType.ACCUSE).Source));

    [Fact]
    public void AFemininePronounPassesOverAMasculineNoun()
    {
        var p = ParsedSentence.Parse("وانتقدت الحكومة الوزير السابق، وهي ترفض أي تسوية مع المحتجين.");
        Assert.Equal("الحكومة", new SubjectPronoun(Language).Antecedent(p.Text, p.IndexOf("ترفض"), 0)!.Text);
    }

    [Fact]
    public void AMasculinePronounPassesOverAFemininePlural()
    {
        var p = ParsedSentence.Parse("وانتقد الوزير السلطات المحلية، وهو يرفض أي تسوية مع المحتجين.");
        Assert.Equal("الوزير", new SubjectPronoun(Language).Antecedent(p.Text, p.IndexOf("يرفض"), 0)!.Text);
    }

    [Fact]
    public void NoPronounBeforeTheVerbNamesNoSubject()
    {
        var p = ParsedSentence.Parse("وانتقد الوزير السلطات المحلية، ويرفض أي تسوية مع المحتجين.");
        Assert.Null(new SubjectPronoun(Language).Antecedent(p.Text, p.IndexOf("ويرفض"), 0));
    }
}
