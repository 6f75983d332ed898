using System.CommandLine;
using System.Diagnostics;
using Spectre.Console;

namespace Marsad.Cli.Commands;

internal static class ReclusterCommand
{
    public static Command Create()
    {
        var command = new Command("recluster", "Rebuild duplicates, event clusters and story threads over every stored article in a fixed order (day, then id).");
        command.SetAction(parse => Run(CommandContext.From(parse)));
        return command;
    }

    private static int Run(CommandContext context)
    {
        using var store = context.OpenExistingStore();
        var service = StoryCommandSupport.Service(store);
        var clock = Stopwatch.StartNew();
        var placed = service.Recluster();
        var stories = service.Stories();
        var clusters = stories.Sum(s => s.Clusters.Count);
        if (context.Json)
        {
            JsonOutput.Write(w =>
            {
                w.WriteStartObject();
                w.WriteNumber("articles", placed);
                w.WriteNumber("clusters", clusters);
                w.WriteNumber("stories", stories.Count);
                w.WriteNumber("seconds", Math.Round(clock.Elapsed.TotalSeconds, 1));
                w.WriteEndObject();
            });
            return ExitCodes.Ok;
        }
        Terminal.Out.MarkupLine($"Reclustered [bold]{placed:N0}[/] articles into [bold]{clusters:N0}[/] event clusters and [bold]{stories.Count:N0}[/] stories in {clock.Elapsed.TotalSeconds:0.0} s.");
        return ExitCodes.Ok;
    }
}
