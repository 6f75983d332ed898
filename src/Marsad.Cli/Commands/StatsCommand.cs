using System.CommandLine;
using Marsad.Reporting;
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
        var stats = store.Articles.Stats();
        if (context.Json)
        {
            JsonOutput.Write(w =>
            {
                w.WriteStartObject();
                w.WriteNumber("articles", stats.Articles);
                w.WriteNumber("outlets", stats.Outlets);
                w.WriteStartArray("by_outlet");
                foreach (var o in stats.ByOutlet)
                {
                    w.WriteStartObject();
                    w.WriteString("outlet", o.Outlet);
                    w.WriteNumber("articles", o.Articles);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                ArticleJsonWriter.WriteDate(w, "earliest_published", stats.EarliestPublished);
                ArticleJsonWriter.WriteDate(w, "latest_published", stats.LatestPublished);
                w.WriteNumber("database_bytes", stats.DatabaseBytes);
                w.WriteString("data_folder", Path.GetFullPath(context.DataFolder));
                w.WriteEndObject();
            });
            return ExitCodes.Ok;
        }
        Terminal.Out.MarkupLine($"[bold]{stats.Articles:N0}[/] articles from [bold]{stats.Outlets:N0}[/] outlets in {Markup.Escape(Path.GetFullPath(context.DataFolder))} ({stats.DatabaseBytes / 1048576.0:N1} MB)");
        if (stats.EarliestPublished is { } first && stats.LatestPublished is { } last)
            Terminal.Out.MarkupLine($"published {ArticleJsonWriter.FormatDate(first)} … {ArticleJsonWriter.FormatDate(last)}");
        var table = new Table().AddColumns("outlet", "articles");
        foreach (var o in stats.ByOutlet) table.AddRow(Markup.Escape(o.Outlet ?? "(unknown)"), o.Articles.ToString("N0"));
        Terminal.Out.Write(table);
        return ExitCodes.Ok;
    }
}
