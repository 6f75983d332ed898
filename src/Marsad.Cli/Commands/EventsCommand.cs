using System.CommandLine;
using System.Globalization;
using Marsad.Entities;
using Marsad.Events;
using Marsad.Reporting;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad events</c>: stored events across articles, filtered by type, actor, target, modality, outlet and date;
/// a table with the sentence each event came from, or <c>{"events":[…]}</c> (each event as in <c>analyze --json</c>,
/// plus article_id, outlet, published and sentence_text).
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
        var command = new Command("events", "List the events found in analyzed articles (PLOVER-coded: who did what to whom, when, and how the text presents it).")
        {
            type, actor, target, modality, outlet, from, to, limit,
        };
        command.SetAction(parse => Run(CommandContext.From(parse), parse.GetValue(type), parse.GetValue(actor), parse.GetValue(target),
            parse.GetValue(modality), parse.GetValue(outlet), parse.GetValue(from), parse.GetValue(to), parse.GetValue(limit)));
        return command;
    }

    private static int Run(CommandContext context, string? typeName, string? actor, string? target, string? modalityName, string? outlet,
        string? from, string? to, int limit)
    {
        PloverType? type = null;
        if (typeName is not null)
        {
            if (!Enum.TryParse<PloverType>(typeName, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                throw new CliException($"Unknown event type '{typeName}': use one of {string.Join(", ", Enum.GetNames<PloverType>())}.", ExitCodes.Usage);
            type = parsed;
        }
        EventModality? modality = null;
        if (modalityName is not null)
        {
            if (!EventModalities.TryParse(modalityName, out var parsed))
                throw new CliException($"Unknown modality '{modalityName}': use asserted, reported, alleged, denied, planned or negated.", ExitCodes.Usage);
            modality = parsed;
        }
        CheckDate(from, "--from");
        CheckDate(to, "--to");
        if (limit < 1) throw new CliException("--limit must be at least 1.", ExitCodes.Usage);
        using var store = context.OpenExistingStore();
        var entities = new EntityRepository(store);
        var query = new EventQuery
        {
            Type = type,
            ActorIds = actor is null ? null : entities.FindByName(actor).Select(e => e.Id).ToArray(),
            ActorText = actor,
            TargetIds = target is null ? null : entities.FindByName(target).Select(e => e.Id).ToArray(),
            TargetText = target,
            Modality = modality,
            Outlet = outlet,
            From = from,
            To = to,
            Limit = limit,
        };
        var events = new EventRepository(store).List(query);
        if (context.Json)
        {
            JsonOutput.Write(w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("events");
                foreach (var stored in events)
                {
                    w.WriteStartObject();
                    w.WriteString("article_id", stored.ArticleId);
                    w.WriteString("outlet", stored.Outlet);
                    ArticleJsonWriter.WriteDate(w, "published", stored.Published);
                    EventJson.WriteEvent(stored.Event, w);
                    w.WriteString("sentence_text", stored.Sentence);
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            });
            return ExitCodes.Ok;
        }
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
        return ExitCodes.Ok;
    }

    private static string Actor(EventActor? actor) =>
        actor is null ? "?" : actor.Country is null ? actor.Text : $"{actor.Text} [{actor.Country}{(actor.Sector is null ? "" : "/" + actor.Sector)}]";

    private static void CheckDate(string? value, string option)
    {
        if (value is null) return;
        string[] formats = ["yyyy-MM-dd", "yyyy-MM", "yyyy"];
        if (!DateTime.TryParseExact(value, formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
            throw new CliException($"{option} '{value}' is not a date: write yyyy-mm-dd, yyyy-mm or yyyy.", ExitCodes.Usage);
    }
}
