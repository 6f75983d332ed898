using Marsad.Documents;
using Marsad.Entities.Gazetteer;
using Marsad.Text.Morphology;
using Marsad.Text.Tokenization;

namespace Marsad.Entities.Linking;

/// <summary>
/// Mentions with their original spans, and the entities they link to, from the passes' drafts.
/// </summary>
internal static class MentionAssembler
{
    /// <summary>
    /// The original span of a mention: from its first token, less the proclitic letters stripped off it, to its last,
    /// mapped through the normalized text so bidi marks, ligatures and presentation forms cannot shift it. The text is
    /// that span's, with the article's alef back where the matcher read the article after the preposition ل
    /// (<see cref="MentionDraft.FusedArticle"/>: «للهلال الأحمر» → «الهلال الأحمر»; «للجان المقاومة» is ل + لجان).
    /// </summary>
    private static TextSpan OriginalSpan(ScanState s, MentionDraft d)
    {
        var first = s.Tokens[d.First].NormalizedSpan;
        return s.Input.Normalized.ToOriginal(first.Start + Math.Min(d.Stripped, first.Length - 1), s.Tokens[d.End - 1].NormalizedSpan.End);
    }

    public static ArticleEntities Build(ScanState s)
    {
        var mentions = new List<EntityMention>(s.Drafts.Count);
        foreach (var d in s.Drafts)
        {
            var span = OriginalSpan(s, d);
            mentions.Add(new EntityMention(span, FusedArticle.Restore(span.Slice(s.Input.Text), d.FusedArticle), d.EntityId, d.Type, d.Kind,
                d.Confidence ?? EntityRules.Confidence(d.Rule), d.Rule, d.First, d.End, Math.Max(s.SentenceOf[d.First], 0))
            {
                Loaded = d.Loaded,
            });
        }
        mentions.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));

        var entities = mentions.GroupBy(m => m.EntityId)
            .Select(group =>
            {
                var known = s.Gazetteer.Find(group.Key);
                if (known is not null)
                    return new LinkedEntity(known.Id, known.Type, known.NameAr, known.NameEn, true, [.. group]);
                var (type, nameAr, nameEn) = s.Unknown(group.Key);
                return new LinkedEntity(group.Key, type, nameAr, nameEn, false, [.. group]);
            })
            .OrderBy(e => e.Mentions[0].Span.Start)
            .ToList();
        return new ArticleEntities(mentions, entities);
    }
}
