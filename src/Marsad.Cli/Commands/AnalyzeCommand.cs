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
        var analyzer = new BatchAnalyzer(pipeline);
        var articleWriter = new ArticleJsonWriter(pipeline, store);
        var analysisStore = new AnalysisStore(store, pipeline);
        var totals = new AnalysisTotals();
        var kept = new List<Document>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        using var search = new SearchIndexing(store);

        using var json = context.Json ? JsonOutput.CreateWriter(indented: false) : null;
        json?.WriteStartObject();
        json?.WriteStartArray("articles");

        // Analyze each chunk as soon as it is committed: one pass over the input, memory bounded by the chunk size.
        var ingestor = new Ingestor(store, options)
        {
            ChunkCommitted = (chunk, _) =>
            {
                var fresh = chunk.Where(a => seen.Add(a.Id)).ToList();
                var documents = analyzer.Analyze(fresh);
                // Stored so `marsad show` reads the results and `marsad entities` sees one entity across outlets.
                analysisStore.Save(documents);
                // Indexed after saving: entity facets and filters read what was just stored.
                search.Update(fresh.Select(a => a.Id));
                foreach (var document in documents)
                {
                    totals.Add(document);
                    if (json is not null) articleWriter.Write(document, json);
                    else if (kept.Count < ReadableReportLimit) kept.Add(document);
                }
                json?.Flush();
            },
        };
        var summary = IngestRendering.WithProgress(progress => ingestor.Ingest(paths, progress));
        search.Report();

        if (json is not null)
        {
            json.WriteEndArray();
            json.WriteStartObject("summary");
            IngestRendering.WriteJsonFields(summary, json);
            json.WriteNumber("analyzed", totals.Articles);
            json.WriteNumber("sentences", totals.Sentences);
            json.WriteNumber("tokens", totals.Tokens);
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
            totals.WriteTable(Terminal.Out);
        }
        if (IngestRendering.StoreFailureExit(summary) is { } failed) return failed;
        if (summary.Read == 0)
            throw new CliException(summary.Problems.Count > 0
                ? "Nothing was analyzed: every input was rejected (see above)."
                : $"No articles found in {string.Join(", ", paths)}: Marsad reads .txt, .jsonl, .jsonl.gz and .html files.");
        return IngestRendering.ExitCode(summary);
    }

    private sealed class AnalysisTotals
    {
        private readonly Dictionary<string, int> _byOutlet = new(StringComparer.Ordinal);

        public int Articles { get; private set; }

        public long Sentences { get; private set; }

        public long Tokens { get; private set; }

        public void Add(Document document)
        {
            Articles++;
            Sentences += document.GetOrDefault(TextLayers.Sentences)?.Count ?? 0;
            Tokens += document.GetOrDefault(TextLayers.Tokens)?.Count ?? 0;
            var outlet = document.Article.Outlet ?? "(unknown)";
            _byOutlet[outlet] = _byOutlet.GetValueOrDefault(outlet) + 1;
        }

        public void WriteTable(IAnsiConsole console)
        {
            var table = new Table().AddColumns("outlet", "articles");
            foreach (var (outlet, count) in _byOutlet.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal))
                table.AddRow(Markup.Escape(outlet), count.ToString("N0"));
            table.AddRow("[bold]all[/]", $"[bold]{Articles:N0}[/] ({Sentences:N0} sentences, {Tokens:N0} tokens)");
            console.Write(table);
        }
    }
}
