using System.Text.Json;
using Marsad.Entities;
using Marsad.Storage;

namespace Marsad.Views;

/// <summary>
/// The entities found across analysed articles, most widely mentioned first: the object of <c>marsad entities --json</c>
/// and <c>GET /api/entities</c>, <c>{"entities": [{"id", "type", "name_ar", "name_en", "known", "mention_count", "article_count", "aliases"}]}</c>.
/// </summary>
public sealed class EntitiesView
{
    public const int MaxLimit = 10_000;

    private EntitiesView(IReadOnlyList<StoredEntity> entities) => Entities = entities;

    public IReadOnlyList<StoredEntity> Entities { get; }

    public static EntitiesView Read(MarsadStore store, string? typeName, int limit)
    {
        var type = ParseType(typeName);
        ViewJson.CheckLimit(limit, MaxLimit);
        return new EntitiesView(new EntityRepository(store).List(type, limit));
    }

    /// <summary>PER, ORG, LOC, GPE or MISC in any case; null for no filter.</summary>
    public static EntityType? ParseType(string? typeName)
    {
        if (string.IsNullOrEmpty(typeName)) return null;
        if (!Enum.TryParse<EntityType>(typeName, ignoreCase: true, out var parsed) || !Enum.IsDefined(parsed) || typeName.All(char.IsAsciiDigit))
            throw ViewException.Invalid($"Unknown entity type '{typeName}': use one of {string.Join(", ", Enum.GetNames<EntityType>())}.");
        return parsed;
    }

    public void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteStartArray("entities");
        foreach (var entity in Entities)
        {
            WriteEntityFields(entity, w);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>Opens the entity's object and writes its fields; the caller adds more (its mentions) and closes it.</summary>
    public static void WriteEntityFields(StoredEntity entity, Utf8JsonWriter w)
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
    }
}
