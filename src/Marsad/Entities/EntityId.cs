using System.Text;
using Marsad.Text.Normalization;

namespace Marsad.Entities;

/// <summary>
/// Canonical entity ids, stable across articles and runs. Gazetteer entities carry a readable slug chosen in the data
/// files (<c>gpe:albania</c>, <c>per:edi-rama</c>). An entity the gazetteer does not know gets
/// <c>{type}:~{matching key of its longest name, words joined by '-'}</c>: the same name of the same type is the same id
/// in every article, and the <c>~</c> keeps it apart from every slug.
/// </summary>
public static class EntityId
{
    public static string ForUnknown(EntityType type, string name)
    {
        var key = MatchingKey.Of(name);
        var builder = new StringBuilder(key.Length + 6);
        builder.Append(type.ToString().ToLowerInvariant()).Append(":~");
        var pendingDash = false;
        foreach (var c in key)
        {
            if (char.IsLetterOrDigit(c))
            {
                if (pendingDash && builder[^1] != '~') builder.Append('-');
                pendingDash = false;
                builder.Append(c);
            }
            else pendingDash = true;
        }
        return builder.ToString();
    }

    public static bool IsUnknown(string id) => id.Contains(":~", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="id"/> names an entity of <paramref name="type"/>, known or not: its type prefix.</summary>
    public static bool Is(string? id, EntityType type) => id is not null && id.StartsWith(Prefix(type), StringComparison.Ordinal);

    private static string Prefix(EntityType type) => type switch
    {
        EntityType.PER => "per:",
        EntityType.ORG => "org:",
        EntityType.LOC => "loc:",
        EntityType.GPE => "gpe:",
        _ => "misc:",
    };
}
