using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>
/// A title in construct with the definite word it heads (شيخ الأزهر، مفتي المنطقة، إمام المسجد) followed by a given name
/// is that person's title, by rule rather than by what the statistical tagger happens to read there (issue #9, ner22).
/// </summary>
public sealed class TitleInConstructNameTests
{
    private static readonly DateTimeOffset March2023 = new(2023, 3, 15, 12, 0, 0, TimeSpan.Zero);

    private static IEnumerable<string> Persons(string text) =>
        EntityTestPipeline.Analyze(text, March2023).Mentions.Where(m => m.Type == EntityType.PER).Select(m => m.Text);

    [Theory]
    [InlineData("وقال شيخ القبيلة سعد آل مريح إن الأهالي ينتظرون افتتاح الطريق.", "سعد آل مريح")]
    public void AGivenNameAfterATitleInConstructIsTheTitleHoldersFullName(string text, string person)
    {
        Assert.Equal([person], Persons(text));
    }

    [Theory]
    [InlineData("فاز فريق الغرافة على الخور بهدفين نظيفين في الدوري.")]
    public void AStopWordSharingAGivenNamesKeyOpensNoNameAfterATitleInConstruct(string text)
    {
        Assert.Empty(Persons(text));
    }
}
