using Marsad.Entities.Gazetteer;
using Marsad.Text.Tokenization;

namespace Marsad.Entities.Linking;

/// <summary>
/// After the tagger, a role phrase followed by a person's name refers to that person.
/// </summary>
internal sealed class RoleAppositionPass(ScanState s)
{
    /// <summary>
    /// After the tagger: a role phrase followed by a person's name it found (that no rule captured) refers to that person,
    /// not to the holder by date (a deputy, a spokesman or a former holder is named right after the office).
    /// </summary>
    public void Run()
    {
        foreach (var role in s.Roles)
        {
            if (role.Draft?.Rule == EntityRules.RoleApposition || RoleAppositionPass.Apposition(s, role) is not { } next) continue;
            if (role.Draft is null)
            {
                role.Draft = s.AddDraft(role.First, role.End, role.Stripped, next, EntityType.PER, MentionKind.Role, EntityRules.RoleApposition);
                role.Draft.Loaded = role.LoadedSpec;
            }
            else
            {
                role.Draft.EntityId = next;
                role.Draft.Rule = EntityRules.RoleApposition;
            }
        }
    }

    public static string? Apposition(ScanState s, RoleDraft role)
    {
        var k = role.End;
        for (var skipped = 0; k < s.Tokens.Count && skipped < 5 && s.SentenceOf[k] == s.SentenceOf[role.First]; skipped++)
        {
            if (s.IsSeparator(k) || NameWords.OfficeModifiers.Contains(s.Key(k))) { k++; continue; }
            if (s.Claim[k] >= 0 && s.Drafts[s.Claim[k]] is { Type: EntityType.GPE } state && state.EntityId == role.State?.Id)
            {
                k = state.End;
                continue;
            }
            break;
        }
        if (k >= s.Tokens.Count || s.Claim[k] < 0) return null;
        var next = s.Drafts[s.Claim[k]];
        // Another office right after an office is a second person (التقى الرئيس التونسي وزير الخارجية الجزائري: subject and
        // object), never the first office's name.
        return next.Type == EntityType.PER && next.First == k && next.Kind != MentionKind.Role ? next.EntityId : null;
    }
}
