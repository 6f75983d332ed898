using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>
/// A list of people joins each by و; the tagger reads «وعلي» as و + على and takes the family name after it alone. A given
/// name joined by و right before the tagger's person opens that person's name (TaggerPass.GivenNameJoinedBefore).
/// Sentences the team wrote.
/// </summary>
public sealed class GivenNameJoinedBeforeFamilyNameTests
{
    private static readonly DateTimeOffset March2019 = new(2019, 3, 4, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("ويضم المنتخب في خط الوسط فهد المطيري وعلي الشهراني وماجد الغامدي.", "علي الشهراني")]
    [InlineData("وشارك في الاجتماع رئيس اللجنة سامي الحربي وعلي الزهراني ومدير الفرع.", "علي الزهراني")]
    public void TheGivenNameAfterTheConjunctionOpensTheName(string sentence, string name)
    {
        var found = EntityTestPipeline.Analyze(sentence, March2019);

        Assert.Contains(found.Entities, e => e.Type == EntityType.PER && e.Mentions[0].Text == name);
        Assert.DoesNotContain(found.Entities, e => e.Type == EntityType.PER && name.EndsWith(" " + e.Mentions[0].Text, StringComparison.Ordinal));
    }
}
