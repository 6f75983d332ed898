using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>
/// Armed groups named after a founder or leader (context.tsv kind group): the name after the group word in construct
/// is the group, the same name after the definite word a person. Sentences the team wrote.
/// </summary>
public sealed class GroupNamedAfterAPersonTests
{
    private static readonly DateTimeOffset May2016 = new(2016, 5, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void APersonsNameAfterAGroupWordInConstructIsTheGroup()
    {
        var found = EntityTestPipeline.Analyze("وتبنت جماعة أبو سياف خطف سائحين قرب جزيرة باسيلان.", May2016);

        Assert.Equal([(EntityType.ORG, "أبو سياف")],
            found.Entities.Where(e => e.Mentions.Any(m => m.Text == "أبو سياف")).Select(e => (e.Type, e.Mentions[0].Text)));
    }

    [Fact]
    public void APersonsNameAfterTheDefiniteGroupWordStaysAPerson()
    {
        var found = EntityTestPipeline.Analyze("وقال المتحدث باسم الجماعة أبو سياف إن المفاوضات لم تبدأ.", May2016);

        Assert.Equal([(EntityType.PER, "أبو سياف")],
            found.Entities.Where(e => e.Mentions.Any(m => m.Text == "أبو سياف")).Select(e => (e.Type, e.Mentions[0].Text)));
    }
}
