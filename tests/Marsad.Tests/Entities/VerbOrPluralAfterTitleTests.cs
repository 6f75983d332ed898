using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>
/// A verb or a noun after a title read as a name (issue #9, ner25): a perfect of the causative form أفعل, whose shape
/// given names share (أحمد، أكرم), and a sound masculine plural in construct ending in ي.
/// </summary>
public sealed class VerbOrPluralAfterTitleTests
{
    private static readonly DateTimeOffset August2015 = new(2015, 8, 3, 9, 0, 0, TimeSpan.FromHours(3));

    private static string[] People(string text) =>
        [.. EntityTestPipeline.Analyze(text, August2015).Entities.Where(e => e.Type == EntityType.PER)
            .Select(e => $"{e.Id} [{string.Join(" | ", e.Mentions.Select(m => m.Text))}]")];

    [Theory]
    [InlineData("وكان المدرب أجرى تعديلات على التشكيلة قبل المباراة الأخيرة.")]
    [InlineData("وذكرت الصحيفة أن قائد منفذي هجمات الأسبوع الماضي قتل في غارة جوية.")]
    public void ACausativePerfectOrAPluralInConstructAfterATitleIsNoName(string text) => Assert.Empty(People(text));

    [Fact]
    public void AGivenNameOfTheCausativeShapeAfterATitleStaysAName() =>
        Assert.Equal(["per:~اكرم-حداد [أكرم حداد]"], People("وكان المدرب أكرم حداد قد أعلن التشكيلة قبل المباراة الأخيرة."));
}
