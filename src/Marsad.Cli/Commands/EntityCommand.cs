using System.CommandLine;
using Marsad.Entities;
using Marsad.Reporting;
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
        if (string.IsNullOrWhiteSpace(name)) throw new CliException("Give a name to look up (see `marsad entities`).", ExitCodes.Usage);
        if (limit < 1) throw new CliException("--limit must be at least 1.", ExitCodes.Usage);
        using var store = context.OpenExistingStore();
        var repository = new EntityRepository(store);
        IReadOnlyList<StoredEntity> entities = repository.Get(name) is { } byId ? [byId] : repository.FindByName(name);
        if (entities.Count == 0)
            throw new CliException($"No stored entity is called '{name}'. `marsad entities` lists them; analyze articles first if it is empty.");

        if (context.Json)
        {
            JsonOutput.Write(w =>
            {
                w.WriteStartObject();
                w.WriteString("query", name);
                w.WriteStartArray("entities");
                foreach (var entity in entities)
                {
                    EntitiesCommand.WriteEntity(entity, w, closeObject: false);
                    w.WriteStartArray("mentions");
                    foreach (var m in repository.Mentions(entity.Id, limit))
                    {
                        w.WriteStartObject();
                        w.WriteString("article_id", m.ArticleId);
                        w.WriteString("outlet", m.Outlet);
                        w.WriteString("title", m.Title);
                        ArticleJsonWriter.WriteDate(w, "published", m.Published);
                        w.WriteString("text", m.Text);
                        w.WriteNumber("start", m.Start);
                        w.WriteNumber("end", m.End);
                        w.WriteString("kind", m.Kind.ToString());
                        w.WriteString("rule", m.Rule);
                        w.WriteNumber("confidence", Math.Round(m.Confidence, 3));
                        w.WriteBoolean("loaded", m.Loaded);
                        w.WriteStartObject("sentence");
                        w.WriteNumber("start", m.SentenceStart);
                        w.WriteNumber("end", m.SentenceEnd);
                        w.WriteString("text", m.Sentence);
                        w.WriteEndObject();
                        w.WriteEndObject();
                    }
                    w.WriteEndArray();
                    w.WriteEndObject();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            });
            return ExitCodes.Ok;
        }

        foreach (var entity in entities)
        {
            Terminal.Out.Write(new Rule($"[bold]{Markup.Escape(entity.NameAr)}[/] {Markup.Escape(entity.NameEn ?? "")} [grey]{entity.Type} · {Markup.Escape(entity.Id)}[/]").LeftJustified());
            Terminal.Out.MarkupLine($"[grey]{entity.MentionCount:N0} mentions in {entity.ArticleCount:N0} articles; also written[/] {Markup.Escape(string.Join("، ", entity.Aliases))}");
            foreach (var m in repository.Mentions(entity.Id, limit))
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
