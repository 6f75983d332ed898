using System.Collections.Concurrent;
using System.Globalization;

namespace Marsad.Events.Actors;

/// <summary>ISO 3166 alpha-2 (the gazetteer's codes) to alpha-3 (the events contract's), by .NET's region data.</summary>
public static class Countries
{
    private static readonly ConcurrentDictionary<string, string?> s_alpha3 = new(StringComparer.OrdinalIgnoreCase);

    public static string? Alpha3(string? alpha2)
    {
        if (string.IsNullOrEmpty(alpha2)) return null;
        return s_alpha3.GetOrAdd(alpha2, static code =>
        {
            try
            {
                return new RegionInfo(code).ThreeLetterISORegionName;
            }
            catch (ArgumentException)
            {
                return null;
            }
        });
    }
}
