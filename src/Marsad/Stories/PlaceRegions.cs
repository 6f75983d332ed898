using System.Collections.Frozen;
using Marsad.Entities;
using Marsad.LanguageData;

namespace Marsad.Stories;

/// <summary>
/// The region a city lies in (Resources/Stories/place-regions.tsv). A report of the Taif harassment video quoting «شرطة
/// منطقة مكة المكرمة» and one set in «الطائف» name one place at two levels; compared as bare ids they looked like two
/// places, and the clusterer never joins reports whose headlines or leads name different places
/// (<see cref="ArticleFocus"/>). A city therefore also counts as its region where places are compared for that rule.
/// </summary>
public static class PlaceRegions
{
    private static readonly FrozenDictionary<string, string> s_regionOf = LanguageFile.DataLines("Stories", "place-regions.tsv")
        .Select(l => l.Text.Split('\t'))
        .Where(f => f.Length >= 2)
        .ToFrozenDictionary(
            f => f[0].Trim(),
            f => f[1].Trim() is var region && TermKinds.IsPlaceEntity(region) ? region : EntityId.ForUnknown(EntityType.LOC, region),
            StringComparer.Ordinal);

    /// <summary>The region <paramref name="placeId"/> lies in, or null when it is a region, a seat or not listed.</summary>
    public static string? RegionOf(string placeId) => s_regionOf.GetValueOrDefault(placeId);

    /// <summary><paramref name="placeIds"/> with the region of each city added (each id once).</summary>
    public static IEnumerable<string> WithRegions(IEnumerable<string> placeIds) =>
        placeIds.SelectMany(id => RegionOf(id) is { } region ? [id, region] : new[] { id }).Distinct(StringComparer.Ordinal);
}
