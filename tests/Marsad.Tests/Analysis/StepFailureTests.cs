using Marsad.Analysis;
using Marsad.Documents;
using Marsad.Ingest;
using Marsad.Pipeline;
using Marsad.Tests.Support;
using Marsad.Text;

namespace Marsad.Tests.Analysis;

/// <summary>
/// A step that fails on one article (a bug its text exposes) costs that article's analysis only: the batch goes on, the
/// article stays stored and is named with the step, and a queue worker does not claim it again and again.
/// </summary>
public sealed class StepFailureTests
{
    /// <summary>A step written for the test: fails on every article whose text holds the word.</summary>
    private sealed class FailsOn(string word) : IAnnotator
    {
        public string Name => "fails-on-word";

        public IReadOnlyList<Layer> Requires => [TextLayers.Tokens];

        public IReadOnlyList<Layer> Produces => [];

        public void Annotate(Document document)
        {
            if (document.Article.Text.Contains(word, StringComparison.Ordinal)) throw new InvalidOperationException("the test step fails here");
        }
    }

    private static readonly AnalysisPipeline Failing = new PipelineBuilder().UseText().Add(new FailsOn("الزلزال")).Build();

    private static readonly Article[] Articles =
    [
        new() { Id = "a1", Text = "افتتحت البلدية حديقة جديدة في وسط المدينة." },
        new() { Id = "a2", Text = "ضرب الزلزال القرى الجبلية فجر اليوم." },
        new() { Id = "a3", Text = "ارتفعت أسعار الخضار في السوق المركزي." },
    ];

    [Fact]
    public void ABatchAnalysesEveryOtherArticleAndNamesTheFailedOneWithItsStep()
    {
        var failures = new List<(string Id, string Step, string Message)>();
        var analyzer = new BatchAnalyzer(Failing) { Failed = (article, e) => failures.Add((article.Id, e.Step, e.Message)) };

        var documents = analyzer.Analyze(Articles, TestContext.Current.CancellationToken);

        Assert.Equal(["a1", "a3"], documents.Select(d => d.Article.Id));
        var (id, step, message) = Assert.Single(failures);
        Assert.Equal(("a2", "fails-on-word"), (id, step));
        Assert.Equal("MARSAD-P003 article a2: the 'fails-on-word' step failed (InvalidOperationException: the test step fails here)", message);
    }

    [Fact]
    public void WithoutAFailureHandlerTheFirstFailureIsThrownNamingTheArticle()
    {
        var thrown = Assert.Throws<AggregateException>(() => new BatchAnalyzer(Failing).Analyze(Articles, TestContext.Current.CancellationToken));
        var failure = Assert.IsType<StepFailedException>(Assert.Single(thrown.InnerExceptions));
        Assert.Equal("a2", failure.ArticleId);
    }

    [Fact]
    public void AnAnalysingIngestStoresTheFailedArticleUnanalysedAndReportsItAsAProblem()
    {
        using var target = TestStore.Create(StoreKind.Sqlite);
        using var store = target.Open();
        using var input = new TempFolder();
        var path = input.Write("news.jsonl", string.Join('\n', Articles.Select(a =>
            System.Text.Json.JsonSerializer.Serialize(new { id = a.Id, text = a.Text }))) + "\n");
        var totals = new AnalysisTotals();

        var summary = new AnalyzingIngest(store, Failing).Run([path], totals, cancellationToken: TestContext.Current.CancellationToken);

        Assert.Equal((3, 2), (summary.Added, totals.Articles));
        var problem = Assert.Single(summary.Problems);
        Assert.Equal((IngestProblemCodes.AnalysisFailed, "MARSAD-I027"), (problem.Code, problem.StableCode));
        Assert.StartsWith("MARSAD-P003 article ", problem.Message, StringComparison.Ordinal);
        Assert.Equal(1, store.Articles.CountNotAnalysedBy(Failing.Version));
    }

    [Fact]
    public void AQueueWorkerTakesTheFailedArticleOffTheQueueInsteadOfClaimingItAgain()
    {
        using var target = TestStore.Create(StoreKind.Sqlite);
        using var store = target.Open();
        store.Articles.AddBatch(Articles);

        var result = new PendingAnalysis(store, Failing, new PendingOptions(ChunkSize: 2, Lease: TimeSpan.FromSeconds(1))).Run("w1", TestContext.Current.CancellationToken);

        Assert.Equal(2, result.Analyzed);
        Assert.Equal("a2", Assert.Single(result.NotAnalysed).Path);
        Assert.Equal(0, new AnalysisQueue(store).Remaining());
        Assert.Equal(1, store.Articles.CountNotAnalysedBy(Failing.Version));
    }
}
