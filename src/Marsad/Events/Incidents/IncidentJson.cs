using System.Text.Json;

namespace Marsad.Events.Incidents;

/// <summary>
/// The <c>incidents</c> property of an article (contract of issue 7): <c>[{"id","victim","initiator","date","impacts":[{"text",
/// "start","end"}],"attributions":[{"by","modality"}],"responses":[event ids]}]</c>; added field <c>event_id</c>, the cyber event
/// the incident was built from. <see cref="WriteIncident"/> serves <c>marsad incidents --json</c> too.
/// </summary>
public static class IncidentJson
{
    public static void WriteIncidents(IReadOnlyList<CyberIncident> incidents, Utf8JsonWriter writer)
    {
        writer.WritePropertyName("incidents");
        writer.WriteStartArray();
        foreach (var incident in incidents)
        {
            writer.WriteStartObject();
            WriteIncident(incident, writer);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    public static void WriteIncident(CyberIncident incident, Utf8JsonWriter w)
    {
        w.WriteString("id", incident.Id);
        w.WriteString("event_id", incident.EventId);
        EventJson.WriteActor(w, "victim", incident.Victim);
        EventJson.WriteActor(w, "initiator", incident.Initiator);
        if (incident.Date is null) w.WriteNull("date");
        else w.WriteString("date", incident.Date);
        w.WriteStartArray("impacts");
        foreach (var impact in incident.Impacts)
        {
            w.WriteStartObject();
            w.WriteString("text", impact.Text);
            w.WriteNumber("start", impact.Span.Start);
            w.WriteNumber("end", impact.Span.End);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("attributions");
        foreach (var attribution in incident.Attributions)
        {
            w.WriteStartObject();
            EventJson.WriteActor(w, "by", attribution.By);
            w.WriteString("modality", attribution.Modality.Name());
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteStartArray("responses");
        foreach (var id in incident.Responses) w.WriteStringValue(id);
        w.WriteEndArray();
    }
}
