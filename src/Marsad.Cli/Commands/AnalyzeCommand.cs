using Marsad.Search;
using System.CommandLine;
using Marsad.Analysis;
using Marsad.Documents;
using Marsad.Ingest;
using Marsad.Reporting;
using Marsad.Text;
using Spectre.Console;

namespace Marsad.Cli.Commands;

internal static class AnalyzeCommand
{
    // The readable report is for a person: past this many articles it points to --json instead of flooding the terminal.
    private const int ReadableReportLimit = 500;

    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files, folders or http(s) URLs of pages and feeds to ingest and analyze; none: analyze the stored articles this pipeline has not analyzed.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var tokens = new Option<bool>("--tokens") { Description = "Show every sentence's tokens with their clitics." };
        var all = new Option<bool>("--all") { Description = "With no PATH: analyze every stored article again (after a model update), not only those not yet analyzed." };
        var pending = new Option<bool>("--pending") { Description = "With no PATH: analyze what ingest queued, sharing the queue with any other workers on the same store; exits 0 when nothing is left." };
        var workers = new Option<int>("--workers") { Description = "With --pending: workers in this process (default 1).", DefaultValueFactory = _ => 1 };
        var chunk = new Option<int>("--chunk") { Description = "With --pending: articles a worker claims at a time (default 64).", DefaultValueFactory = _ => 64 };
        var lease = new Option<int>("--lease") { Description = "With --pending: seconds a claim holds before other workers may take it over (default 600).", DefaultValueFactory = _ => 600 };
        var command = new Command("analyze", "Ingest articles, run the analysis pipeline, and report each article and a summary; with no PATH, analyze what is stored.") { paths, tokens, all, pending, workers, chunk, lease };
        IngestCliOptions.AddTo(command);
        FetchCliOptions.AddTo(command);
        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            var given = parse.GetValue(paths) ?? [];
            var queueOptions = new[] { "--workers", "--chunk", "--lease" }.Where(o => parse.GetResult(command.Options.First(x => x.Name == o)) is { Implicit: false }).ToList();
            if (parse.GetValue(pending))
            {
                if (given.Length > 0 || parse.GetValue(all)) throw new CliException("--pending analyzes the queued articles; give it without a PATH or --all.", ExitCodes.Usage);
                return AnalyzePending.Run(context, parse.GetValue(workers), parse.GetValue(chunk), parse.GetValue(lease));
            }
            if (queueOptions.Count > 0) throw new CliException($"{queueOptions[0]} goes with --pending.", ExitCodes.Usage);
            if (given.Length == 0) return AnalyzeStored.Run(context, parse.GetValue(all), parse.GetValue(tokens));
            if (parse.GetValue(all)) throw new CliException("--all re-analyzes the stored articles; give it without a PATH.", ExitCodes.Usage);
            return Run(context, given, parse.GetValue(tokens), IngestCliOptions.From(parse), FetchCliOptions.From(parse));
        });
        return command;
    }

    private static int Run(CommandContext context, string[] paths, bool showTokens, IngestOptions options, Ingest.Web.FetchOptions fetch)
    {
        using var sources = new SourceArguments(paths, options, fetch);
        options = sources.Chunked(options);
        using var store = context.OpenStore();
        var pipeline = MarsadPipeline.Default;
        var articleWriter = new ArticleJsonWriter(pipeline, store);
        using var search = new SearchIndexing(store);
        var totals = new AnalysisTotals();
        var kept = new List<Document>();

        using var json = context.Json ? JsonOutput.CreateWriter(indented: false) : null;
        json?.WriteStartObject();
        json?.WriteStartArray("articles");

        var run = new AnalyzingIngest(store, pipeline, options)
        {
            Analyzed = documents =>
            {
                // Indexed after saving: entity facets and filters read what was just stored.
                search.Update(documents.Select(d => d.Article.Id));
                foreach (var document in documents)
                {
                    if (json is not null) articleWriter.Write(document, json);
                    else if (kept.Count < ReadableReportLimit) kept.Add(document);
                }
                json?.Flush();
            },
        };
        var summary = IngestRendering.WithProgress(progress => run.Run(sources.Source, totals, progress));
        search.Report();

        if (json is not null)
        {
            json.WriteEndArray();
            json.WriteStartObject("summary");
            IngestSummaryJson.WriteFields(summary, json);
            totals.WriteFields(json);
            json.WriteEndObject();
            json.WriteEndObject();
            json.Flush();
            Console.Out.WriteLine();
        }
        else
        {
            ArticleReport.WriteKept(kept, totals.Articles, pipeline, articleWriter, showTokens, "use --json for all of them");
            IngestRendering.WriteTable(summary, Terminal.Out);
            WriteTotals(totals, Terminal.Out);
        }
        if (IngestRendering.StoreFailureExit(summary) is { } failed) return failed;
        if (summary.Read == 0)
            throw new CliException(summary.Problems.Count > 0
                ? "Nothing was analyzed: every input was rejected (see above)."
                : $"No articles found in {string.Join(", ", paths)}: Marsad reads .txt, .jsonl, .jsonl.gz and .html files.");
        return IngestRendering.ExitCode(summary);
    }

    internal static void WriteTotals(AnalysisTotals totals, IAnsiConsole console)
    {
        var table = new Table().AddColumns("outlet", "articles");
        foreach (var (outlet, count) in totals.ByOutlet) table.AddRow(Markup.Escape(outlet), count.ToString("N0"));
        table.AddRow("[bold]all[/]", $"[bold]{totals.Articles:N0}[/] ({totals.Sentences:N0} sentences, {totals.Tokens:N0} tokens)");
        console.Write(table);
    }
}
