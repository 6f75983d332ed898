using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Marsad.Export.Stix;

/// <summary>
/// The STIX 2.1 objects of one incident:
/// <list type="bullet">
/// <item>an <c>identity</c> for the victim and for every attributing and responding party, each <c>located-at</c> the
/// <c>location</c> of its country;</item>
/// <item>a <c>threat-actor</c> for the alleged initiator (<c>nation-state</c> when it is a state or a state organ);</item>
/// <item>an <c>intrusion-set</c> for the attack itself, which <c>targets</c> the victim and its country and is
/// <c>attributed-to</c> the initiator — one relationship per attributing party, carrying who attributed it and how the text
/// presents that (<c>alleged</c>, <c>reported</c>…) in Marsad's property extension;</item>
/// <item>a <c>report</c> referring to all of them, citing every article, with the impacts and the diplomatic responses
/// (the events the articles tie to the attack) in the same extension.</item>
/// </list>
/// Ids are name-based (<see cref="StixIds"/>) on the incident's store id or the party's key, so a re-export of the same
/// store writes the same bundle; an incident's timestamps are its first and latest article's publication, a party's are
/// <see cref="Epoch"/> (it belongs to no one incident).
/// </summary>
public static class StixIncidentObjects
{
    /// <summary>When Marsad's STIX objects and its extension were defined: the timestamps of objects not tied to one incident.</summary>
    public static readonly DateTimeOffset Epoch = new(2026, 12, 3, 0, 0, 0, TimeSpan.Zero);

    public static readonly string Marsad = StixIds.Of("identity", "marsad");

    public static readonly string Extension = StixIds.Of("extension-definition", "marsad-cyber-incident-1.0.0");

    /// <summary>Marsad's identity and the extension-definition, first in every bundle.</summary>
    public static IEnumerable<JsonObject> Shared()
    {
        var marsad = Core("identity", Marsad, Epoch, Epoch, creator: false);
        marsad["name"] = "Marsad";
        marsad["identity_class"] = "system";
        marsad["description"] = "Marsad, an engine that reads Arabic news: events, quotes and cyber incidents with their sources.";
        yield return marsad;

        var definition = Core("extension-definition", Extension, Epoch, Epoch);
        definition["name"] = "Marsad cyber incident";
        definition["description"] = "What Marsad read about a cyber incident in Arabic news: who attributed it, its impacts, and the diplomatic responses.";
        definition["schema"] = """
            Property extension. On a relationship of type attributed-to: attributed_by_ref (identity id of the party that attributed
            the attack), modality (asserted | reported | alleged | denied | planned | negated: how the article presents the
            attribution), article_ids (Marsad article ids). On a report: incident_id (Marsad incident id), date (ISO-8601 as
            precise as the text: day, week, month), impacts (list of {text, article_id, start, end}: phrases saying what the
            attack did, offsets half-open into the article's original text), responses (list of {event_id, article_id, type,
            mode, cameo, modality, date, source, target, trigger}: PLOVER-coded events the articles tie to the attack, such as a
            break of diplomatic relations, an expulsion or a condemnation; source and target are {identity_ref, text,
            entity_id, country (ISO 3166 alpha-3), sector}; trigger is {text, start, end}).
            """.ReplaceLineEndings(" ");
        definition["version"] = "1.0.0";
        definition["extension_types"] = new JsonArray("property-extension");
        yield return definition;
    }

    public static IEnumerable<JsonObject> Of(StixIncident incident)
    {
        var dated = incident.Reports.Where(r => r.Published is not null).Select(r => r.Published!.Value).ToList();
        var created = dated.Count > 0 ? dated.Min() : Epoch;
        var modified = dated.Count > 0 ? dated.Max() : Epoch;
        var objects = new List<JsonObject>();
        var parties = new Dictionary<string, string>(StringComparer.Ordinal);

        string IdentityOf(StixParty party)
        {
            if (parties.TryGetValue(party.Key, out var known)) return known;
            var identity = Core("identity", StixIds.Of("identity", party.Key), Epoch, Epoch);
            identity["name"] = party.Text;
            identity["identity_class"] = party.IdentityClass;
            if (party.Sectors.Count > 0) identity["sectors"] = new JsonArray([.. party.Sectors.Select(s => JsonValue.Create(s))]);
            if (party.EntityId is not null) identity["external_references"] = EntityReference(party);
            objects.Add(identity);
            LocatedAt(identity, party);
            return parties[party.Key] = identity["id"]!.GetValue<string>();
        }

        void LocatedAt(JsonObject item, StixParty party)
        {
            if (party.Alpha2 is not { } country) return;
            var location = Core("location", StixIds.Of("location", country), Epoch, Epoch);
            location["name"] = CountryName(country);
            location["country"] = country;
            objects.Add(location);
            objects.Add(Relationship("located-at", item["id"]!.GetValue<string>(), location["id"]!.GetValue<string>(), party.Key, Epoch, Epoch));
        }

        var victim = IdentityOf(incident.Victim);

        var attack = Core("intrusion-set", StixIds.Of("intrusion-set", incident.Id), created, modified);
        attack["name"] = $"{incident.Initiator?.Text ?? "?"} → {incident.Victim.Text}{(incident.Date is null ? "" : $" ({incident.Date})")}";
        attack["description"] = $"The cyberattack of Marsad incident {incident.Id}, as the cited articles report it.";
        objects.Add(attack);
        var attackId = attack["id"]!.GetValue<string>();
        objects.Add(Relationship("targets", attackId, victim, incident.Id, created, modified));
        if (incident.Victim.Alpha2 is { } victimCountry)
            objects.Add(Relationship("targets", attackId, StixIds.Of("location", victimCountry), incident.Id, created, modified));

        if (incident.Initiator is { } initiator)
        {
            var actor = Core("threat-actor", StixIds.Of("threat-actor", initiator.Key), Epoch, Epoch);
            actor["name"] = initiator.Text;
            actor["threat_actor_types"] = new JsonArray(initiator.IsState ? "nation-state" : "unknown");
            if (initiator.EntityId is not null) actor["external_references"] = EntityReference(initiator);
            objects.Add(actor);
            LocatedAt(actor, initiator);
            var actorId = actor["id"]!.GetValue<string>();
            var attributions = Attributions(incident);
            if (attributions.Count == 0)
                objects.Add(Relationship("attributed-to", attackId, actorId, incident.Id, created, modified));
            foreach (var (by, modality, articles) in attributions)
            {
                var byId = IdentityOf(by);
                var relationship = Relationship("attributed-to", attackId, actorId, incident.Id + "|" + by.Key, created, modified);
                relationship["extensions"] = new JsonObject
                {
                    [Extension] = new JsonObject
                    {
                        ["extension_type"] = "property-extension",
                        ["attributed_by_ref"] = byId,
                        ["modality"] = modality,
                        ["article_ids"] = new JsonArray([.. articles.Select(a => JsonValue.Create(a))]),
                    },
                };
                objects.Add(relationship);
            }
        }

        var responses = new JsonArray();
        foreach (var response in incident.Responses)
        {
            var item = new JsonObject
            {
                ["event_id"] = response.EventId, ["article_id"] = response.ArticleId, ["type"] = response.Type,
            };
            Set(item, "mode", response.Mode);
            Set(item, "cameo", response.Cameo);
            item["modality"] = response.Modality;
            Set(item, "date", response.Date);
            if (response.Source is { } source) item["source"] = PartyObject(source, IdentityOf(source));
            if (response.Target is { } target) item["target"] = PartyObject(target, IdentityOf(target));
            item["trigger"] = new JsonObject { ["text"] = response.Trigger, ["start"] = response.TriggerStart, ["end"] = response.TriggerEnd };
            responses.Add(item);
        }

        var report = Core("report", StixIds.Of("report", incident.Id), created, modified);
        report["name"] = incident.Reports.Select(r => r.Title).FirstOrDefault(t => !string.IsNullOrWhiteSpace(t)) ?? attack["name"]!.GetValue<string>();
        report["published"] = StixExport.Timestamp(created);
        report["report_types"] = new JsonArray("threat-report");
        report["object_refs"] = new JsonArray([.. objects.Select(o => JsonValue.Create(o["id"]!.GetValue<string>())).Distinct()]);
        var citations = new JsonArray();
        foreach (var article in incident.Reports.DistinctBy(r => r.ArticleId))
        {
            var citation = new JsonObject { ["source_name"] = article.Outlet ?? "marsad", ["external_id"] = article.ArticleId };
            Set(citation, "url", article.Url);
            Set(citation, "description", article.Title);
            citations.Add(citation);
        }
        if (citations.Count > 0) report["external_references"] = citations;
        var extension = new JsonObject { ["extension_type"] = "property-extension", ["incident_id"] = incident.Id };
        Set(extension, "date", incident.Date);
        var impacts = Impacts(incident);
        if (impacts.Count > 0) extension["impacts"] = impacts;
        if (responses.Count > 0) extension["responses"] = responses;
        report["extensions"] = new JsonObject { [Extension] = extension };
        objects.Add(report);
        return objects;
    }

    /// <summary>Who attributed the attack, merged across articles by party (first article's modality, every article id).</summary>
    private static List<(StixParty By, string Modality, List<string> Articles)> Attributions(StixIncident incident)
    {
        var merged = new List<(StixParty By, string Modality, List<string> Articles)>();
        foreach (var report in incident.Reports)
        {
            if (!report.Incident.TryGetProperty("attributions", out var attributions)) continue;
            foreach (var attribution in attributions.EnumerateArray())
            {
                if (StixParty.From(attribution.GetProperty("by")) is not { } by) continue;
                var at = merged.FindIndex(m => m.By.Key == by.Key);
                if (at < 0) merged.Add((by, attribution.GetProperty("modality").GetString()!, [report.ArticleId]));
                else if (!merged[at].Articles.Contains(report.ArticleId)) merged[at].Articles.Add(report.ArticleId);
            }
        }
        return merged;
    }

    private static JsonArray Impacts(StixIncident incident)
    {
        var impacts = new JsonArray();
        foreach (var report in incident.Reports)
        {
            if (!report.Incident.TryGetProperty("impacts", out var list)) continue;
            foreach (var impact in list.EnumerateArray())
                impacts.Add(new JsonObject
                {
                    ["text"] = impact.GetProperty("text").GetString(), ["article_id"] = report.ArticleId,
                    ["start"] = impact.GetProperty("start").GetInt32(), ["end"] = impact.GetProperty("end").GetInt32(),
                });
        }
        return impacts;
    }

    private static JsonObject PartyObject(StixParty party, string identity)
    {
        var item = new JsonObject { ["identity_ref"] = identity, ["text"] = party.Text };
        Set(item, "entity_id", party.EntityId);
        Set(item, "country", party.Country);
        Set(item, "sector", party.Sector);
        return item;
    }

    private static JsonArray EntityReference(StixParty party) =>
        [new JsonObject { ["source_name"] = "marsad", ["external_id"] = party.EntityId }];

    private static JsonObject Relationship(string type, string source, string target, string key, DateTimeOffset created, DateTimeOffset modified)
    {
        var relationship = Core("relationship", StixIds.Of("relationship", $"{type}|{source}|{target}|{key}"), created, modified);
        relationship["relationship_type"] = type;
        relationship["source_ref"] = source;
        relationship["target_ref"] = target;
        return relationship;
    }

    private static JsonObject Core(string type, string id, DateTimeOffset created, DateTimeOffset modified, bool creator = true)
    {
        var item = new JsonObject
        {
            ["type"] = type, ["spec_version"] = "2.1", ["id"] = id,
            ["created"] = StixExport.Timestamp(created), ["modified"] = StixExport.Timestamp(modified),
        };
        if (creator) item["created_by_ref"] = Marsad;
        return item;
    }

    // STIX forbids null and empty values: a property without a value is left out.
    private static void Set(JsonObject item, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value)) item[name] = value;
    }

    private static string CountryName(string alpha2)
    {
        try
        {
            return new RegionInfo(alpha2).EnglishName;
        }
        catch (ArgumentException)
        {
            return alpha2;
        }
    }
}
