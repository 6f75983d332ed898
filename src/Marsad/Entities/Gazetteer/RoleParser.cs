using System.Globalization;

namespace Marsad.Entities.Gazetteer;

/// <summary>Parses the roles column of people.tsv: <c>role@ISO:from..to</c>, comma-separated, dates yyyy[-mm[-dd]].</summary>
internal static class RoleParser
{
    public static IReadOnlyList<RoleTenure> Parse(string field, string where)
    {
        var tenures = new List<RoleTenure>();
        foreach (var item in GazetteerFile.List(field, ','))
        {
            var at = item.IndexOf('@');
            var colon = item.IndexOf(':', Math.Max(at, 0));
            if (at <= 0 || colon < 0)
                throw new FormatException($"MARSAD-E002 Role '{item}' in {where} is not role@ISO:from..to; fix people.tsv.");
            var role = item[..at];
            var iso = item[(at + 1)..colon];
            var range = item[(colon + 1)..].Split("..");
            tenures.Add(new RoleTenure(role, iso, Date(range[0], start: true), range.Length > 1 ? Date(range[1], start: false) : null));
        }
        return tenures;
    }

    // A year or month alone covers the whole period: a term "to 2022" runs until the end of 2022.
    private static DateOnly? Date(string text, bool start)
    {
        if (string.IsNullOrWhiteSpace(text)) return null;
        var parts = text.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return parts.Length switch
        {
            1 => start ? new DateOnly(parts[0], 1, 1) : new DateOnly(parts[0] + 1, 1, 1),
            2 => start ? new DateOnly(parts[0], parts[1], 1) : new DateOnly(parts[0], parts[1], 1).AddMonths(1),
            _ => new DateOnly(parts[0], parts[1], parts[2]),
        };
    }
}
