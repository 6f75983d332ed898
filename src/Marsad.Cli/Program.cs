using Marsad.Cli;
using Marsad.Cli.Commands;

var root = new System.CommandLine.RootCommand("Marsad (مرصد) reads Arabic news the way an analyst does: entities, times, quotes, events and stories.");
root.Options.Add(CommonOptions.Data);
root.Options.Add(CommonOptions.Json);
root.Subcommands.Add(IngestCommand.Create());
root.Subcommands.Add(AnalyzeCommand.Create());
root.Subcommands.Add(ListCommand.Create());
root.Subcommands.Add(ShowCommand.Create());
root.Subcommands.Add(StatsCommand.Create());
return CliHost.Run(root, args);
