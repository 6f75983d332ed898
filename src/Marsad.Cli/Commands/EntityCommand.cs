using System.CommandLine;
using Marsad.Views;
using Spectre.Console;

namespace Marsad.Cli.Commands;

internal static class EntityCommand
{
    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "Any name of the entity, Arabic or English (راما, Edi Rama), or its id." };
        var limit = new Option<int>("--limit") { Description = "How many mentions to show per entity.", DefaultValueFactory = _ => 20 };
        var command = new Command("entity", "Show one entity and the sentences that mention it, across outlets.") { name, limit };
        command.SetAction(parse => Run(CommandContext.From(parse), parse.GetValue(name)!, parse.GetValue(limit)));
        return command;
    }

    private static int Run(CommandContext context, string name, int limit)
    {
        if (string.IsNullOrWhiteSpace(name)) throw ViewException.Invalid("Give a name to look up (see `marsad entities`).");
        ViewJson.CheckLimit(limit, EntityView.MaxLimit, "--limit");
        using var store = context.OpenExistingStore();
        var view = EntityView.Read(store, name, limit);
        if (context.Json)
        {
            JsonOutput.Write(view.Write);
            return ExitCodes.Ok;
        }

        foreach (var (entity, mentions) in view.Entities)
        {
            Terminal.Out.Write(new Rule($"[bold]{Markup.Escape(entity.NameAr)}[/] {Markup.Escape(entity.NameEn ?? "")} [grey]{entity.Type} · {Markup.Escape(entity.Id)}[/]").LeftJustified());
            Terminal.Out.MarkupLine($"[grey]{entity.MentionCount:N0} mentions in {entity.ArticleCount:N0} articles; also written[/] {Markup.Escape(string.Join("، ", entity.Aliases))}");
            foreach (var m in mentions)
            {
                var (sentence, at, end) = (m.Sentence, m.Start - m.SentenceStart, m.End - m.SentenceStart);
                var highlighted = at >= 0 && end <= sentence.Length
                    ? $"{Markup.Escape(sentence[..at])}[yellow]{Markup.Escape(sentence[at..end])}[/]{Markup.Escape(sentence[end..])}"
                    : Markup.Escape(sentence);
                var loaded = m.Loaded ? " [red](loaded term)[/]" : "";
                Terminal.Out.MarkupLine($"[grey]{Markup.Escape(m.Outlet ?? "unknown outlet")} · {m.ArticleId[..Math.Min(12, m.ArticleId.Length)]} · {m.Kind}{loaded}[/]");
                Terminal.Out.MarkupLine($"  {highlighted}");
            }
        }
        return ExitCodes.Ok;
    }
}
