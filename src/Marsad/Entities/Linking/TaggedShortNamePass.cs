using Marsad.Entities.Gazetteer;
using Marsad.Text.Tokenization;

namespace Marsad.Entities.Linking;

/// <summary>
/// A person the tagger found by the closing words of a longer name joins the unknown person of the article named so before.
/// </summary>
internal sealed class TaggedShortNamePass(ScanState s)
{
    /// <summary>
    /// The tagger finds «سويلم» on its own as readily as «هاني سويلم»; in one article the lone word is the same person
    /// (news names someone in full once, then by family name, also one of a lineage: «فهد بن عبدالعزيز بن معمر» … «بن
    /// معمر»). A person the tagger found links to the unknown longer-named person of the article whose closing words it
    /// is, written the same way, named in full before it — the nearest such name where two share them («مايكل براون» …
    /// «براون»): the lone word before any full name is someone else («وقال حسن، أحد الطلاب» before «الطالب سلمان حسن»).
    /// </summary>
    public void Run()
    {
        var fullNames = s.Drafts
            .Where(d => d is { Type: EntityType.PER, Kind: MentionKind.Name, Nested: false } && d.End - d.First >= 2 && s.Gazetteer.Find(d.EntityId) is null)
            .ToList();
        foreach (var d in s.Drafts.Where(d => d.Type == EntityType.PER && d.Rule == EntityRules.Model && !d.Nested).ToList())
        {
            var full = fullNames
                .Where(f => f.End <= d.First && f.End - f.First > d.End - d.First && f.EntityId != d.EntityId && ClosesWith(f, d))
                .MaxBy(f => f.First);
            if (full is null) continue;
            d.JoinAsShortName(full.EntityId, EntityRules.ShortInContext);
        }
    }

    /// <summary>
    /// Whether the words of <paramref name="full"/> end with the words of <paramref name="part"/>, written the same way,
    /// and they are no father's name after بن.
    /// </summary>
    private bool ClosesWith(MentionDraft full, MentionDraft part)
    {
        var offset = full.End - part.End;
        // «أحمد بن محمد» … «محمد»: the name after بن is the father's, no family name.
        if (NameWords.Lineage.Contains(s.Key(part.First + offset - 1))) return false;
        for (var t = part.First; t < part.End; t++)
        {
            var word = t == part.First ? s.Tokens[t].Normalized[part.Stripped..] : s.Tokens[t].Normalized;
            var fullWord = t + offset == full.First ? s.Tokens[t + offset].Normalized[full.Stripped..] : s.Tokens[t + offset].Normalized;
            if (word != fullWord) return false;
        }
        return true;
    }
}
