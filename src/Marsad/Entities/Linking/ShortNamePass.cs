using Marsad.Entities.Gazetteer;
using Marsad.Text.Tokenization;

namespace Marsad.Entities.Linking;

/// <summary>
/// Family and first names of people already in the article.
/// </summary>
internal sealed class ShortNamePass(ScanState s)
{
    /// <summary>
    /// A family or first name links to a person already in the article (by full name, listed short form or resolved role),
    /// when exactly one such person carries it: راما → Edi Rama, إيدي → Edi Rama. Unknown people found with two or more
    /// words lend their last word the same way, to words after the first time they are named in full.
    /// </summary>
    public void Run()
    {
        var present = s.Drafts.Where(d => d.Type == EntityType.PER).Select(d => d.EntityId).ToHashSet();
        if (present.Count == 0) return;
        var unknownLast = new Dictionary<string, string?>();
        // Unknown people lend their last word as written (not by key: على is not علي), when it is no function or number word.
        foreach (var d in s.Drafts.Where(d => d.Type == EntityType.PER && !d.Nested && d.Kind == MentionKind.Name && s.Gazetteer.Find(d.EntityId) is null && d.End - d.First >= 2))
        {
            var lastToken = d.End - 1;
            // A last word after a particle is a father's name or a family's (فيصل بن خالد، آل سعود): no name of his alone.
            if (!s.IsArabicWord(lastToken) || s.Tokens[lastToken].Normalized.Length < 3 || NameWords.Particles.Contains(s.Key(lastToken))
                || NameWords.Particles.Contains(s.Key(lastToken - 1))
                || NameWords.IsNumberWord(s.Key(lastToken))
                || (s.ContextOf(lastToken) & ~ContextKind.Title) != 0) continue;
            var last = s.Tokens[lastToken].Normalized;
            unknownLast[last] = unknownLast.TryGetValue(last, out var other) && other != d.EntityId ? null : d.EntityId;
        }

        for (var i = 0; i < s.Tokens.Count; i++)
        {
            if (s.Claim[i] != ScanState.Free || !s.IsWord(i)) continue;
            foreach (var (_, stripped, word) in s.Variants(i))
            {
                if (word.Names is { Count: > 0 } entries && LinkToPresent(i, stripped, entries, present)) break;
                // «خالد بن سلطان», «بن عبد العزيز»: a word in a lineage names someone else, or his father. A word before the
                // full name is someone else's («وقال محمد، سائق» before «المواطن يوسف محمد»).
                if (unknownLast.TryGetValue(s.Tokens[i].Normalized[stripped..], out var unknownId) && unknownId is not null && !NameWords.InLineage(s, i)
                    && i > s.FirstNamedInFull(unknownId))
                {
                    s.AddDraft(i, i + 1, stripped, unknownId, EntityType.PER, MentionKind.ShortName, EntityRules.ShortInContext);
                    break;
                }
            }
        }
    }

    /// <summary>The one person present in the article that a short or first name read from token <paramref name="i"/> names, linked.</summary>
    private bool LinkToPresent(int i, int stripped, IReadOnlyList<NameEntry> entries, HashSet<string> present)
    {
        var candidates = entries
            .Where(e => e.Kind is NameKind.ContextShort or NameKind.FirstName && present.Contains(e.Entity.Id))
            .ToList();
        if (candidates.Any(e => e.Kind == NameKind.ContextShort)) candidates.RemoveAll(e => e.Kind == NameKind.FirstName);
        else if (candidates.Count > 0 && !LoneFirstName(i, stripped, candidates[0].Entity)) candidates.Clear();
        var people = candidates.Select(e => e.Entity.Id).Distinct().ToList();
        if (people.Count != 1) return false;
        var rule = candidates[0].Kind == NameKind.ContextShort ? EntityRules.ShortInContext : EntityRules.FirstNameInContext;
        s.AddDraft(i, i + 1, stripped, people[0], EntityType.PER, MentionKind.ShortName, rule);
        return true;
    }

    /// <summary>
    /// A first name alone stands for a person in the article only when it is written as in the gazetteer (not just the
    /// same key: على is not علي), no name particle comes before it (بن سلمان، آل سعود) and nothing that could continue a
    /// name follows it: the next token ends the clause, is a stop word or is already a mention other than a person's name
    /// starting there (إيدي أمس… is Edi Rama; عادل الطريفي and إيدي تايلور are someone else).
    /// </summary>
    private bool LoneFirstName(int i, int stripped, KnownEntity person)
    {
        var written = s.Tokens[i].Normalized[stripped..];
        if (!person.NamesAr.Any(n => n.Split(' ')[0] == written)) return false;
        if ((s.ContextOf(i) & (ContextKind.Stop | ContextKind.Locative | ContextKind.Acting)) != 0) return false;
        var p = s.Previous(i);
        if (p >= 0 && NameWords.Particles.Contains(s.Key(p))) return false;
        var next = i + 1;
        if (next >= s.Tokens.Count || s.SentenceOf[next] != s.SentenceOf[i] || s.IsSeparator(next)) return true;
        // A person's name starting right after continues this one (إيدي تايلور is someone else), whatever claimed it.
        if (s.Claim[next] >= 0) return !(s.Drafts[s.Claim[next]] is { Type: EntityType.PER } d && d.First == next);
        // The tagger tells a word that could continue the name (إيدي تايلور) from one that does not (إيدي بشكل دبلوماسي).
        return (s.ContextOf(next) & ContextKind.Stop) != 0 || s.TaggedPerson(next) == false;
    }
}
