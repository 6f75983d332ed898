using Marsad.Entities.Gazetteer;

namespace Marsad.Entities.Linking;

/// <summary>
/// A state's name that is also another state's capital (عمان: Oman, or Amman), read as the state by the gazetteer pass
/// for want of a sign in its own words, is the capital when the rest of the article names the capital's state and never
/// the homograph's: «زار وفد من وزارة الصحة الأردنية مركزا للسرطان في عمان» is in Amman. What counts is every other
/// mention that belongs to a state — the state, its nisba, its capital or a city acting for it, a place or body of the
/// gazetteer listed with that state. The capital is read as the place, or as its state where it acts, as the gazetteer
/// pass reads a capital (`PlaceReading`).
/// </summary>
internal sealed class ArticleCapitalPass(ScanState s)
{
    public void Run()
    {
        var homographs = new List<(MentionDraft Draft, KnownEntity State, KnownEntity Capital, KnownEntity Own)>();
        foreach (var d in s.Drafts)
        {
            if (d.Nested || d is not { Kind: MentionKind.Name, Type: EntityType.GPE, Rule: EntityRules.GazetteerName }
                || s.Gazetteer.Find(d.EntityId) is not { Type: EntityType.GPE } state) continue;
            foreach (var (capital, own) in CapitalHomographs.Of(s, d.First, d.End - d.First, d.Stripped, state))
            {
                homographs.Add((d, state, capital, own));
                break;
            }
        }
        if (homographs.Count == 0) return;

        var named = new HashSet<string>(StringComparer.Ordinal);
        foreach (var d in s.Drafts)
            if (!homographs.Exists(h => h.Draft == d) && StateOf(d) is { } iso) named.Add(iso);
        foreach (var (d, state, capital, own) in homographs)
        {
            if (own.Iso is null || !named.Contains(own.Iso) || state.Iso is null || named.Contains(state.Iso)) continue;
            if (capital.ActsFor is not null && PlaceReading.IsActing(s, d.First, d.Stripped))
            {
                d.EntityId = capital.ActsFor;
                d.Type = PlaceReading.ActorType(s, capital);
                d.Kind = MentionKind.Metonym;
                d.Rule = EntityRules.Metonym;
            }
            else
            {
                d.EntityId = capital.Id;
                d.Type = capital.Type;
                d.Rule = EntityRules.Place;
            }
        }
    }

    /// <summary>The ISO code of the state a mention belongs to: the state itself, or the state the gazetteer lists an entity with.</summary>
    private string? StateOf(MentionDraft d) =>
        s.Gazetteer.Find(d.EntityId) is { } e ? e.Type == EntityType.GPE && e.Iso is not null ? e.Iso : e.Country : null;
}
