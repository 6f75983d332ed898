using Marsad.Text.Morphology;
using Marsad.Text.Normalization;

namespace Marsad.Tests.Text;

/// <summary>
/// The letters of the first person (Text.Morphology.FirstPersonShape) on a matching key: the imperfect's prefix of «I» or
/// «we», and the ending نا. Words written for these tests.
/// </summary>
public sealed class FirstPersonShapeTests
{
    [Theory]
    [InlineData("نطالب", true, true)]
    [InlineData("أقول", true, false)]
    [InlineData("يقول", false, false)]
    [InlineData("تطالب", false, false)]
    public void AnImperfectOpensWithThePrefixOfIOrWe(string word, bool eitherPerson, bool weOnly) =>
        Assert.Equal((eitherPerson, weOnly),
            (FirstPersonShape.OpensImperfect(MatchingKey.Of(word)), FirstPersonShape.OpensImperfect(MatchingKey.Of(word), singular: false)));

    [Theory]
    [InlineData("رفضنا", true)]
    [InlineData("موقفنا", true)]
    [InlineData("رفضوا", false)]
    [InlineData("موقفه", false)]
    public void APerfectOrANounEndingInNaIsOfWe(string word, bool we) =>
        Assert.Equal(we, FirstPersonShape.EndsWithWe(MatchingKey.Of(word)));

    [Fact]
    public void AnEmptyKeyOpensWithNoPrefix() => Assert.False(FirstPersonShape.OpensImperfect(""));
}
