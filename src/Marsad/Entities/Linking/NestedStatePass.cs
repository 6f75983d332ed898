using Marsad.Entities.Gazetteer;
using Marsad.Text.Tokenization;

namespace Marsad.Entities.Linking;

/// <summary>
/// The states, places and bodies named inside organization and role phrases.
/// </summary>
internal sealed class NestedStatePass(ScanState s)
{
    // A ministry, parliament or embassy belongs to its state, so the nisba in its name is a mention of the state;
    // in an agency's or a company's name (وكالة الأنباء الفرنسية) it only describes the organization.
    private bool IsStateBody(MentionDraft d) =>
        d.Type == EntityType.ORG && (d.Rule is EntityRules.Embassy or EntityRules.NationalBody or EntityRules.Ministry || s.Gazetteer.Find(d.EntityId)?.Kind is "state" or "parliament" or "armed");

    /// <summary>
    /// Last pass: the states named inside organization and role phrases (the nisba in «وزارة الخارجية الألمانية»,
    /// «الاحتلال» in «رئيس حكومة الاحتلال») and the places inside them («لدى تيرانا») are mentions of their own.
    /// </summary>
    public void Run()
    {
        var containers = s.Drafts.Where(d => !d.Nested && (d.Kind == MentionKind.Role || IsStateBody(d)) && d.End - d.First > 1)
            .Select(d => (d.First, d.End, Role: d.Kind == MentionKind.Role))
            .Concat(s.Roles.Where(r => r.End - r.First > 1).Select(r => (r.First, r.End, Role: true)))
            .Distinct()
            .ToList();
        foreach (var (first, end, role) in containers)
        {
            for (var k = first + 1; k < end;)
            {
                // A role may also name the body it heads: رئيس الكنيست، الأمين العام للأمم المتحدة.
                var match = NameMatcher.Match(s, k, e => NameMatcher.IsState(e) || e.Kind == NameKind.Place || role && e.Entity.Type == EntityType.ORG && e.Kind == NameKind.Name,
                    allowClitics: true);
                if (match is not { } m || k + m.Length > end)
                {
                    k++;
                    continue;
                }
                var entity = m.Entry.Entity;
                if (s.Drafts.Any(d => d.First == k && d.End == k + m.Length)) { k += m.Length; continue; }
                if (m.Entry.Kind == NameKind.Place)
                {
                    if (entity.ActsFor is not null && PlaceReading.IsActing(s, k, m.Stripped))
                        s.AddDraft(k, k + m.Length, m.Stripped, entity.ActsFor, PlaceReading.ActorType(s, entity), MentionKind.Metonym, EntityRules.Metonym, nested: true);
                    else
                        s.AddDraft(k, k + m.Length, m.Stripped, entity.Id, entity.Type, MentionKind.Name, EntityRules.Place, nested: true);
                }
                else if (entity.Type == EntityType.ORG)
                    s.AddDraft(k, k + m.Length, m.Stripped, entity.Id, EntityType.ORG, MentionKind.Name, EntityRules.GazetteerName, nested: true);
                else
                {
                    var kind = m.Entry.Kind switch
                    {
                        NameKind.Nisba => MentionKind.Nisba,
                        NameKind.LoadedTerm => MentionKind.LoadedTerm,
                        _ => MentionKind.Name,
                    };
                    var rule = kind switch
                    {
                        MentionKind.Nisba => EntityRules.Nisba,
                        MentionKind.LoadedTerm => EntityRules.Loaded,
                        _ => EntityRules.GazetteerName,
                    };
                    s.AddDraft(k, k + m.Length, m.Stripped, entity.Id, EntityType.GPE, kind, rule, nested: true);
                }
                k += m.Length;
            }
        }
    }
}
