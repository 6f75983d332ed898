using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>A lone word the tagger reads as a person that is a common noun in the indefinite accusative: the verb's object.</summary>
public sealed class AccusativeObjectTests
{
    [Theory]
    [InlineData("وفي الرياض استقبل الشيخ عبد العزيز آل الشيخ وفدا من الطلاب.", "عبد العزيز آل الشيخ")]
    [InlineData("واستقبل مفتي عام المملكة العربية السعودية الشيخ عبد العزيز آل الشيخ وفدا من العلماء.", "عبد العزيز آل الشيخ")]
    public void ACommonNounInTheAccusativeAfterANameIsTheObjectNotAPerson(string text, string name)
    {
        var found = EntityTestPipeline.Analyze(text, new DateTimeOffset(2021, 3, 4, 9, 0, 0, TimeSpan.Zero));

        var person = Assert.Single(found.Entities, e => e.Type == EntityType.PER);
        Assert.Contains(name, person.Mentions.Select(m => m.Text));
    }
}
