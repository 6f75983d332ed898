using System.CommandLine;
using System.Globalization;
using Marsad.Entities;
using Marsad.Quotes;
using Marsad.Reporting;
using Spectre.Console;

namespace Marsad.Cli.Commands;

internal static class QuotesCommand
{
    public static Command Create()
    {
        var speaker = new Option<string?>("--speaker") { Description = "Only quotes of this speaker: an entity id or any name of it (راما, Edi Rama), or words of an unnamed source (مصدر)." };
        var outlet = new Option<string?>("--outlet") { Description = "Only quotes from this outlet (exact name, as `stats` shows it)." };
        var from = new Option<string?>("--from") { Description = "Only articles published on or after this day (YYYY-MM-DD)." };
        var to = new Option<string?>("--to") { Description = "Only articles published on or before this day (YYYY-MM-DD)." };
        var limit = new Option<int>("--limit") { Description = "How many quotes to show, newest articles first.", DefaultValueFactory = _ => 50 };
        var command = new Command("quotes", "List who said what in analyzed articles: each quote with its speaker, cue and the sentence it came from.")
        {
            speaker, outlet, from, to, limit,
        };
        command.SetAction(parse => Run(CommandContext.From(parse), parse.GetValue(speaker), parse.GetValue(outlet),
            Day(parse.GetValue(from), "--from"), Day(parse.GetValue(to), "--to"), parse.GetValue(limit)));
        return command;
    }

    private static DateOnly? Day(string? value, string option)
    {
        if (value is null) return null;
        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)) return day;
        throw new CliException($"{option} '{value}' is not a day: write YYYY-MM-DD.", ExitCodes.Usage);
    }

    private static int Run(CommandContext context, string? speaker, string? outlet, DateOnly? from, DateOnly? to, int limit)
    {
        if (limit < 1) throw new CliException("--limit must be at least 1.", ExitCodes.Usage);
        if (from is { } f && to is { } t && t < f) throw new CliException("--to is before --from.", ExitCodes.Usage);
        using var store = context.OpenExistingStore();
        var query = new QuoteQuery { Outlet = outlet, From = from, To = to, Limit = limit };
        if (!string.IsNullOrWhiteSpace(speaker))
        {
            var entities = new EntityRepository(store);
            IReadOnlyList<StoredEntity> named = entities.Get(speaker) is { } byId ? [byId] : entities.FindByName(speaker);
            query = query with { SpeakerIds = [.. named.Select(e => e.Id)], SpeakerText = speaker.Trim() };
        }
        var quotes = new QuoteRepository(store).List(query);
        if (context.Json)
        {
            JsonOutput.Write(w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("quotes");
                foreach (var q in quotes) QuoteJson.WriteListed(q, w);
                w.WriteEndArray();
                w.WriteEndObject();
            });
            return ExitCodes.Ok;
        }

        var table = new Table().AddColumns("speaker", "kind", "quote", "sentence", "article");
        foreach (var s in quotes)
        {
            var q = s.Quote;
            var who = q.Speaker is { } sp ? $"{Markup.Escape(sp.Text)}\n[grey]{Markup.Escape(sp.EntityId ?? "unnamed")}[/]" : "[grey]?[/]";
            var (at, end) = (q.Span.Start - q.Sentence.Start, q.Span.End - q.Sentence.Start);
            var sentence = at >= 0 && end <= s.Sentence.Length && at <= end
                ? $"{Markup.Escape(s.Sentence[..at])}[yellow]{Markup.Escape(s.Sentence[at..end])}[/]{Markup.Escape(s.Sentence[end..])}"
                : Markup.Escape(s.Sentence);
            var article = $"{Markup.Escape(s.Outlet ?? "-")}\n{(s.Published is { } p ? ArticleJsonWriter.FormatDate(p) : "-")}\n[grey]{s.ArticleId[..Math.Min(12, s.ArticleId.Length)]}[/]";
            table.AddRow(who, QuoteJson.KindName(q.Kind) + (q.Cue is { } cue ? $"\n[grey]{Markup.Escape(cue.Text)}[/]" : ""), Markup.Escape(q.Text), sentence, article);
        }
        Terminal.Out.Write(table);
        if (quotes.Count == 0)
            Terminal.Out.MarkupLine(speaker is null
                ? "[grey]No quotes stored yet: `marsad analyze PATH` finds and stores them.[/]"
                : $"[grey]No stored quote of '{Markup.Escape(speaker)}'. `marsad entities --type PER` lists speakers' names.[/]");
        return ExitCodes.Ok;
    }
}
