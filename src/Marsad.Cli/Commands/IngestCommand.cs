using Marsad.Search;
using System.CommandLine;
using Marsad.Ingest;
using Marsad.Ingest.Web;

namespace Marsad.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders: .txt (+ NAME.meta.json), .jsonl, .jsonl.gz, .html; or http(s) URLs of article pages and RSS/Atom feeds.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Store articles in the data folder; exact duplicates are stored once, bad files are reported and skipped.") { paths };
        IngestCliOptions.AddTo(command);
        FetchCliOptions.AddTo(command);
        command.SetAction(parse => Run(CommandContext.From(parse), parse.GetValue(paths)!, IngestCliOptions.From(parse), FetchCliOptions.From(parse)));
        return command;
    }

    private static int Run(CommandContext context, string[] paths, IngestOptions options, FetchOptions fetch)
    {
        using var sources = new SourceArguments(paths, options, fetch);
        options = sources.Chunked(options);
        using var store = context.OpenStore();
        using var search = new SearchIndexing(store);
        var ingestor = new Ingestor(store, options) { ChunkCommitted = (chunk, _) => search.Update(chunk.Select(a => a.Id)) };
        var summary = IngestRendering.WithProgress(progress => ingestor.Ingest(sources.Source, progress));
        search.Report();
        if (context.Json)
            JsonOutput.Write(w => { w.WriteStartObject(); IngestSummaryJson.WriteFields(summary, w); w.WriteEndObject(); });
        else
            IngestRendering.WriteTable(summary, Terminal.Out);
        if (IngestRendering.StoreFailureExit(summary) is { } failed) return failed;
        if (summary.Read == 0 && summary.Problems.Count > 0)
            throw new CliException("Nothing was ingested: every input was rejected (listed above).");
        return IngestRendering.ExitCode(summary);
    }
}
