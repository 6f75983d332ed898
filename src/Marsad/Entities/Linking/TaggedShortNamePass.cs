using Marsad.Entities.Gazetteer;
using Marsad.Text.Tokenization;

namespace Marsad.Entities.Linking;

/// <summary>
/// A one-word person the tagger found joins the unknown multi-word person of the article it ends.
/// </summary>
internal sealed class TaggedShortNamePass(ScanState s)
{
    /// <summary>
    /// The tagger finds «سويلم» on its own as readily as «هاني سويلم»; in one article the lone word is the same person
    /// (news names someone in full once, then by family name). A one-word person the tagger found links to the one
    /// unknown multi-word person of the article whose last word it is, written the same way, when it comes after that name:
    /// the lone word before it is someone else («وقال حسن، أحد الطلاب» before «الطالب سلمان حسن»).
    /// </summary>
    public void Run()
    {
        var byLastWord = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var d in s.Drafts.Where(d => d.Type == EntityType.PER && !d.Nested && d.End - d.First >= 2 && s.Gazetteer.Find(d.EntityId) is null))
        {
            var last = s.Tokens[d.End - 1].Normalized;
            byLastWord[last] = byLastWord.TryGetValue(last, out var other) && other != d.EntityId ? null : d.EntityId;
        }
        foreach (var d in s.Drafts.Where(d => d.Type == EntityType.PER && d.Rule == EntityRules.Model && d.End - d.First == 1))
        {
            if (!byLastWord.TryGetValue(s.Tokens[d.First].Normalized[d.Stripped..], out var full) || full is null || d.First < s.FirstNamedInFull(full)) continue;
            d.EntityId = full;
            d.Kind = MentionKind.ShortName;
            d.Rule = EntityRules.ShortInContext;
            d.Confidence = null;
        }
    }
}
