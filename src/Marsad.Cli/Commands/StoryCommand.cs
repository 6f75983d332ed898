using System.CommandLine;
using Marsad.Stories.Views;
using Spectre.Console;

namespace Marsad.Cli.Commands;

internal static class StoryCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "A story id (st-…), or the id of an event cluster (ev-…) or article in it." };
        var command = new Command("story", "Show one story: the timeline of its event clusters and how its outlets compare (shared and outlet-only claims, conflicts, quotes, loaded terms).") { id };
        command.SetAction(parse => Run(CommandContext.From(parse), parse.GetValue(id)!));
        return command;
    }

    private static int Run(CommandContext context, string id)
    {
        if (string.IsNullOrWhiteSpace(id)) throw new CliException("Give a story id (see `marsad stories`).", ExitCodes.Usage);
        using var store = context.OpenExistingStore();
        StoriesView.CatchUp(store);
        var view = StoryView.Read(store, id);
        var detail = view.Detail;
        if (context.Json)
        {
            JsonOutput.Write(view.Write);
            return ExitCodes.Ok;
        }
        var story = detail.Story;
        Terminal.Out.Write(new Rule($"[bold]{Markup.Escape(story.Title ?? story.Id)}[/] [grey]{Markup.Escape(story.Id)} · {story.Start:yyyy-MM-dd} … {story.End:yyyy-MM-dd} · {Markup.Escape(string.Join(", ", story.Outlets))}[/]").LeftJustified());
        Terminal.Out.MarkupLine("[bold]timeline[/]");
        foreach (var entry in detail.Timeline)
        {
            Terminal.Out.MarkupLine($"  [yellow]{(entry.Date is { } d ? d.ToString("yyyy-MM-dd") : "undated")}[/] {Markup.Escape(entry.Cluster.Title ?? "")} [grey]({Markup.Escape(entry.Cluster.Id)})[/]");
            if (entry.Events.Count > 0) Terminal.Out.MarkupLine($"    [grey]events:[/] {Markup.Escape(string.Join(", ", entry.Events))}");
            foreach (var a in entry.Cluster.Articles)
            {
                var date = a.Published is { } p ? p.ToString("yyyy-MM-dd") + (a.Estimated ? " (estimated)" : "") : "no date";
                Terminal.Out.MarkupLine($"    {Markup.Escape(a.OutletLabel)} · {Markup.Escape(date)} · {Markup.Escape(a.Title ?? a.Id)} [grey]{a.Id}[/]");
                if (a.Evidence is not null && a.Estimated) Terminal.Out.MarkupLine($"      [grey]{Markup.Escape(a.Evidence)}[/]");
            }
        }
        var comparison = detail.Comparison;
        Terminal.Out.MarkupLine("[bold]claims every outlet carries[/]");
        for (var i = 0; i < comparison.Claims.Count; i++)
        {
            var claim = comparison.Claims[i];
            if (claim.Outlets.Count < 2) continue;
            Terminal.Out.MarkupLine($"  [[{i}]] {Markup.Escape(StoryCommandSupport.Excerpt(claim.Text, 0, claim.Text.Length, 160))} [grey](first: {Markup.Escape(claim.First)}; {Markup.Escape(string.Join(", ", claim.Outlets))})[/]");
        }
        foreach (var (outlet, indexes) in comparison.Only.Where(p => p.Value.Count > 0))
        {
            Terminal.Out.MarkupLine($"[bold]only in {Markup.Escape(outlet)}[/]");
            foreach (var i in indexes)
                Terminal.Out.MarkupLine($"  [[{i}]] {Markup.Escape(StoryCommandSupport.Excerpt(comparison.Claims[i].Text, 0, comparison.Claims[i].Text.Length, 160))}");
        }
        if (comparison.Conflicts.Count > 0) Terminal.Out.MarkupLine("[bold]conflicting facts[/]");
        foreach (var conflict in comparison.Conflicts)
            Terminal.Out.MarkupLine($"  [red]claim {conflict.Claim} ({conflict.Fact}):[/] {Markup.Escape(string.Join(" ≠ ", conflict.Values.Select(v => $"{v.Key}: «{v.Value}»")))}");
        foreach (var (outlet, speakers) in comparison.Quoted.Where(p => p.Value.Count > 0))
            Terminal.Out.MarkupLine($"[bold]{Markup.Escape(outlet)} quotes[/] {Markup.Escape(string.Join(", ", speakers))}");
        foreach (var (outlet, speakers) in comparison.Unnamed.Where(p => p.Value.Count > 0))
            Terminal.Out.MarkupLine($"[bold]{Markup.Escape(outlet)} quotes unnamed[/] {Markup.Escape(string.Join("، ", speakers.Select(s => $"«{s}»")))}");
        foreach (var (outlet, terms) in comparison.Terms)
            Terminal.Out.MarkupLine($"[bold]{Markup.Escape(outlet)} wording[/] {(terms.Count == 0 ? "[grey]no loaded term or hedge[/]" : Markup.Escape(string.Join("، ", terms.Select(t => $"{t.Key} ×{t.Value}"))))}");
        return ExitCodes.Ok;
    }
}
