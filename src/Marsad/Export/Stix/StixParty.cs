using System.Collections.Frozen;
using System.Globalization;
using System.Text.Json;
using Marsad.Entities;
using Marsad.Events.Actors;

namespace Marsad.Export.Stix;

/// <summary>
/// A party to an incident (victim, initiator, attributing or responding actor) as the events step stored it: entity id,
/// words, ISO alpha-3 country and sector. Knows what it is in STIX terms: its identity class, industry sectors, whether
/// it is a state (a threat actor of type nation-state), and the ISO alpha-2 code a STIX location wants.
/// </summary>
public sealed record StixParty(string? EntityId, string Text, string? Country, string? Sector)
{
    // Sectors of state organs: the party acts for its state.
    private static readonly FrozenSet<string> s_stateSectors = FrozenSet.Create(StringComparer.Ordinal, "GOV", "MIL", "DIP", "COP", "SPY", "LEG", "JUD");

    // Marsad's sector codes (Resources/Events/sectors.tsv) to STIX 2.1 industry-sector-ov.
    private static readonly FrozenDictionary<string, string> s_industry = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["GOV"] = "government-national", ["DIP"] = "government-national", ["LEG"] = "government-national", ["JUD"] = "government-national",
        ["COP"] = "government-national", ["SPY"] = "government-national", ["MIL"] = "defense", ["MED"] = "communications", ["BUS"] = "commercial",
        ["IGO"] = "government",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Lazy<FrozenDictionary<string, string>> s_alpha2 = new(Alpha2Table);

    /// <summary>One party across incidents and articles: its entity, else its country and sector, else its words.</summary>
    public string Key => EntityId ?? (Country is not null ? $"{Country}/{Sector}" : "text:" + Text);

    public bool IsState => Entities.EntityId.Is(EntityId, EntityType.GPE)
        || (Country is not null && (Sector is null || s_stateSectors.Contains(Sector)));

    public string IdentityClass =>
        Entities.EntityId.Is(EntityId, EntityType.PER) ? "individual"
        : IsState || Entities.EntityId.Is(EntityId, EntityType.ORG) || Sector is not null ? "organization"
        : "unknown";

    public IReadOnlyList<string> Sectors =>
        Sector is not null && s_industry.TryGetValue(Sector, out var industry) ? [industry]
        : IsState ? ["government-national"] : [];

    public string? Alpha2 => Country is not null && s_alpha2.Value.TryGetValue(Country, out var code) ? code : null;

    /// <summary>An actor object of the events contract (<c>{"entity_id","text","start","end","country","sector"}</c>), or null.</summary>
    public static StixParty? From(JsonElement actor) =>
        actor.ValueKind != JsonValueKind.Object ? null
            : new StixParty(String(actor, "entity_id"), String(actor, "text") ?? "", String(actor, "country"), String(actor, "sector"));

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    // The inverse of the alpha-2 → alpha-3 mapping the events step uses (Countries.Alpha3), over every two-letter code.
    private static FrozenDictionary<string, string> Alpha2Table()
    {
        var table = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var a = 'A'; a <= 'Z'; a++)
            for (var b = 'A'; b <= 'Z'; b++)
            {
                var alpha2 = string.Create(CultureInfo.InvariantCulture, $"{a}{b}");
                if (Countries.Alpha3(alpha2) is { Length: 3 } alpha3 && !table.ContainsKey(alpha3)) table[alpha3] = alpha2;
            }
        return table.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }
}
