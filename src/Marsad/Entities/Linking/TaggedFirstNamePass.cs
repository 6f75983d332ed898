using Marsad.Entities.Gazetteer;

namespace Marsad.Entities.Linking;

/// <summary>
/// A person the tagger found by one word that opens the name of one unknown person named in full before it joins him.
/// </summary>
internal sealed class TaggedFirstNamePass(ScanState s)
{
    /// <summary>
    /// News calls a person named in full by his first name too, «صدام حسين» … «وكان صدام», «سلمان العتيبي» … «وقال سلمان»;
    /// the tagger reads the lone word as a person of its own. It joins the unknown person of two words or more named
    /// before it whose first word it is, written the same way, when no other person of the article named so far opens
    /// with that word (two Mohammeds leave «محمد» alone) and no name particle stands before it («بن صدام» is his son); a role
    /// apposed right before the lone word follows it («الملك فيصل» after «الملك فيصل بن عبدالعزيز»).
    /// </summary>
    public void Run()
    {
        var fullNames = s.Drafts
            .Where(d => d is { Type: EntityType.PER, Kind: MentionKind.Name, Nested: false } && d.End - d.First >= 2)
            .ToList();
        if (fullNames.Count == 0) return;
        foreach (var d in s.Drafts.Where(d => d is { Type: EntityType.PER, Rule: EntityRules.Model, Nested: false } && d.End - d.First == 1).ToList())
        {
            var word = s.Tokens[d.First].Normalized[d.Stripped..];
            if (word.Length < 3 || NameWords.Particles.Contains(s.Key(d.First)) || NameWords.IsNumberWord(s.Key(d.First))) continue;
            var p = s.Previous(d.First);
            if (p >= 0 && NameWords.Particles.Contains(s.Key(p))) continue;
            var people = fullNames
                .Where(f => f.End <= d.First && s.Tokens[f.First].Normalized[f.Stripped..] == word)
                .Select(f => f.EntityId)
                .Distinct()
                .ToList();
            if (people.Count != 1 || people[0] == d.EntityId || s.Gazetteer.Find(people[0]) is not null) continue;
            // The role apposed to the lone name («الملك فيصل») names the same person.
            foreach (var role in s.Drafts.Where(r => r is { Kind: MentionKind.Role } && r.EntityId == d.EntityId && r.End == d.First))
                role.EntityId = people[0];
            d.JoinAsShortName(people[0], EntityRules.FirstNameInContext);
        }
    }
}
