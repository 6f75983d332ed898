using System.CommandLine;
using Marsad.Reporting;
using Marsad.Views;
using Spectre.Console;

namespace Marsad.Cli.Commands;

internal static class StatsCommand
{
    public static Command Create()
    {
        var command = new Command("stats", "Count what the data folder holds.");
        command.SetAction(parse => Run(CommandContext.From(parse)));
        return command;
    }

    private static int Run(CommandContext context)
    {
        using var store = context.OpenExistingStore();
        var view = StatsView.Read(store);
        if (context.Json)
        {
            JsonOutput.Write(view.Write);
            return ExitCodes.Ok;
        }
        var stats = view.Stats;
        Terminal.Out.MarkupLine($"[bold]{stats.Articles:N0}[/] articles from [bold]{stats.Outlets:N0}[/] outlets in {Markup.Escape(context.Where)} ({stats.DatabaseBytes / 1048576.0:N1} MB)");
        var progress = view.Progress;
        if (progress.Pending + progress.Claimed > 0)
            Terminal.Out.MarkupLine($"analysis: {progress.Pending:N0} pending, {progress.Claimed:N0} claimed by workers, {progress.Done:N0} done ({progress.ArticlesPerSecond:N1} articles/s over the last minute)");
        if (stats.EarliestPublished is { } first && stats.LatestPublished is { } last)
            Terminal.Out.MarkupLine($"published {ArticleJsonWriter.FormatDate(first)} … {ArticleJsonWriter.FormatDate(last)}");
        var table = new Table().AddColumns("outlet", "articles");
        foreach (var o in stats.ByOutlet) table.AddRow(Markup.Escape(o.Outlet ?? "(unknown)"), o.Articles.ToString("N0"));
        Terminal.Out.Write(table);
        return ExitCodes.Ok;
    }
}
