using Marsad.Storage;
using System.Text.Json;

namespace Marsad.Stories;

/// <summary>
/// Reads the placed articles an added one is compared with: those sharing most of its heaviest terms in the postings
/// (<see cref="StoryPostings"/>), at most <see cref="StoryOptions.Candidates"/> of them, so the work stays bounded; or
/// one placed article by id.
/// </summary>
internal static class StoryCandidates
{
    public static List<StoryCandidate> Sharing(int[] indexed, int? day, StoryOptions options, StoryTerms terms, StoreTransaction transaction)
    {
        var hits = StoryPostings.Hits(transaction, indexed, day, options.StoryWindowDays, options.PostingsPerTerm);
        // The articles sharing most of its heaviest terms are the plausible ones; comparing only those bounds the work.
        var ids = hits.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Take(options.Candidates).Select(p => p.Key).ToList();
        return ids.Count == 0 ? [] : Read(ids, StoryTables.Documents(transaction), terms, transaction);
    }

    /// <summary>One placed article, or null when it is not placed.</summary>
    public static StoryCandidate? Load(string id, long documents, StoryTerms terms, StoreTransaction transaction) =>
        Read([id], documents, terms, transaction) is [var one] ? one : null;

    /// <summary>The placed ones of <paramref name="ids"/>, in that order, their term counts read in one statement.</summary>
    private static List<StoryCandidate> Read(List<string> ids, long documents, StoryTerms terms, StoreTransaction transaction)
    {
        var rows = new Dictionary<string, (string? Outlet, int? Day, string Cluster, string Story, (int Id, float Weight)[] Terms)>(StringComparer.Ordinal);
        using (var load = transaction.Command("""
            SELECT s.article_id, s.day, s.terms, a.cluster_id, a.story_id, r.outlet FROM story_articles s
            JOIN story_assignments a ON a.article_id = s.article_id JOIN articles r ON r.id = s.article_id
            WHERE s.article_id IN (SELECT value FROM json_each($ids))
            """))
        {
            StoreTransaction.Set(load, ("$ids", JsonSerializer.Serialize(ids)));
            using var reader = load.ExecuteReader();
            while (reader.Read())
                rows[reader.GetString(0)] = (reader.IsDBNull(5) ? null : reader.GetString(5), reader.IsDBNull(1) ? null : reader.GetInt32(1),
                    reader.GetString(3), reader.GetString(4), TermBlob.Decode((byte[])reader[2]));
        }
        terms.Read(rows.Values.SelectMany(r => r.Terms).Select(t => t.Id), transaction);
        var candidates = new List<StoryCandidate>(rows.Count);
        foreach (var id in ids)
            if (rows.TryGetValue(id, out var row))
                candidates.Add(new StoryCandidate(id, row.Outlet, row.Day, row.Cluster, row.Story, terms.Vector(row.Terms, documents)));
        return candidates;
    }
}
