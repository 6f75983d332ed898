using Marsad.Analysis;
using Marsad.Documents;
using Marsad.Entities;
using Marsad.Pipeline;
using Marsad.Storage;
using Marsad.Tests.Support;
using Marsad.Text;

namespace Marsad.Tests.Analysis;

public sealed class AnalysisStoreTests
{
    private static readonly Article Article = new()
    {
        Id = "a1",
        Text = "استقبل الرئيس المصري وزير الخارجية الأردني في القاهرة، وبحث معه الأوضاع في الأردن.",
    };

    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.PostgreSql)]
    public void SavingAnAnalyzedArticleMakesItsEntitiesFindableByName(StoreKind kind)
    {
        using var target = TestStore.Create(kind);
        using var store = target.Open();
        store.Articles.AddBatch([Article]);

        new AnalysisStore(store).Save(MarsadPipeline.Default.Run(Article));

        var jordan = Assert.Single(new EntityRepository(store).FindByName("الأردن"));
        Assert.Equal("gpe:jordan", jordan.Id);
        Assert.Equal(2, jordan.MentionCount);
    }

    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.PostgreSql)]
    public void APipelineWithoutTheEntityStepHasNothingToSaveAndSavesNothing(StoreKind kind)
    {
        using var target = TestStore.Create(kind);
        using var store = target.Open();
        store.Articles.AddBatch([Article]);
        var textOnly = new PipelineBuilder().UseText().Build();

        new AnalysisStore(store).Save(textOnly.Run(Article));

        Assert.Empty(new EntityRepository(store).List());
    }

    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.PostgreSql)]
    public void AStoredAnalysisReadsBackAsTheSameJsonWithoutAnalysingAgain(StoreKind kind)
    {
        using var target = TestStore.Create(kind);
        using var store = target.Open();
        store.Articles.AddBatch([Article]);
        var pipeline = MarsadPipeline.Default;
        var analysed = pipeline.Run(Article);
        var analysisStore = new AnalysisStore(store, pipeline);
        analysisStore.Save([analysed]);

        var stored = analysisStore.Load(Article.Id)!;
        var writer = new Reporting.ArticleJsonWriter(pipeline);
        using var fresh = JsonOf(w => writer.Write(analysed, w));
        using var read = JsonOf(w => writer.WriteStored(pipeline.RunUnstored(Article), stored, w));

        Assert.Equal(pipeline.Version, stored.Pipeline);
        Assert.Equal(fresh.RootElement.GetProperty("entities").GetRawText(), read.RootElement.GetProperty("entities").GetRawText());
        Assert.Equal(fresh.RootElement.GetProperty("times").GetRawText(), read.RootElement.GetProperty("times").GetRawText());
        Assert.Equal(fresh.RootElement.GetProperty("sentences").GetRawText(), read.RootElement.GetProperty("sentences").GetRawText());
        Assert.Equal(pipeline.Version, read.RootElement.GetProperty("analysis").GetProperty("pipeline").GetString());
    }

    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.PostgreSql)]
    public void AnArticleNeverAnalysedHasNoStoredAnalysis(StoreKind kind)
    {
        using var target = TestStore.Create(kind);
        using var store = target.Open();
        store.Articles.AddBatch([Article]);

        Assert.Null(new AnalysisStore(store).Load(Article.Id));
    }

    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.PostgreSql)]
    public void AnalysingAgainReplacesTheStoredMentionsInsteadOfAddingToThem(StoreKind kind)
    {
        using var target = TestStore.Create(kind);
        using var store = target.Open();
        store.Articles.AddBatch([Article]);
        var analysisStore = new AnalysisStore(store);

        analysisStore.Save([MarsadPipeline.Default.Run(Article)]);
        analysisStore.Save([MarsadPipeline.Default.Run(Article)]);

        Assert.Equal(2, new EntityRepository(store).FindByName("الأردن").Single().MentionCount);
    }

    private static System.Text.Json.JsonDocument JsonOf(Action<System.Text.Json.Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer)) write(writer);
        return System.Text.Json.JsonDocument.Parse(buffer.ToArray());
    }
}
