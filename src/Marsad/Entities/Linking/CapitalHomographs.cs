using Marsad.Entities.Gazetteer;

namespace Marsad.Entities.Linking;

/// <summary>
/// The capitals spelled like another state's name (عمان: Oman, or Amman): for a state's name matched at a token, each
/// capital of another state the same words name, with that capital's own state.
/// </summary>
internal static class CapitalHomographs
{
    public static IEnumerable<(KnownEntity Capital, KnownEntity Own)> Of(ScanState s, int i, int length, int stripped, KnownEntity state)
    {
        var key = s.PhraseKeyAt(Array.Find(s.Variants(i), v => v.Stripped == stripped).Key, i, length);
        foreach (var entry in s.Gazetteer.Lookup(key))
        {
            if (entry.Kind != NameKind.Place || entry.Entity.Kind != "capital" || entry.Entity.ActsFor == state.Id
                || s.Gazetteer.Find(entry.Entity.ActsFor ?? "") is not { Type: EntityType.GPE } own) continue;
            yield return (entry.Entity, own);
        }
    }
}
