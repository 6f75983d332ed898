using System.CommandLine;
using Marsad.Stories.Views;
using Spectre.Console;

namespace Marsad.Cli.Commands;

internal static class DuplicatesCommand
{
    public static Command Create()
    {
        var limit = new Option<int>("--limit") { Description = "How many groups to show, largest first (the JSON lists all).", DefaultValueFactory = _ => 30 };
        var command = new Command("duplicates", "List exact copies (same words) and near duplicates (reposted or lightly edited text) with their shared passages.") { limit };
        command.SetAction(parse => Run(CommandContext.From(parse), parse.GetValue(limit)));
        return command;
    }

    private static int Run(CommandContext context, int limit)
    {
        if (limit < 1) throw new CliException("--limit must be at least 1.", ExitCodes.Usage);
        using var store = context.OpenExistingStore();
        var service = StoryCommandSupport.Service(store);
        service.CatchUp();
        var groups = service.Duplicates();
        if (context.Json)
        {
            JsonOutput.Write(w => StoryJson.WriteDuplicates(groups, service.Pairs, w));
            return ExitCodes.Ok;
        }
        var exact = groups.Count(g => g.Kind == "exact");
        Terminal.Out.MarkupLine($"[bold]{exact:N0}[/] exact groups, [bold]{groups.Count - exact:N0}[/] near-duplicate groups.");
        foreach (var group in groups.Take(limit))
        {
            Terminal.Out.Write(new Rule($"[bold]{group.Kind}[/] · {group.Articles.Count} articles · score {group.Score:0.00}").LeftJustified());
            foreach (var id in group.Articles)
            {
                var article = store.Articles.Get(id);
                Terminal.Out.MarkupLine($"  {Markup.Escape(id)} [grey]{Markup.Escape(article?.Outlet ?? "unknown outlet")} · {Markup.Escape(article?.SourceId ?? "")}[/] {Markup.Escape(article?.Title ?? "")}");
            }
            if (group.Kind != "near") continue;
            foreach (var pair in service.Pairs(group).Take(3))
            {
                var first = store.Articles.Get(pair.First)!.Text;
                Terminal.Out.MarkupLine($"  [grey]{pair.First} ↔ {pair.Second}: containment {pair.Overlap.Containment:0.00}, Jaccard {pair.Overlap.Jaccard:0.00}, {pair.Overlap.Passages.Count} shared passages[/]");
                foreach (var passage in pair.Overlap.Passages.Take(2))
                    Terminal.Out.MarkupLine($"    [yellow]{passage.Words} words[/] [[{passage.First.Start}, {passage.First.End}) ↔ [[{passage.Second.Start}, {passage.Second.End}): {Markup.Escape(StoryCommandSupport.Excerpt(first, passage.First.Start, passage.First.End))}");
            }
        }
        if (groups.Count > limit) Terminal.Out.MarkupLine($"[grey]… and {groups.Count - limit:N0} more groups; use --limit or --json.[/]");
        return ExitCodes.Ok;
    }
}
