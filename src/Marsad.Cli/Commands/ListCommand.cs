using System.CommandLine;
using Marsad.Reporting;
using Marsad.Storage;
using Marsad.Views;
using Spectre.Console;

namespace Marsad.Cli.Commands;

internal static class ListCommand
{
    public static Command Create()
    {
        var outlet = new Option<string?>("--outlet") { Description = "Only articles of this outlet (exact name, as `stats` shows it)." };
        var from = new Option<string?>("--from") { Description = "Only articles published on or after this day (YYYY-MM-DD) or instant." };
        var to = new Option<string?>("--to") { Description = "Only articles published on or before this day (YYYY-MM-DD) or instant." };
        var limit = new Option<int>("--limit") { Description = "How many articles to show.", DefaultValueFactory = _ => 50 };
        var offset = new Option<int>("--offset") { Description = "How many to skip first.", DefaultValueFactory = _ => 0 };
        var after = new Option<string?>("--after") { Description = "Continue after this cursor (the 'next' of a previous --json page)." };
        var command = new Command("list", "List stored articles in the order they were ingested.") { outlet, from, to, limit, offset, after };
        command.SetAction(parse => Run(CommandContext.From(parse),
            new ArticleFilter(parse.GetValue(outlet), DateBound.From(parse.GetValue(from), "--from"), DateBound.To(parse.GetValue(to), "--to")),
            parse.GetValue(limit), parse.GetValue(offset), parse.GetValue(after)));
        return command;
    }

    private static int Run(CommandContext context, ArticleFilter filter, int limit, int offset, string? after)
    {
        using var store = context.OpenExistingStore();
        var view = ArticlesView.Read(store, filter, limit, after, offset);
        if (context.Json)
        {
            JsonOutput.Write(view.Write);
            return ExitCodes.Ok;
        }
        var table = new Table().AddColumns("id", "published", "outlet", "title");
        foreach (var a in view.Articles)
            table.AddRow(a.Id[..Math.Min(12, a.Id.Length)], a.Published is { } p ? ArticleJsonWriter.FormatDate(p) : "-",
                Markup.Escape(a.Outlet ?? "-"), Markup.Escape(a.Title ?? "-"));
        Terminal.Out.Write(table);
        var more = view.Next is null ? "" : $" --after {view.Next} shows the next page;";
        Terminal.Out.MarkupLine($"[grey]{view.Articles.Count} of {view.Total:N0} shown;{more} any unique id prefix works with `marsad show`.[/]");
        return ExitCodes.Ok;
    }
}
