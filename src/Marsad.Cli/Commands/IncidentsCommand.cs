using System.CommandLine;
using System.Text.Json;
using Marsad.Views;
using Spectre.Console;

namespace Marsad.Cli.Commands;

/// <summary>
/// <c>marsad incidents</c>: cyber incidents across articles (same victim, initiator and month are one incident), each with
/// every article and outlet that reports it. <c>--json</c>: <c>{"incidents":[{…the incident as the first article reports it,
/// "id" the store's id, "articles":[{"id","outlet","published"}]}]}</c>.
/// </summary>
internal static class IncidentsCommand
{
    public static Command Create()
    {
        var limit = new Option<int>("--limit") { Description = "How many incidents to show, the most reported first.", DefaultValueFactory = _ => 50 };
        var command = new Command("incidents", "List cyber incidents across articles: victim, alleged initiator, date, impacts, attributions and responses.") { limit };
        command.SetAction(parse => Run(CommandContext.From(parse), parse.GetValue(limit)));
        return command;
    }

    private static int Run(CommandContext context, int limit)
    {
        ViewJson.CheckLimit(limit, IncidentsView.MaxLimit, "--limit");
        using var store = context.OpenExistingStore();
        var view = IncidentsView.Read(store, limit);
        if (context.Json)
        {
            JsonOutput.Write(view.Write);
            return ExitCodes.Ok;
        }
        var incidents = view.Incidents;
        var table = new Table().AddColumns("incident", "initiator → victim", "date", "impacts", "articles");
        foreach (var incident in incidents)
        {
            using var stored = JsonDocument.Parse(incident.IncidentJson);
            var root = stored.RootElement;
            var impacts = string.Join("، ", root.GetProperty("impacts").EnumerateArray().Select(i => i.GetProperty("text").GetString()).Distinct());
            table.AddRow(
                Markup.Escape(incident.Id),
                Markup.Escape($"{Party(root, "initiator")} → {Party(root, "victim")}"),
                Markup.Escape(root.GetProperty("date").ValueKind == JsonValueKind.String ? root.GetProperty("date").GetString()! : "-"),
                Markup.Escape(impacts.Length == 0 ? "-" : impacts),
                Markup.Escape(string.Join(", ", incident.Articles.Select(a => $"{a.ArticleId[..Math.Min(12, a.ArticleId.Length)]} ({a.Outlet ?? "-"})"))));
        }
        Terminal.Out.Write(table);
        if (incidents.Count == 0)
            Terminal.Out.MarkupLine("[grey]No cyber incidents stored: `marsad analyze PATH` finds them in articles that report cyberattacks.[/]");
        return ExitCodes.Ok;
    }

    private static string Party(JsonElement incident, string name) =>
        incident.GetProperty(name) is { ValueKind: JsonValueKind.Object } actor
            ? actor.GetProperty("text").GetString() + (actor.GetProperty("country").GetString() is { } c ? $" [{c}]" : "")
            : "?";
}
