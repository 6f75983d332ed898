using Marsad.Stories.Duplicates;
using Marsad.Storage;
using System.Text.Json;

namespace Marsad.Stories;

/// <summary>
/// An added article's near duplicates among the stored ones: the articles sharing most of its LSH buckets
/// (<c>near_dup_buckets</c>, at most <see cref="StoryOptions.NearDuplicateCandidates"/>), kept when their exact shingle
/// containment (<see cref="OverlapMeasure"/>) reaches <see cref="StoryOptions.NearDuplicateContainment"/>.
/// </summary>
internal static class NearDuplicateFinder
{
    public static List<NearDuplicate> Find(StoryProfile profile, long[] buckets, StoryOptions options, StoreTransaction transaction)
    {
        var found = new List<NearDuplicate>();
        if (profile.Words.Count == 0) return found;
        var names = buckets.Select((_, i) => "$b" + i).ToArray();
        var candidates = new List<string>();
        using (var query = transaction.Command($"""
            SELECT article_id, count(*) AS shared FROM near_dup_buckets WHERE bucket IN ({string.Join(", ", names)}) AND article_id <> $id
            GROUP BY article_id ORDER BY shared DESC, article_id LIMIT $limit
            """))
        {
            for (var i = 0; i < buckets.Length; i++) query.Parameters.AddWithValue(names[i], buckets[i]);
            query.Parameters.AddWithValue("$id", profile.ArticleId);
            query.Parameters.AddWithValue("$limit", options.NearDuplicateCandidates);
            using var reader = query.ExecuteReader();
            while (reader.Read()) candidates.Add(reader.GetString(0));
        }
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        if (candidates.Count > 0)
        {
            using var text = transaction.Command("SELECT id, text FROM articles WHERE id IN (SELECT value FROM json_each($ids))");
            StoreTransaction.Set(text, ("$ids", JsonSerializer.Serialize(candidates)));
            using var reader = text.ExecuteReader();
            while (reader.Read()) texts[reader.GetString(0)] = reader.GetString(1);
        }
        foreach (var id in candidates)
        {
            if (!texts.TryGetValue(id, out var other)) continue;
            var overlap = OverlapMeasure.Measure(profile.Words, WordSequence.Of(other), options.ShingleSize);
            if (overlap.Containment >= options.NearDuplicateContainment)
                found.Add(new NearDuplicate(id, Math.Round(overlap.Containment, 4), Math.Round(overlap.Jaccard, 4)));
        }
        return [.. found.OrderByDescending(n => n.Containment).ThenBy(n => n.Id, StringComparer.Ordinal)];
    }
}
