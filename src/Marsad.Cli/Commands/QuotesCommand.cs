using System.CommandLine;
using Marsad.Quotes;
using Marsad.Views;
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
        var after = new Option<string?>("--after") { Description = "The page after this cursor (the \"next\" of the previous page's --json)." };
        var command = new Command("quotes", "List who said what in analyzed articles: each quote with its speaker, cue and the sentence it came from.")
        {
            speaker, outlet, from, to, limit, after,
        };
        command.SetAction(parse => Run(CommandContext.From(parse), parse.GetValue(speaker), parse.GetValue(outlet),
            parse.GetValue(from), parse.GetValue(to), parse.GetValue(limit), parse.GetValue(after)));
        return command;
    }

    private static int Run(CommandContext context, string? speaker, string? outlet, string? from, string? to, int limit, string? after)
    {
        // Arguments are checked before the store is opened: a typo is a usage error whatever the data folder holds.
        QuotesView.Check(from, to, limit, after);
        using var store = context.OpenExistingStore();
        var view = QuotesView.Read(store, speaker, outlet, from, to, limit, after);
        if (context.Json)
        {
            JsonOutput.Write(view.Write);
            return ExitCodes.Ok;
        }
        var quotes = view.Quotes;

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
        if (view.Next is { } next) Terminal.Out.MarkupLine($"[grey]More: --after {Markup.Escape(next)}[/]");
        return ExitCodes.Ok;
    }
}
