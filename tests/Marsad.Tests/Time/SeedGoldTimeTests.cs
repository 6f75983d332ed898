using System.Text.Json;
using Marsad.Documents;
using Marsad.Pipeline;
using Marsad.Text;
using Marsad.Tests.Support;
using Marsad.Time;

namespace Marsad.Tests.Time;

/// <summary>Acceptance on the two real seed articles: every time the analyst's gold lists, resolved exactly.</summary>
public sealed class SeedGoldTimeTests
{
    public static TheoryData<int> Seeds => new() { 0, 1 };

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EveryGoldTimeIsFoundWithItsValueAgainstTheSeedsOwnDate(int seed)
    {
        var text = File.ReadAllText(SharedData.Seed(seed));
        var gold = GoldArticle(seed);
        var anchor = DateOnly.Parse(gold.GetProperty("anchor_for_tests").GetString()!);
        var found = TimeRecognizer.Default.Recognize(text, anchor);
        foreach (var time in gold.GetProperty("times").EnumerateArray())
        {
            var expectedText = time.GetProperty("text").GetString()!;
            var expectedValue = time.GetProperty("value").GetString()!;
            var match = found.FirstOrDefault(t => t.Text == expectedText);
            Assert.True(match is not null,
                $"seed {seed}: «{expectedText}» not found; found [{string.Join(" | ", found.Select(t => $"«{t.Text}»={t.Value}"))}]");
            Assert.Equal(expectedValue, match.Value);
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void GoldTimesComeOutOfTheFullTextAndTimePipelineToo(int seed)
    {
        var gold = GoldArticle(seed);
        var anchor = DateOnly.Parse(gold.GetProperty("anchor_for_tests").GetString()!);
        var pipeline = new PipelineBuilder().UseText().UseTime(new TimeOptions { Anchor = anchor }).Build();
        var times = pipeline.Run(new Article { Id = $"seed{seed}", Text = File.ReadAllText(SharedData.Seed(seed)) }).Get(TimeLayers.Times);
        foreach (var time in gold.GetProperty("times").EnumerateArray())
            Assert.Contains(times, t => t.Text == time.GetProperty("text").GetString() && t.Value == time.GetProperty("value").GetString());
    }

    [Fact]
    public void UndatedSeedWithAFullDateIsDatedByItsLatestFullDate()
    {
        var text = File.ReadAllText(SharedData.Seed(0));
        var document = new PipelineBuilder().UseTime().Build().Run(new Article { Id = "seed0", Text = text });

        var publication = document.Get(DocumentLayers.Publication);
        Assert.True(publication.Estimated);
        Assert.Equal(new DateTimeOffset(2022, 9, 12, 0, 0, 0, TimeSpan.Zero), publication.Value);
        Assert.Contains("2022-09-12", publication.Evidence);
        Assert.Contains("weekday agrees", publication.Evidence);
        var times = document.Get(TimeLayers.Times);
        Assert.Contains(times, t => t.Value == "2022-09-07" && t.Anchor == new DateOnly(2022, 9, 12));
    }

    /// <summary>
    /// Seed 001 names July and September but never a year: an estimate would invent the year, so the article is
    /// marked estimated with no date and evidence saying why, and its times keep XXXX for the year.
    /// </summary>
    [Fact]
    public void UndatedSeedWithoutAnyYearIsMarkedEstimatedWithoutInventingADate()
    {
        var text = File.ReadAllText(SharedData.Seed(1));
        var document = new PipelineBuilder().UseTime().Build().Run(new Article { Id = "seed1", Text = text });

        var publication = document.Get(DocumentLayers.Publication);
        Assert.True(publication.Estimated);
        Assert.Null(publication.Value);
        Assert.Contains("no date with a written year", publication.Evidence);
        Assert.Contains(document.Get(TimeLayers.Times), t => t.Value == "XXXX-09");
    }

    private static JsonElement GoldArticle(int seed)
    {
        var path = SharedData.RequireFile("gold/seeds.gold.json");
        using var json = JsonDocument.Parse(File.ReadAllText(path));
        return json.RootElement.GetProperty("articles")[seed].Clone();
    }
}
