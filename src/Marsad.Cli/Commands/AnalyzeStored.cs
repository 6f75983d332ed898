using Marsad.Ingest;
using Marsad.Search;
using Marsad.Analysis;
using Marsad.Documents;
using Marsad.Reporting;
using Marsad.Storage;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad analyze</c> without a path: analyzes every stored article the current pipeline has not analyzed (each
/// analysis records its pipeline version), or with <c>--all</c> every stored article, in chunks saved one transaction
/// each, under a progress bar. So <c>marsad ingest</c> then <c>marsad analyze</c> leaves nothing unanalyzed, and after a
/// model update <c>--all</c> brings every article to the new pipeline. Output is the <c>analyze --json</c> contract
/// with a summary of analyzed and skipped articles.
/// </summary>
internal static class AnalyzeStored
{
    private const int ChunkSize = 256;
    private const int ReadableReportLimit = 20;

    public static int Run(CommandContext context, bool all, bool showTokens)
    {
        if (!MarsadStore.Exists(context.Location))
            throw new CliException($"No Marsad data in {context.DataFolder}: run 'marsad ingest PATH' (or 'marsad analyze PATH') first.");
        using var store = context.OpenStore();
        var pipeline = MarsadPipeline.Default;
        var notAnalysed = new List<IngestProblem>();
        var analyzer = new BatchAnalyzer(pipeline) { Failed = (article, e) => notAnalysed.Add(AnalysisFailure.Problem(article, e)) };
        var analysisStore = new AnalysisStore(store, pipeline);
        var writer = new ArticleJsonWriter(pipeline, store);
        using var search = new SearchIndexing(store);
        var stored = store.Articles.Count();
        var pending = all ? stored : store.Articles.CountNotAnalysedBy(pipeline.Version);
        var totals = new AnalysisTotals();
        var kept = new List<Document>();
        MarsadStoreException? failure = null;

        using var json = context.Json ? JsonOutput.CreateWriter(indented: false) : null;
        json?.WriteStartObject();
        json?.WriteStartArray("articles");
        Terminal.Error.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(progress =>
            {
                var task = progress.AddTask("analyzing", maxValue: Math.Max(1, pending));
                long after = 0;
                while (failure is null)
                {
                    var page = store.Articles.PageForAnalysis(after, ChunkSize, all ? null : pipeline.Version, out after);
                    if (page.Count == 0) break;
                    var documents = analyzer.Analyze(page);
                    try
                    {
                        analysisStore.Save(documents);
                    }
                    catch (System.Data.Common.DbException ex)
                    {
                        failure = MarsadStoreException.ForWrite(ex, store.DatabasePath,
                            $"The analyses of {totals.Articles:N0} articles are saved; the {page.Count:N0} being saved (from {page[0].Id}) and the rest were not.");
                        break;
                    }
                    // Indexed after saving: entity facets and filters read what was just stored.
                    search.Update(documents.Select(d => d.Article.Id));
                    foreach (var document in documents)
                    {
                        totals.Add(document);
                        if (json is not null) writer.Write(document, json);
                        else if (kept.Count < ReadableReportLimit) kept.Add(document);
                    }
                    json?.Flush();
                    task.Increment(page.Count);
                    task.Description = $"{totals.Articles:N0} of {pending:N0} analyzed";
                }
                task.Value = task.MaxValue;
                task.StopTask();
            });

        search.Report();
        var skipped = stored - pending;
        if (json is not null)
        {
            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("stored", stored);
            json.WriteNumber("analyzed", totals.Articles);
            json.WriteNumber("already_analyzed", skipped);
            json.WriteNumber("sentences", totals.Sentences);
            json.WriteNumber("tokens", totals.Tokens);
            json.WriteString("pipeline", pipeline.Version);
            IngestSummaryJson.WriteProblems(notAnalysed, json);
            if (failure is not null)
            {
                json.WriteStartObject("store_error");
                json.WriteString("code", failure.Code);
                json.WriteString("message", failure.Message);
                json.WriteEndObject();
            }
            json.WriteEndObject();
            json.WriteEndObject();
            json.Flush();
            Console.Out.WriteLine();
        }
        else
        {
            ArticleReport.WriteKept(kept, totals.Articles, pipeline, writer, showTokens, "`marsad show ID` shows any of them");
            if (totals.Articles > 0) AnalyzeCommand.WriteTotals(totals, Terminal.Out);
            Terminal.Out.MarkupLine(skipped > 0
                ? $"{skipped:N0} stored article(s) were already analyzed by this pipeline; [bold]--all[/] analyzes them again."
                : $"{stored:N0} stored article(s), all analyzed now.");
            IngestRendering.WriteProblems(notAnalysed, Terminal.Out);
        }
        if (failure is not null)
        {
            Console.Error.WriteLine($"marsad: error: {failure.Message}");
            return ExitCodes.SomeInputsRejected;
        }
        return notAnalysed.Count > 0 ? ExitCodes.SomeInputsRejected : ExitCodes.Ok;
    }
}
