using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Marsad.Storage;
using Marsad.Views;

namespace Marsad.Export.Stix;

/// <summary>
/// <c>marsad export stix [--incident ID]</c>: one STIX 2.1 bundle of the stored cyber incidents (all, or one), streamed
/// incident by incident. Fixed first: Marsad's own identity (the creator of every object) and the extension-definition
/// of <see cref="StixIncidentObjects"/>' property extension. Then each incident's objects. Objects shared by incidents
/// (a state's identity, a country's location) are written once.
/// </summary>
public static class StixExport
{
    public const string Name = "stix";

    public const string MediaType = "application/stix+json;version=2.1";

    /// <summary>No stored incident has the id given to <c>--incident</c>.</summary>
    public const string IncidentNotFound = "MARSAD-X001";

    /// <summary>Writes the bundle; returns how many incidents it holds.</summary>
    public static long Write(MarsadStore store, string? incident, Stream output)
    {
        var ids = StixIncident.Ids(store, incident);
        if (incident is not null && ids.Count == 0)
            throw new ViewException(IncidentNotFound, ViewFailure.NotFound, $"No stored incident has the id '{incident}': `marsad incidents` lists them.");
        using var writer = new Utf8JsonWriter(output, ViewJson.Options);
        writer.WriteStartObject();
        writer.WriteString("type", "bundle");
        writer.WriteString("id", StixIds.Of("bundle", incident ?? "incidents:" + string.Join(",", ids)));
        writer.WriteStartArray("objects");
        var written = new HashSet<string>(StringComparer.Ordinal);
        foreach (var shared in StixIncidentObjects.Shared())
            Write(shared, writer, written);
        foreach (var id in ids)
            foreach (var item in StixIncidentObjects.Of(StixIncident.Read(store, id)))
                Write(item, writer, written);
        writer.WriteEndArray();
        writer.WriteEndObject();
        writer.Flush();
        return ids.Count;
    }

    private static void Write(JsonObject item, Utf8JsonWriter writer, HashSet<string> written)
    {
        if (written.Add(item["id"]!.GetValue<string>())) item.WriteTo(writer);
        writer.Flush();
    }

    /// <summary>A STIX timestamp: UTC with milliseconds and Z.</summary>
    public static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
