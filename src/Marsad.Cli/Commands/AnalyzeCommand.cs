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
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders to ingest and analyze.", Arity = ArgumentArity.OneOrMore };
        var tokens = new Option<bool>("--tokens") { Description = "Show every sentence's tokens with their clitics." };
        var command = new Command("analyze", "Ingest articles, run the analysis pipeline, and report each article and a summary.") { paths, tokens };
        IngestCliOptions.AddTo(command);
        command.SetAction(parse => Run(CommandContext.From(parse), parse.GetValue(paths)!, parse.GetValue(tokens), IngestCliOptions.From(parse)));
        return command;
    }

    private static int Run(CommandContext context, string[] paths, bool showTokens, IngestOptions options)
    {
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
        var summary = IngestRendering.WithProgress(progress => run.Run(paths, totals, progress));
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
            var contributors = ArticleJson.Contributors(pipeline);
            foreach (var document in kept) ArticleReport.Write(ArticleJson.Of(document, articleWriter), contributors, Terminal.Out, showTokens);
            if (totals.Articles > kept.Count)
                Terminal.Out.MarkupLine($"[grey]… and {totals.Articles - kept.Count:N0} more articles analyzed; use --json for all of them.[/]");
            Terminal.Out.Write(new Rule("[bold]summary[/]").LeftJustified());
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

    private static void WriteTotals(AnalysisTotals totals, IAnsiConsole console)
    {
        var table = new Table().AddColumns("outlet", "articles");
        foreach (var (outlet, count) in totals.ByOutlet) table.AddRow(Markup.Escape(outlet), count.ToString("N0"));
        table.AddRow("[bold]all[/]", $"[bold]{totals.Articles:N0}[/] ({totals.Sentences:N0} sentences, {totals.Tokens:N0} tokens)");
        console.Write(table);
    }
}
