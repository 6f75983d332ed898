using System.Text.Json;

namespace Marsad.Entities;

/// <summary>
/// The <c>entities</c> property of an article in <c>marsad analyze --json</c> (contract of issue 3):
/// <c>[{"id","type","name_ar","name_en","mentions":[{"text","start","end","confidence"}]}]</c>, one object per entity.
/// Added fields: entity <c>known</c>; mention <c>kind</c>, <c>rule</c>, and <c>loaded: true</c> for loaded terms.
/// </summary>
public static class EntityJson
{
    public static void Write(ArticleEntities entities, Utf8JsonWriter writer)
    {
        writer.WritePropertyName("entities");
        writer.WriteStartArray();
        foreach (var entity in entities.Entities)
        {
            writer.WriteStartObject();
            writer.WriteString("id", entity.Id);
            writer.WriteString("type", entity.Type.ToString());
            writer.WriteString("name_ar", entity.NameAr);
            if (entity.NameEn is null) writer.WriteNull("name_en");
            else writer.WriteString("name_en", entity.NameEn);
            writer.WriteBoolean("known", entity.Known);
            writer.WritePropertyName("mentions");
            writer.WriteStartArray();
            foreach (var mention in entity.Mentions)
            {
                writer.WriteStartObject();
                writer.WriteString("text", mention.Text);
                writer.WriteNumber("start", mention.Span.Start);
                writer.WriteNumber("end", mention.Span.End);
                writer.WriteNumber("confidence", mention.Confidence);
                writer.WriteString("kind", mention.Kind.ToString().ToLowerInvariant());
                writer.WriteString("rule", mention.Rule);
                if (mention.Loaded) writer.WriteBoolean("loaded", true);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
