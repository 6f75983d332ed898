using System.CommandLine;
using Marsad.Views;
using Spectre.Console;

namespace Marsad.Cli.Commands;

internal static class EntitiesCommand
{
    public static Command Create()
    {
        var type = new Option<string?>("--type") { Description = "Only entities of this type: PER, ORG, LOC, GPE or MISC." };
        var limit = new Option<int>("--limit") { Description = "How many entities to show, most mentioned first.", DefaultValueFactory = _ => 50 };
        var command = new Command("entities", "List the entities found in analyzed articles, one per person, organization or place across outlets.") { type, limit };
        command.SetAction(parse => Run(CommandContext.From(parse), parse.GetValue(type), parse.GetValue(limit)));
        return command;
    }

    private static int Run(CommandContext context, string? typeName, int limit)
    {
        // Arguments are checked before the store is opened: a typo is a usage error whatever the data folder holds.
        EntitiesView.ParseType(typeName);
        ViewJson.CheckLimit(limit, EntitiesView.MaxLimit, "--limit");
        using var store = context.OpenExistingStore();
        var view = EntitiesView.Read(store, typeName, limit);
        if (context.Json)
        {
            JsonOutput.Write(view.Write);
            return ExitCodes.Ok;
        }
        var table = new Table().AddColumns("type", "name", "english", "mentions", "articles", "id");
        foreach (var e in view.Entities)
            table.AddRow(e.Type.ToString(), Markup.Escape(e.NameAr), Markup.Escape(e.NameEn ?? "-"), e.MentionCount.ToString("N0"), e.ArticleCount.ToString("N0"), Markup.Escape(e.Id));
        Terminal.Out.Write(table);
        if (view.Entities.Count == 0)
            Terminal.Out.MarkupLine("[grey]No entities stored yet: `marsad analyze PATH` finds and stores them.[/]");
        return ExitCodes.Ok;
    }
}
