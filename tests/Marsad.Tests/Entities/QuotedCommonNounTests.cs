using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>
/// A lone word between quotation marks that news writes as a common noun (a borrowed word set off by quotes) is no
/// organization, whatever the tagger reads there, unless an organization word announces it (issue #9).
/// </summary>
public sealed class QuotedCommonNounTests
{
    private static readonly DateTimeOffset May2016 = new(2016, 5, 10, 9, 0, 0, TimeSpan.FromHours(3));

    [Theory]
    [InlineData("ضبطت الشرطة في جدة شابا بحوزته «موبايل» مسروق من محل في السوق.")]
    [InlineData("عثر المفتشون على «لابتوب» في حقيبة المسافر.")]
    public void AQuotedBorrowedCommonNounIsNoOrganization(string text)
    {
        var found = EntityTestPipeline.Analyze(text, May2016);

        Assert.DoesNotContain(found.Mentions, m => m.Type == EntityType.ORG);
    }
}
