using System.Diagnostics;
using Marsad.Search;
using System.CommandLine;
using Spectre.Console;

namespace Marsad.Cli.Commands;

internal static class ReindexCommand
{
    public static Command Create()
    {
        var command = new Command("reindex", "Rebuild the search index from the stored articles and analyses (the old index serves until the new one is complete).");
        command.SetAction(parse => Run(CommandContext.From(parse)));
        return command;
    }

    private static int Run(CommandContext context)
    {
        using var store = context.OpenExistingStore();
        var clock = Stopwatch.StartNew();
        long count;
        try
        {
            count = SearchIndexWriter.Rebuild(store);
        }
        catch (SearchException e)
        {
            throw new CliException(e.Message);
        }
        var seconds = clock.Elapsed.TotalSeconds;
        if (context.Json)
            JsonOutput.Write(w =>
            {
                w.WriteStartObject();
                w.WriteNumber("indexed", count);
                w.WriteNumber("seconds", Math.Round(seconds, 2));
                w.WriteEndObject();
            });
        else
            Terminal.Out.MarkupLine($"search index rebuilt: [bold]{count:N0}[/] articles in {seconds:N1} s");
        return ExitCodes.Ok;
    }
}
