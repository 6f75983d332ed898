using System.CommandLine;
using Marsad.Cli.Commands;

namespace Marsad.Cli;

/// <summary>The command tree of <c>marsad</c>: one line per command.</summary>
internal static class MarsadCommandLine
{
    public static RootCommand Create()
    {
        var root = new RootCommand("Marsad (مرصد) reads Arabic news the way an analyst does: entities, times, quotes, events and stories.");
        root.Options.Add(CommonOptions.Data);
        root.Options.Add(CommonOptions.Store);
        root.Options.Add(CommonOptions.Json);
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(WatchCommand.Create());
        root.Subcommands.Add(AnalyzeCommand.Create());
        root.Subcommands.Add(ListCommand.Create());
        root.Subcommands.Add(ShowCommand.Create());
        root.Subcommands.Add(StatsCommand.Create());
        root.Subcommands.Add(EntitiesCommand.Create());
        root.Subcommands.Add(EntityCommand.Create());
        root.Subcommands.Add(QuotesCommand.Create());
        root.Subcommands.Add(EventsCommand.Create());
        root.Subcommands.Add(IncidentsCommand.Create());
        root.Subcommands.Add(DuplicatesCommand.Create());
        root.Subcommands.Add(StoriesCommand.Create());
        root.Subcommands.Add(StoryCommand.Create());
        root.Subcommands.Add(ReclusterCommand.Create());
        root.Subcommands.Add(SearchCommand.Create());
        root.Subcommands.Add(ReindexCommand.Create());
        root.Subcommands.Add(ServeCommand.Create());
        root.Subcommands.Add(ExportCommand.Create());
        return root;
    }
}
