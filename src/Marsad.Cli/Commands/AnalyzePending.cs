using Marsad.Ingest;
using Marsad.Search;
using System.Diagnostics;
using Marsad.Analysis;
using Marsad.Storage;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad analyze --pending [--workers N] [--chunk N] [--lease SECONDS]</c>: analyses what ingest left in the queue,
/// with N workers in this process (each its own connection, a share of the cores), beside any other worker processes on
/// this or other machines that use the same store. Exits 0 when the queue is empty. Prints what this process did:
/// <c>{"workers": [{"worker", "analyzed", "lost_leases"}], "analyzed", "seconds", "articles_per_second", "progress": {…}}</c>.
/// </summary>
internal static class AnalyzePending
{
    public static int Run(CommandContext context, int workers, int chunk, int leaseSeconds)
    {
        if (workers < 1) throw new CliException("--workers takes a number of workers of 1 or more.", ExitCodes.Usage);
        if (chunk < 1) throw new CliException("--chunk takes a number of articles of 1 or more.", ExitCodes.Usage);
        if (leaseSeconds < 1) throw new CliException("--lease takes a number of seconds of 1 or more.", ExitCodes.Usage);
        if (!MarsadStore.Exists(context.Location))
            throw new CliException($"No Marsad data in {context.DataFolder}: run 'marsad ingest PATH' first.");

        var pipeline = MarsadPipeline.Default;
        var options = new PendingOptions(chunk, TimeSpan.FromSeconds(leaseSeconds), Math.Max(1, Environment.ProcessorCount / workers));
        var name = $"{Environment.MachineName}:{Environment.ProcessId}";
        var clock = Stopwatch.StartNew();
        PendingResult[] results;
        using (var writerStore = context.OpenStore())
        using (var search = new SearchIndexing(writerStore))
        {
            var searchLock = new Lock();
            results = [.. Enumerable.Range(1, workers).AsParallel().WithDegreeOfParallelism(workers).Select(i =>
            {
                using var store = context.OpenStore();
                var worker = new PendingAnalysis(store, pipeline, options)
                {
                    // Indexed after saving, as analyze does: entity facets read what was just stored.
                    Saved = documents => { lock (searchLock) search.Update(documents.Select(d => d.Article.Id)); },
                };
                return worker.Run(workers == 1 ? name : $"{name}:{i}");
            }).OrderBy(r => r.Worker, StringComparer.Ordinal)];
            search.Report();
        }
        var seconds = clock.Elapsed.TotalSeconds;
        var analyzed = results.Sum(r => r.Analyzed);
        List<IngestProblem> notAnalysed = [.. results.SelectMany(r => r.NotAnalysed)];
        AnalysisProgress progress;
        using (var store = context.OpenStore()) progress = new AnalysisQueue(store).Progress();

        if (context.Json)
        {
            JsonOutput.Write(w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("workers");
                foreach (var r in results)
                {
                    w.WriteStartObject();
                    w.WriteString("worker", r.Worker);
                    w.WriteNumber("analyzed", r.Analyzed);
                    w.WriteNumber("lost_leases", r.LostLeases);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteNumber("analyzed", analyzed);
                w.WriteNumber("sentences", results.Sum(r => r.Sentences));
                w.WriteNumber("tokens", results.Sum(r => r.Tokens));
                w.WriteNumber("seconds", Math.Round(seconds, 2));
                w.WriteNumber("articles_per_second", seconds > 0 ? Math.Round(analyzed / seconds, 2) : 0);
                w.WritePropertyName("progress");
                Views.StatsView.WriteProgress(w, progress);
                IngestSummaryJson.WriteProblems(notAnalysed, w);
                w.WriteEndObject();
            });
        }
        else
        {
            Terminal.Out.MarkupLine($"analyzed [bold]{analyzed:N0}[/] pending article(s) with {workers} worker(s) in {seconds:N1} s ({(seconds > 0 ? analyzed / seconds : 0):N1} articles/s); "
                + $"queue: {progress.Pending:N0} pending, {progress.Claimed:N0} claimed, {progress.Done:N0} analyzed in the store.");
            IngestRendering.WriteProblems(notAnalysed, Terminal.Out);
        }
        return notAnalysed.Count > 0 ? ExitCodes.SomeInputsRejected : ExitCodes.Ok;
    }
}
