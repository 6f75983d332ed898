using System.CommandLine;
using Marsad.Reporting;
using Marsad.Storage;
using Spectre.Console;

namespace Marsad.Cli.Commands;

internal static class ListCommand
{
    public static Command Create()
    {
        var outlet = new Option<string?>("--outlet") { Description = "Only articles of this outlet (exact name, as `stats` shows it)." };
        var limit = new Option<int>("--limit") { Description = "How many articles to show.", DefaultValueFactory = _ => 50 };
        var offset = new Option<int>("--offset") { Description = "How many to skip first.", DefaultValueFactory = _ => 0 };
        var command = new Command("list", "List stored articles in the order they were ingested.") { outlet, limit, offset };
        command.SetAction(parse => Run(CommandContext.From(parse), new ListQuery(parse.GetValue(limit), parse.GetValue(offset), parse.GetValue(outlet))));
        return command;
    }

    private static int Run(CommandContext context, ListQuery query)
    {
        if (query.Limit < 0 || query.Offset < 0) throw new CliException("--limit and --offset must be zero or more.", ExitCodes.Usage);
        using var store = context.OpenExistingStore();
        var articles = store.Articles.List(query);
        var total = store.Articles.Count(query.Outlet);
        if (context.Json)
        {
            JsonOutput.Write(w =>
            {
                w.WriteStartObject();
                w.WriteNumber("total", total);
                w.WriteStartArray("articles");
                foreach (var a in articles)
                {
                    w.WriteStartObject();
                    w.WriteString("id", a.Id);
                    w.WriteString("outlet", a.Outlet);
                    w.WriteString("title", a.Title);
                    ArticleJsonWriter.WriteDate(w, "published", a.Published);
                    w.WriteString("url", a.Url);
                    w.WriteString("source_path", a.SourcePath);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            });
            return ExitCodes.Ok;
        }
        var table = new Table().AddColumns("id", "published", "outlet", "title");
        foreach (var a in articles)
            table.AddRow(a.Id[..Math.Min(12, a.Id.Length)], a.Published is { } p ? ArticleJsonWriter.FormatDate(p) : "-",
                Markup.Escape(a.Outlet ?? "-"), Markup.Escape(a.Title ?? "-"));
        Terminal.Out.Write(table);
        Terminal.Out.MarkupLine($"[grey]{articles.Count} of {total:N0} shown; any unique id prefix works with `marsad show`.[/]");
        return ExitCodes.Ok;
    }
}
