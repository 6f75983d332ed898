using System.CommandLine;
using Marsad.Ingest;

namespace Marsad.Cli.Commands;

internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Files or folders: .txt (+ NAME.meta.json), .jsonl, .jsonl.gz, .html.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Store articles in the data folder; exact duplicates are stored once, bad files are reported and skipped.") { paths };
        command.SetAction(parse => Run(CommandContext.From(parse), parse.GetValue(paths)!));
        return command;
    }

    private static int Run(CommandContext context, string[] paths)
    {
        using var store = context.OpenStore();
        var ingestor = new Ingestor(store);
        var summary = IngestRendering.WithProgress(progress => ingestor.Ingest(paths, progress));
        if (context.Json)
            JsonOutput.Write(w => { w.WriteStartObject(); IngestSummaryJson.WriteFields(summary, w); w.WriteEndObject(); });
        else
            IngestRendering.WriteTable(summary, Terminal.Out);
        if (summary.Read == 0 && summary.Problems.Count > 0)
            throw new CliException("Nothing was ingested: every input was rejected (listed above).");
        return IngestRendering.ExitCode(summary);
    }
}
