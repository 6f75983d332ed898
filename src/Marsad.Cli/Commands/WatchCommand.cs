using Marsad.Search;
using System.CommandLine;
using Marsad.Analysis;
using Marsad.Ingest;
using Marsad.Ingest.Web;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad watch FEED… [--every 15m] [--once]</c>: polls RSS/Atom feeds (or article pages), fetches each item not seen
/// before, stores and analyses its article as <c>marsad analyze</c> does, and remembers every item in the store
/// (<see cref="FeedLedger"/>) so a restart fetches only new ones. One summary per poll: a table, or with <c>--json</c>
/// one JSON object per line. Ctrl-C stops it between two writes: what was committed stays stored and remembered.
/// </summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var feeds = new Argument<string[]>("FEED") { Description = "http(s) URLs of RSS 2.0 or Atom 1.0 feeds (an article page's URL is read as one article).", Arity = ArgumentArity.OneOrMore };
        var every = new Option<string>("--every") { Description = "Time between two polls, e.g. 15m (the default), 90s or 1h.", DefaultValueFactory = _ => "15m" };
        var once = new Option<bool>("--once") { Description = "Poll once and exit (for cron or a systemd timer)." };
        every.Validators.Add(r =>
        {
            if (FetchCliOptions.Duration(r.GetValueOrDefault<string>()) is null)
                r.AddError($"--every takes a duration like 90s, 15m or 1h, not '{r.GetValueOrDefault<string>()}'.");
        });
        var command = new Command("watch", "Poll feeds: store and analyse each new item's article, remembering what was seen so restarts fetch only new items.") { feeds, every, once };
        IngestCliOptions.AddTo(command);
        FetchCliOptions.AddTo(command);
        command.SetAction((parse, cancellationToken) => RunAsync(CommandContext.From(parse), parse.GetValue(feeds)!,
            FetchCliOptions.Duration(parse.GetValue(every))!.Value, parse.GetValue(once), IngestCliOptions.From(parse), FetchCliOptions.From(parse),
            cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CommandContext context, string[] feeds, TimeSpan every, bool once, IngestOptions options,
        FetchOptions fetch, CancellationToken cancellationToken)
    {
        var urls = new List<Uri>();
        foreach (var feed in feeds)
        {
            if (!Uri.TryCreate(feed, UriKind.Absolute, out var url) || !WebFetcher.IsWeb(url))
                throw new CliException($"{feed} is not an http or https URL; watch polls feeds on the web.", ExitCodes.Usage);
            urls.Add(url);
        }
        // Small chunks: each item's article is committed (and remembered) soon after it is fetched.
        options = options with { ChunkSize = 8 };
        using var store = context.OpenStore();
        using var fetcher = new WebFetcher(fetch, options.MaxFileBytes);
        var pipeline = MarsadPipeline.Default;
        var completed = 0;
        for (var round = 1; ; round++)
        {
            try
            {
                var (exit, storeFailed) = Poll(context, store, pipeline, fetcher, urls, options, fetch, round, cancellationToken);
                completed++;
                // A store that cannot be written (disk full) will not get better by polling again.
                if (once || storeFailed) return exit;
                await Task.Delay(every, cancellationToken);
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                Console.Error.WriteLine($"marsad: watch stopped after {completed} complete poll(s); every article committed before stays stored and its item remembered.");
                return ExitCodes.Ok;
            }
        }
    }

    private static (int Exit, bool StoreFailed) Poll(CommandContext context, Storage.MarsadStore store, Pipeline.AnalysisPipeline pipeline, WebFetcher fetcher,
        IReadOnlyList<Uri> feeds, IngestOptions options, FetchOptions fetch, int round, CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        var ledger = FeedLedger.Load(store);
        var totals = new AnalysisTotals();
        IngestSummary summary;
        using (var search = new SearchIndexing(store))
        {
            var run = new AnalyzingIngest(store, pipeline, options)
            {
                Analyzed = documents => search.Update(documents.Select(d => d.Article.Id)),
                Committed = ledger.Stored,
            };
            var source = new WebSource(feeds, fetcher, ledger) { Parallelism = fetch.Parallelism };
            try
            {
                summary = run.Run(source, totals, progress: null, cancellationToken);
            }
            finally
            {
                // Failures are remembered even when the poll is interrupted: they count towards giving up.
                ledger.RecordFailures();
            }
            search.Report();
        }

        if (context.Json)
        {
            JsonOutput.Write(w =>
            {
                w.WriteStartObject();
                w.WriteNumber("round", round);
                w.WriteString("started", started);
                IngestSummaryJson.WriteFields(summary, w);
                totals.WriteFields(w);
                w.WriteNumber("known_items", ledger.Skipped);
                w.WriteNumber("given_up", ledger.GivenUp);
                w.WriteEndObject();
            }, indented: false);
        }
        else
        {
            Terminal.Out.MarkupLine($"[bold]poll {round}[/] at {started:yyyy-MM-dd HH:mm:ss}Z: {summary.Added:N0} new article(s) stored and {totals.Articles:N0} analysed; " +
                $"{ledger.Skipped:N0} item(s) seen before were not fetched; {ledger.GivenUp:N0} given up.");
            IngestRendering.WriteTable(summary, Terminal.Out);
        }
        if (IngestRendering.StoreFailureExit(summary) is { } failed) return (failed, true);
        return (IngestRendering.ExitCode(summary), false);
    }
}
