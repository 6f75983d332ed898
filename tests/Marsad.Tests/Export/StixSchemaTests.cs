using System.Text.Json;
using System.Text.Json.Nodes;

namespace Marsad.Tests.Export;

/// <summary>The STIX 2.1 validation the incident exporter will be held to, proven on a bundle written by hand.</summary>
public sealed class StixSchemaTests
{
    // A cyber incident as the exporter is to write it: report, victim and attributing identities, the initiator as
    // threat-actor, the place, attributed-to/targets relationships, and the diplomatic responses in a custom extension.
    private const string Extension = "extension-definition--5b7a3f1e-8c2d-4e6f-9a1b-2c3d4e5f6a7b";

    private static JsonObject MinimalIncidentBundle()
    {
        const string created = "2024-06-11T15:10:00.000Z";
        JsonObject Common(string type, string id) => new()
        {
            ["type"] = type, ["spec_version"] = "2.1", ["id"] = id, ["created"] = created, ["modified"] = created,
        };
        var marsad = Common("identity", "identity--0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d");
        marsad["name"] = "Marsad";
        marsad["identity_class"] = "system";
        var victim = Common("identity", "identity--1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e");
        victim["name"] = "وزارة الصحة الأردنية";
        victim["identity_class"] = "organization";
        victim["sectors"] = new JsonArray("healthcare");
        var actor = Common("threat-actor", "threat-actor--2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f");
        actor["name"] = "مجموعة مجهولة";
        actor["threat_actor_types"] = new JsonArray("unknown");
        var place = Common("location", "location--3d4e5f6a-7b8c-4d9e-8f1a-2b3c4d5e6f7a");
        place["name"] = "عمّان";
        place["country"] = "JO";
        var targets = Common("relationship", "relationship--4e5f6a7b-8c9d-4e0f-9a2b-3c4d5e6f7a8b");
        targets["relationship_type"] = "targets";
        targets["source_ref"] = actor["id"]!.GetValue<string>();
        targets["target_ref"] = victim["id"]!.GetValue<string>();
        var attributed = Common("relationship", "relationship--5f6a7b8c-9d0e-4f1a-8b3c-4d5e6f7a8b9c");
        attributed["relationship_type"] = "attributed-to";
        attributed["source_ref"] = actor["id"]!.GetValue<string>();
        attributed["target_ref"] = place["id"]!.GetValue<string>();
        var definition = Common("extension-definition", Extension);
        definition["created_by_ref"] = marsad["id"]!.GetValue<string>();
        definition["name"] = "Marsad diplomatic responses";
        definition["schema"] = "https://marsad.invalid/stix/diplomatic-responses.json";
        definition["version"] = "1.0.0";
        definition["extension_types"] = new JsonArray("property-extension");
        var report = Common("report", "report--6a7b8c9d-0e1f-4a2b-9c4d-5e6f7a8b9c0d");
        report["name"] = "الأردن: هجوم إلكتروني يعطل أنظمة مستشفيات حكومية";
        report["published"] = created;
        report["report_types"] = new JsonArray("attack-pattern", "threat-actor");
        report["created_by_ref"] = marsad["id"]!.GetValue<string>();
        report["object_refs"] = new JsonArray(victim["id"]!.GetValue<string>(), actor["id"]!.GetValue<string>(), place["id"]!.GetValue<string>(),
            targets["id"]!.GetValue<string>(), attributed["id"]!.GetValue<string>());
        report["extensions"] = new JsonObject
        {
            [Extension] = new JsonObject
            {
                ["extension_type"] = "property-extension",
                ["responses"] = new JsonArray(new JsonObject { ["actor"] = "وزارة الخارجية الأردنية", ["response"] = "استدعاء السفير", ["start"] = 120, ["end"] = 134 }),
            },
        };
        return new JsonObject
        {
            ["type"] = "bundle",
            ["id"] = "bundle--7b8c9d0e-1f2a-4b3c-8d5e-6f7a8b9c0d1e",
            ["objects"] = new JsonArray(marsad, victim, actor, place, targets, attributed, definition, report),
        };
    }

    private static JsonElement Element(JsonNode node) => JsonDocument.Parse(node.ToJsonString()).RootElement;

    [Fact]
    public void EverySchemaOfTheOasisSetLoadsFromDiskByItsId()
    {
        var schemas = StixSchemas.Require();

        Assert.Equal(Directory.GetFiles(Path.Combine(Support.SharedData.Root!, "reference/stix2-json-schemas/schemas"), "*.json", SearchOption.AllDirectories).Length, schemas.Count);
    }

    [Fact]
    public void AHandMadeIncidentBundleValidates()
    {
        var schemas = StixSchemas.Require();

        var errors = schemas.Errors(Element(MinimalIncidentBundle()));
        Assert.True(errors.Count == 0, string.Join("\n", errors));
    }

    [Theory]
    [InlineData("relationship--4e5f6a7b-8c9d-4e0f-9a2b-3c4d5e6f7a8b", "source_ref", null)]
    [InlineData("report--6a7b8c9d-0e1f-4a2b-9c4d-5e6f7a8b9c0d", "published", "yesterday")]
    [InlineData("location--3d4e5f6a-7b8c-4d9e-8f1a-2b3c4d5e6f7a", "id", "location--not-a-uuid")]
    [InlineData("identity--1b2c3d4e-5f6a-4b7c-8d9e-0f1a2b3c4d5e", "name", null)]
    [InlineData("threat-actor--2c3d4e5f-6a7b-4c8d-9e0f-1a2b3c4d5e6f", "created", "2024-06-11")]
    public void ABundleBrokenInOnePropertyDoesNot(string id, string property, string? value)
    {
        var schemas = StixSchemas.Require();
        var bundle = MinimalIncidentBundle();
        var target = bundle["objects"]!.AsArray().Single(o => o!["id"]!.GetValue<string>() == id)!.AsObject();
        if (value is null) target.Remove(property);
        else target[property] = value;

        Assert.NotEmpty(schemas.Errors(Element(bundle)));
    }
}
