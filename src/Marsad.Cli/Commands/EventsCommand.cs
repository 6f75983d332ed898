using System.CommandLine;
using Marsad.Events;
using Marsad.Views;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad events</c>: stored events across articles, filtered by type, actor, target, modality, outlet and date;
/// a table with the sentence each event came from, or the JSON of <see cref="EventsView"/> (the same as <c>GET /api/events</c>).
/// </summary>
internal static class EventsCommand
{
    public static Command Create()
    {
        var type = new Option<string?>("--type") { Description = "Only events of this PLOVER type (AGREE, CONSULT, … ASSAULT)." };
        var actor = new Option<string?>("--actor") { Description = "Only events whose source is this entity (id such as gpe:iran, or any name of it) or country (ISO alpha-3)." };
        var target = new Option<string?>("--target") { Description = "Only events whose target is this entity (id or name) or country (ISO alpha-3)." };
        var modality = new Option<string?>("--modality") { Description = "Only events of this modality: asserted, reported, alleged, denied, planned or negated." };
        var outlet = new Option<string?>("--outlet") { Description = "Only events reported by this outlet." };
        var from = new Option<string?>("--from") { Description = "Only events on or after this date (yyyy-mm-dd; the article's date when the event has none)." };
        var to = new Option<string?>("--to") { Description = "Only events on or before this date (yyyy-mm-dd, yyyy-mm or yyyy)." };
        var limit = new Option<int>("--limit") { Description = "How many events to show, newest articles first.", DefaultValueFactory = _ => 50 };
        var after = new Option<string?>("--after") { Description = "The page after this cursor (the \"next\" of the previous page's --json)." };
        var command = new Command("events", "List the events found in analyzed articles (PLOVER-coded: who did what to whom, when, and how the text presents it).")
        {
            type, actor, target, modality, outlet, from, to, limit, after,
        };
        command.SetAction(parse => Run(CommandContext.From(parse),
            new EventFilter(parse.GetValue(type), parse.GetValue(actor), parse.GetValue(target), parse.GetValue(modality), parse.GetValue(outlet),
                parse.GetValue(from), parse.GetValue(to)),
            parse.GetValue(limit), parse.GetValue(after)));
        return command;
    }

    private static int Run(CommandContext context, EventFilter filter, int limit, string? after)
    {
        // Arguments are checked before the store is opened: a typo is a usage error whatever the data folder holds.
        EventsView.Check(filter, limit, after);
        using var store = context.OpenExistingStore();
        var view = EventsView.Read(store, filter, limit, after);
        if (context.Json)
        {
            JsonOutput.Write(view.Write);
            return ExitCodes.Ok;
        }
        var events = view.Events;
        var table = new Table().AddColumns("article", "outlet", "event", "source → target", "date", "modality", "sentence");
        foreach (var stored in events)
        {
            var e = stored.Event;
            table.AddRow(
                Markup.Escape(stored.ArticleId[..Math.Min(12, stored.ArticleId.Length)]),
                Markup.Escape(stored.Outlet ?? "-"),
                Markup.Escape(e.Mode is null ? e.Type.ToString() : $"{e.Type}/{e.Mode}"),
                Markup.Escape($"{Actor(e.Source)} → {Actor(e.Target)}"),
                Markup.Escape(e.Date ?? "-"),
                Markup.Escape(e.Modality.Name()),
                Markup.Escape(stored.Sentence));
        }
        Terminal.Out.Write(table);
        if (events.Count == 0)
            Terminal.Out.MarkupLine("[grey]No events match: `marsad analyze PATH` finds and stores them.[/]");
        if (view.Next is { } next) Terminal.Out.MarkupLine($"[grey]More: --after {Markup.Escape(next)}[/]");
        return ExitCodes.Ok;
    }

    private static string Actor(EventActor? actor) =>
        actor is null ? "?" : actor.Country is null ? actor.Text : $"{actor.Text} [{actor.Country}{(actor.Sector is null ? "" : "/" + actor.Sector)}]";
}
