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

    [Fact]
    public void SavingAnAnalyzedArticleMakesItsEntitiesFindableByName()
    {
        using var folder = new TempFolder();
        using var store = MarsadStore.Open(folder.Path);
        store.Articles.AddBatch([Article]);

        new AnalysisStore(store).Save(MarsadPipeline.Default.Run(Article));

        var jordan = Assert.Single(new EntityRepository(store).FindByName("الأردن"));
        Assert.Equal("gpe:jordan", jordan.Id);
        Assert.Equal(2, jordan.MentionCount);
    }

    [Fact]
    public void APipelineWithoutTheEntityStepHasNothingToSaveAndSavesNothing()
    {
        using var folder = new TempFolder();
        using var store = MarsadStore.Open(folder.Path);
        store.Articles.AddBatch([Article]);
        var textOnly = new PipelineBuilder().UseText().Build();

        new AnalysisStore(store).Save(textOnly.Run(Article));

        Assert.Empty(new EntityRepository(store).List());
    }
}
