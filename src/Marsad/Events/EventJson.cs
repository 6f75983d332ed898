using System.Text.Json;

namespace Marsad.Events;

/// <summary>
/// The <c>events</c> property of an article in <c>marsad analyze --json</c> (contract of issue 7):
/// <c>[{"id","type","mode","cameo","contexts","modality","attributed_to","source","target","location","date","trigger","sentence","mentions"}]</c>.
/// <see cref="WriteEvent"/> writes one event's fields into an open object, so <c>marsad events --json</c> (and the HTTP API)
/// add their own (article_id, outlet, published) to the same shape.
/// </summary>
public static class EventJson
{
    public static void WriteEvents(IReadOnlyList<Event> events, Utf8JsonWriter writer)
    {
        writer.WritePropertyName("events");
        writer.WriteStartArray();
        foreach (var e in events)
        {
            writer.WriteStartObject();
            WriteEvent(e, writer);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>The event's properties, written into an object the caller opened.</summary>
    public static void WriteEvent(Event e, Utf8JsonWriter w)
    {
        w.WriteString("id", e.Id);
        w.WriteString("type", e.Type.ToString());
        WriteNullable(w, "mode", e.Mode);
        WriteNullable(w, "cameo", e.Cameo);
        w.WriteStartArray("contexts");
        foreach (var context in e.Contexts) w.WriteStringValue(context);
        w.WriteEndArray();
        w.WriteString("modality", e.Modality.Name());
        if (e.AttributedTo is { } by)
        {
            w.WriteStartObject("attributed_to");
            WriteNullable(w, "entity_id", by.EntityId);
            w.WriteString("text", by.Text);
            w.WriteEndObject();
        }
        else w.WriteNull("attributed_to");
        WriteActor(w, "source", e.Source);
        WriteActor(w, "target", e.Target);
        if (e.Location is { } place)
        {
            w.WriteStartObject("location");
            WriteNullable(w, "entity_id", place.EntityId);
            w.WriteString("text", place.Text);
            w.WriteEndObject();
        }
        else w.WriteNull("location");
        WriteNullable(w, "date", e.Date);
        WriteSpan(w, "trigger", e.First.TriggerText, e.First.Trigger);
        WriteSpan(w, "sentence", null, e.First.Sentence);
        w.WriteStartArray("mentions");
        foreach (var mention in e.Mentions)
        {
            w.WriteStartObject();
            WriteSpan(w, "trigger", mention.TriggerText, mention.Trigger);
            WriteSpan(w, "sentence", null, mention.Sentence);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    public static void WriteActor(Utf8JsonWriter w, string name, EventActor? actor)
    {
        if (actor is null)
        {
            w.WriteNull(name);
            return;
        }
        w.WriteStartObject(name);
        WriteNullable(w, "entity_id", actor.EntityId);
        w.WriteString("text", actor.Text);
        w.WriteNumber("start", actor.Span.Start);
        w.WriteNumber("end", actor.Span.End);
        WriteNullable(w, "country", actor.Country);
        WriteNullable(w, "sector", actor.Sector);
        w.WriteEndObject();
    }

    private static void WriteSpan(Utf8JsonWriter w, string name, string? text, Documents.TextSpan span)
    {
        w.WriteStartObject(name);
        if (text is not null) w.WriteString("text", text);
        w.WriteNumber("start", span.Start);
        w.WriteNumber("end", span.End);
        w.WriteEndObject();
    }

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null) w.WriteNull(name);
        else w.WriteString(name, value);
    }
}
