using System.CommandLine;
using System.Text.Json;
using Marsad.Entities;
using Spectre.Console;

namespace Marsad.Cli.Commands;

internal static class EntitiesCommand
{
    public static Command Create()
    {
        var type = new Option<string?>("--type") { Description = "Only entities of this type: PER, ORG, LOC, GPE or MISC." };
        var limit = new Option<int>("--limit") { Description = "How many entities to show, most mentioned first.", DefaultValueFactory = _ => 50 };
        var command = new Command("entities", "List the entities found in analyzed articles, one per person, organization or place across outlets.") { type, limit };
        command.SetAction(parse => Run(CommandContext.From(parse), parse.GetValue(type), parse.GetValue(limit)));
        return command;
    }

    private static int Run(CommandContext context, string? typeName, int limit)
    {
        EntityType? type = null;
        if (typeName is not null)
        {
            if (!Enum.TryParse<EntityType>(typeName, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed))
                throw new CliException($"Unknown entity type '{typeName}': use one of {string.Join(", ", Enum.GetNames<EntityType>())}.", ExitCodes.Usage);
            type = parsed;
        }
        if (limit < 1) throw new CliException("--limit must be at least 1.", ExitCodes.Usage);
        using var store = context.OpenExistingStore();
        var entities = new EntityRepository(store).List(type, limit);
        if (context.Json)
        {
            JsonOutput.Write(w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("entities");
                foreach (var entity in entities) WriteEntity(entity, w, closeObject: true);
                w.WriteEndArray();
                w.WriteEndObject();
            });
            return ExitCodes.Ok;
        }
        var table = new Table().AddColumns("type", "name", "english", "mentions", "articles", "id");
        foreach (var e in entities)
            table.AddRow(e.Type.ToString(), Markup.Escape(e.NameAr), Markup.Escape(e.NameEn ?? "-"), e.MentionCount.ToString("N0"), e.ArticleCount.ToString("N0"), Markup.Escape(e.Id));
        Terminal.Out.Write(table);
        if (entities.Count == 0)
            Terminal.Out.MarkupLine("[grey]No entities stored yet: `marsad analyze PATH` finds and stores them.[/]");
        return ExitCodes.Ok;
    }

    /// <summary>The entity's fields; leaves the object open when the caller adds more (its mentions).</summary>
    public static void WriteEntity(StoredEntity entity, Utf8JsonWriter w, bool closeObject)
    {
        w.WriteStartObject();
        w.WriteString("id", entity.Id);
        w.WriteString("type", entity.Type.ToString());
        w.WriteString("name_ar", entity.NameAr);
        w.WriteString("name_en", entity.NameEn);
        w.WriteBoolean("known", entity.Known);
        w.WriteNumber("mention_count", entity.MentionCount);
        w.WriteNumber("article_count", entity.ArticleCount);
        w.WriteStartArray("aliases");
        foreach (var alias in entity.Aliases) w.WriteStringValue(alias);
        w.WriteEndArray();
        if (closeObject) w.WriteEndObject();
    }
}
