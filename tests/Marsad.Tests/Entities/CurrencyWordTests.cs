using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>
/// Every state's currency that news writes by a word of its own is no name alone (context.tsv kind notname), whatever
/// the statistical tagger reads there. Sentences the team wrote.
/// </summary>
public sealed class CurrencyWordTests
{
    private static readonly DateTimeOffset May2016 = new(2016, 5, 2, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("وقدرت الخسائر بنحو 40 مليون رينجيت خلال العام الماضي.", "رينجيت")]
    public void ACurrencyAfterAnAmountIsNoEntity(string sentence, string currency)
    {
        var found = EntityTestPipeline.Analyze(sentence, May2016);

        Assert.DoesNotContain(found.Entities, e => e.Mentions.Any(m => m.Text == currency));
    }
}
