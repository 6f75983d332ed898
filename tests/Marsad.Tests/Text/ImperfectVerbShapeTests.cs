using Marsad.Text.Morphology;
using Marsad.Text.Normalization;

namespace Marsad.Tests.Text;

/// <summary>
/// An imperfect verb of any person is told from a noun of the same shape by its twin: news writes the verb's stem with
/// both ي and ت, and no noun in ت or accusative in ا has that twin.
/// </summary>
public sealed class ImperfectVerbShapeTests
{
    [Theory]
    [InlineData("تشهد")]
    [InlineData("يواجه")]
    [InlineData("نواصل")]
    [InlineData("وستبقى")]
    [InlineData("تتحدث")]
    public void AnImperfectOfAnyPersonReadsAsAVerb(string word) =>
        Assert.True(ImperfectVerbShape.IsImperfect(MatchingKey.Of(word)));

    [Theory]
    [InlineData("تقرير")]
    [InlineData("تحت")]
    [InlineData("نقلا")]
    [InlineData("تاريخ")]
    [InlineData("نتائج")]
    public void ANounOrAnAccusativeWithThePrefixOfAPersonIsNoVerb(string word) =>
        Assert.False(ImperfectVerbShape.IsImperfect(MatchingKey.Of(word)));
}
