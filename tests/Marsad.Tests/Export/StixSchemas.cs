using System.Text.Json;
using Json.Schema;
using Marsad.Tests.Support;

namespace Marsad.Tests.Export;

/// <summary>
/// The OASIS STIX 2.1 JSON schemas from ../shared/reference/stix2-json-schemas, every file registered by its <c>$id</c>
/// in a registry of their own (nothing is fetched: the registry has no fetcher), so a bundle is validated as a whole and
/// each object against the schema of its type. Built once; the incident exporter's tests validate through it.
/// </summary>
public sealed class StixSchemas
{
    private const string Root = "reference/stix2-json-schemas/schemas";

    private static readonly Lazy<StixSchemas?> s_loaded = new(Load);

    private readonly Dictionary<string, JsonSchema> _byType;
    private readonly JsonSchema _bundle;
    private readonly EvaluationOptions _evaluation;

    private StixSchemas(Dictionary<string, JsonSchema> byType, JsonSchema bundle, EvaluationOptions evaluation)
    {
        _byType = byType;
        _bundle = bundle;
        _evaluation = evaluation;
    }

    /// <summary>The schemas, or a skip when ../shared is not beside the repository.</summary>
    public static StixSchemas Require()
    {
        SharedData.RequireFile(Path.Combine(Root, "common", "bundle.json"));
        return s_loaded.Value ?? throw new InvalidOperationException("The STIX schemas did not load.");
    }

    private static StixSchemas? Load()
    {
        var folder = Path.Combine(SharedData.Root!, Root);
        var registry = new SchemaRegistry();
        var options = new BuildOptions { SchemaRegistry = registry };
        var files = Directory.GetFiles(folder, "*.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
        // References between files are resolved when a schema is built: build what can be built, then retry the rest.
        var built = new Dictionary<string, JsonSchema>(StringComparer.Ordinal);
        for (var pass = 0; pass < files.Count && built.Count < files.Count; pass++)
        {
            foreach (var file in files.Where(f => !built.ContainsKey(f)))
            {
                try
                {
                    var schema = JsonSchema.FromFile(file, options);
                    registry.Register(schema);
                    built[file] = schema;
                }
                catch (Exception e) when (e is RefResolutionException or JsonSchemaException or InvalidOperationException)
                {
                }
            }
        }
        if (built.Count < files.Count)
            throw new InvalidOperationException("STIX schemas that did not build: " + string.Join(", ", files.Where(f => !built.ContainsKey(f)).Select(Path.GetFileName)));
        var byType = built.ToDictionary(p => Path.GetFileNameWithoutExtension(p.Key), p => p.Value, StringComparer.Ordinal);
        return new StixSchemas(byType, byType["bundle"], new EvaluationOptions { OutputFormat = OutputFormat.List, RequireFormatValidation = true });
    }

    public int Count => _byType.Count;

    /// <summary>
    /// Every error of the bundle, empty when valid: the bundle against bundle.json one object at a time (its anyOf/oneOf
    /// over every object type reports hundreds of branch failures for one bad object; this names the object instead),
    /// and each object against its own type's schema with the failing keyword.
    /// </summary>
    public IReadOnlyList<string> Errors(JsonElement bundle)
    {
        var errors = new List<string>();
        if (!bundle.TryGetProperty("objects", out var objects) || objects.ValueKind != JsonValueKind.Array)
        {
            Collect("bundle", _bundle.Evaluate(bundle, _evaluation), errors);
            return errors.Count > 0 ? errors : ["bundle: no objects array"];
        }
        foreach (var item in objects.EnumerateArray())
        {
            var type = item.TryGetProperty("type", out var t) ? t.GetString() ?? "" : "";
            var id = item.TryGetProperty("id", out var i) ? i.GetString() ?? type : type;
            var alone = new System.Text.Json.Nodes.JsonObject
            {
                ["type"] = bundle.GetProperty("type").GetString(),
                ["id"] = bundle.TryGetProperty("id", out var bundleId) ? bundleId.GetString() : null,
                ["objects"] = new System.Text.Json.Nodes.JsonArray(System.Text.Json.Nodes.JsonNode.Parse(item.GetRawText())),
            };
            // bundle.json's list of object types omits location, grouping, note, opinion, incident and
            // extension-definition, and as "custom" objects they match both core and cyber-observable-core, failing its
            // oneOf: those are held to their own type's schema below, every other object to the bundle's as well.
            if (BundleListed(type) && !_bundle.Evaluate(JsonDocument.Parse(alone.ToJsonString()).RootElement, _evaluation).IsValid)
                errors.Add($"bundle: {id} matches no object schema of bundle.json, or more than one");
            if (!_byType.TryGetValue(type, out var schema))
                errors.Add($"{id}: no STIX 2.1 schema for type '{type}'");
            else
                Collect(id, schema.Evaluate(item, _evaluation), errors);
        }
        return errors;
    }

    private static readonly HashSet<string> s_unlistedInBundle = new(StringComparer.Ordinal)
        { "location", "grouping", "note", "opinion", "incident", "extension-definition" };

    private static bool BundleListed(string type) => !s_unlistedInBundle.Contains(type);

    private static void Collect(string what, EvaluationResults results, List<string> errors)
    {
        if (results.IsValid) return;
        foreach (var detail in (results.Details ?? []).Where(d => d.Errors is { Count: > 0 }))
            foreach (var (keyword, message) in detail.Errors!)
                errors.Add($"{what} {detail.InstanceLocation} ({keyword}): {message}");
        if (errors.Count == 0) errors.Add($"{what}: invalid");
    }
}
