using System.Text;
using System.Text.Json;
using Marsad.Documents;
using Marsad.Pipeline;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Tests.Time;

public sealed class TimeAnnotatorTests
{
    private static Article Dated(string text, DateTimeOffset? published) =>
        new() { Id = "a1", Text = text, Published = published };

    [Fact]
    public void TimesAreAnchoredOnThePublicationDateTheSourceGives()
    {
        var pipeline = new PipelineBuilder().UseTime().Build();
        var document = pipeline.Run(Dated("قال الوزير أمس إن المحادثات انتهت.", new DateTimeOffset(2022, 9, 12, 18, 0, 0, TimeSpan.FromHours(3))));

        Assert.Equal(new PublicationDate(new DateTimeOffset(2022, 9, 12, 18, 0, 0, TimeSpan.FromHours(3)), Estimated: false), document.Get(DocumentLayers.Publication));
        var time = Assert.Single(document.Get(TimeLayers.Times));
        Assert.Equal("2022-09-11", time.Value);
        Assert.Equal(new DateOnly(2022, 9, 12), time.Anchor);
    }

    [Fact]
    public void AnchorOptionOverridesThePublicationDate()
    {
        var pipeline = new PipelineBuilder().UseTime(new TimeOptions { Anchor = new DateOnly(2020, 1, 1) }).Build();
        var document = pipeline.Run(Dated("وصل الوفد أمس.", new DateTimeOffset(2022, 9, 12, 0, 0, 0, TimeSpan.Zero)));
        Assert.Equal("2019-12-31", Assert.Single(document.Get(TimeLayers.Times)).Value);
    }

    [Fact]
    public void UndatedArticleIsDatedByItsLatestFullDateAndItsTimesUseThatEstimate()
    {
        var document = new PipelineBuilder().UseTime().Build()
            .Run(Dated("وقع الاتفاق في 3 مايو 2021. وأعلنت الوزارة، الثلاثاء 6 سبتمبر 2022، أن الوفد وصل أمس.", null));

        var publication = document.Get(DocumentLayers.Publication);
        Assert.True(publication.Estimated);
        Assert.Equal(new DateTimeOffset(2022, 9, 6, 0, 0, 0, TimeSpan.Zero), publication.Value);
        Assert.Contains("«الثلاثاء 6 سبتمبر 2022»", publication.Evidence);
        Assert.Contains(document.Get(TimeLayers.Times), t => t.Text == "أمس" && t.Value == "2022-09-05");
    }

    [Fact]
    public void UndatedArticleIsDatedByItsFullDateWhileADeicticDayWithAnotherWeekdayFallsBeforeIt()
    {
        // 5 June 2024 was a Wednesday: the written date dates the article, «اليوم الأحد» is the Sunday before it.
        var document = new PipelineBuilder().UseTime().Build()
            .Run(Dated("أعلنت الوزارة، الأربعاء 5 يونيو 2024، أن الوفد وصل اليوم الأحد.", null));

        Assert.Equal(new DateTimeOffset(2024, 6, 5, 0, 0, 0, TimeSpan.Zero), document.Get(DocumentLayers.Publication).Value);
        var today = Assert.Single(document.Get(TimeLayers.Times), t => t.Text == "اليوم الأحد");
        Assert.Equal("2024-06-02", today.Value);
        Assert.Contains(TimeFlags.WeekdayMismatch, today.Flags);
    }

    [Fact]
    public void UndatedArticleWithOnlyAMonthAndYearGetsAMonthLevelEstimate()
    {
        var publication = ArticleDater.Estimate(TimeRecognizer.Default.Recognize("ارتفعت الأسعار في مايو 2021 ثم في يونيو.", null));
        Assert.True(publication.Estimated);
        Assert.Equal(new DateTimeOffset(2021, 5, 1, 0, 0, 0, TimeSpan.Zero), publication.Value);
        Assert.StartsWith("month-level", publication.Evidence);
    }

    [Fact]
    public void EstimationCanBeTurnedOff()
    {
        var document = new PipelineBuilder().UseTime(new TimeOptions { EstimateMissingPublication = false }).Build()
            .Run(Dated("أعلنت الوزارة، الثلاثاء 6 سبتمبر 2022، القرار.", null));
        Assert.Equal(new PublicationDate(null, Estimated: false), document.Get(DocumentLayers.Publication));
    }

    [Fact]
    public void JsonHasTheContractFieldsForEveryTime()
    {
        var annotator = new TimeAnnotator();
        var document = new Document(Dated("خلال 24 ساعة من مساء أمس.", new DateTimeOffset(2022, 9, 12, 0, 0, 0, TimeSpan.Zero)));
        annotator.Annotate(document);

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            annotator.WriteJson(document, writer);
            writer.WriteEndObject();
        }
        using var json = JsonDocument.Parse(Encoding.UTF8.GetString(stream.ToArray()));
        var times = json.RootElement.GetProperty("times").EnumerateArray().ToList();
        Assert.Equal(2, times.Count);
        Assert.Equal("خلال 24 ساعة", times[0].GetProperty("text").GetString());
        Assert.Equal(0, times[0].GetProperty("start").GetInt32());
        Assert.Equal(12, times[0].GetProperty("end").GetInt32());
        Assert.Equal("DURATION", times[0].GetProperty("type").GetString());
        Assert.Equal("PT24H", times[0].GetProperty("value").GetString());
        Assert.Equal(JsonValueKind.Null, times[0].GetProperty("anchor").ValueKind);
        Assert.Equal("TIME", times[1].GetProperty("type").GetString());
        Assert.Equal("2022-09-11TEV", times[1].GetProperty("value").GetString());
        Assert.Equal("2022-09-12", times[1].GetProperty("anchor").GetString());
        Assert.Equal("part_of_day", times[1].GetProperty("granularity").GetString());
        Assert.False(json.RootElement.TryGetProperty("published", out _));
    }

    [Fact]
    public void TimeStepNeedsNoEarlierStep()
    {
        var pipeline = new PipelineBuilder().UseTime().Build();
        Assert.Equal(["times", "publication"], pipeline.Annotators.Single().Produces.Select(l => l.Name));
    }

    [Fact]
    public void AfterTheTextStepTheEventContextStopsAtItsSentences()
    {
        // The dated sentence mentions the same event words, so the offset resolves against 7 September.
        const string text = "قررت الحكومة، الأربعاء 7 سبتمبر 2022، قطع علاقاتها مع الجارة. وجاءت الزيارة بعد شهر ونصف من إعلانها قطع العلاقات.";
        var document = new PipelineBuilder().UseText().UseTime().Build()
            .Run(Dated(text, new DateTimeOffset(2022, 11, 30, 0, 0, 0, TimeSpan.Zero)));
        var time = Assert.Single(document.Get(TimeLayers.Times), t => t.Has(TimeFlags.EventRelative));
        Assert.Equal(new DateOnly(2022, 9, 7), time.Anchor);
        Assert.Equal("2022-10", time.Value);
    }
}
