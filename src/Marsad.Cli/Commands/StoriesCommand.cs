using System.CommandLine;
using Marsad.Stories.Views;
using Spectre.Console;

namespace Marsad.Cli.Commands;

internal static class StoriesCommand
{
    public static Command Create()
    {
        var limit = new Option<int>("--limit") { Description = "How many stories to show, most articles first (the JSON lists all).", DefaultValueFactory = _ => 30 };
        var command = new Command("stories", "List developing stories: their event clusters, outlets and date range (every stored article is in exactly one cluster).") { limit };
        command.SetAction(parse => Run(CommandContext.From(parse), parse.GetValue(limit)));
        return command;
    }

    private static int Run(CommandContext context, int limit)
    {
        if (limit < 1) throw new CliException("--limit must be at least 1.", ExitCodes.Usage);
        using var store = context.OpenExistingStore();
        StoriesView.CatchUp(store);
        var view = StoriesView.Read(store);
        var stories = view.Stories;
        if (context.Json)
        {
            JsonOutput.Write(view.Write);
            return ExitCodes.Ok;
        }
        var table = new Table().AddColumns("story", "title", "dates", "clusters", "articles", "outlets");
        foreach (var story in stories.OrderByDescending(s => s.Articles.Count()).ThenBy(s => s.Start ?? DateOnly.MaxValue).Take(limit))
            table.AddRow(Markup.Escape(story.Id), Markup.Escape(story.Title ?? ""), $"{story.Start:yyyy-MM-dd} … {story.End:yyyy-MM-dd}",
                story.Clusters.Count.ToString("N0"), story.Articles.Count().ToString("N0"), Markup.Escape(string.Join(", ", story.Outlets)));
        Terminal.Out.Write(table);
        Terminal.Out.MarkupLine($"[grey]{stories.Count:N0} stories, {stories.Sum(s => s.Clusters.Count):N0} event clusters, {stories.Sum(s => s.Articles.Count()):N0} articles. `marsad story ID` shows one with its timeline and outlet comparison.[/]");
        return ExitCodes.Ok;
    }
}
