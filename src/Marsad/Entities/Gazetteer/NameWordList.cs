using System.Collections.Frozen;
using Marsad.LanguageData;
using Marsad.Text.Normalization;

namespace Marsad.Entities.Gazetteer;

/// <summary>
/// The words that frame a person's name (Resources/Entities/name-words.tsv) in matching-key form, read once: the
/// gazetteer keeps particles and royal titles from becoming short names, the linker's passes read particles, lineage,
/// the family آل and the adjectives between an office and its holder.
/// </summary>
internal sealed class NameWordList
{
    private const string File = "name-words.tsv";
    private static readonly string[] Kinds = ["particle", "lineage", "family", "no_short", "former", "current"];
    private static readonly Lazy<NameWordList> s_default = new(() => new NameWordList());

    public static NameWordList Default => s_default.Value;

    /// <summary>Words that are no word of the name they stand in: بن، بنت، ابو، ابن، عبد، ال.</summary>
    public FrozenSet<string> Particles { get; }

    /// <summary>The particles of lineage: بن، بنت، ابن.</summary>
    public FrozenSet<string> Lineage { get; }

    /// <summary>آل as a matching key: the family a name closes with.</summary>
    public string Family { get; }

    /// <summary>Words never taken alone as a short form of a listed person.</summary>
    public FrozenSet<string> NoShortForm { get; }

    /// <summary>Adjectives that make an office's holder a past one: السابق، الاسبق، الراحل.</summary>
    public FrozenSet<string> Former { get; }

    /// <summary>Every adjective that may stand between an office and its holder's name, past ones included.</summary>
    public FrozenSet<string> OfficeModifiers { get; }

    private NameWordList()
    {
        var byKind = Kinds.ToDictionary(k => k, _ => new HashSet<string>(StringComparer.Ordinal), StringComparer.Ordinal);
        foreach (var (number, line) in LanguageFile.DataLines("Entities", File))
        {
            var fields = line.Split('\t');
            var kinds = fields.Length == 2 ? fields[1].Split(',', StringSplitOptions.TrimEntries) : [];
            if (kinds.Length == 0 || kinds.Any(k => !byKind.ContainsKey(k)))
                throw new InvalidDataException($"{File} line {number}: expected 'word<TAB>kind[,kind…]' with kinds {string.Join('|', Kinds)}");
            var key = MatchingKey.Of(fields[0].Trim());
            foreach (var kind in kinds) byKind[kind].Add(key);
        }
        Particles = byKind["particle"].ToFrozenSet(StringComparer.Ordinal);
        Lineage = byKind["lineage"].ToFrozenSet(StringComparer.Ordinal);
        Family = byKind["family"].Count == 1 ? byKind["family"].Single()
            : throw new InvalidDataException($"{File}: expected exactly one word of kind family");
        NoShortForm = byKind["no_short"].ToFrozenSet(StringComparer.Ordinal);
        Former = byKind["former"].ToFrozenSet(StringComparer.Ordinal);
        OfficeModifiers = byKind["former"].Concat(byKind["current"]).ToFrozenSet(StringComparer.Ordinal);
    }
}
