using Marsad.Stories.Duplicates;
using Marsad.Storage;

namespace Marsad.Stories;

/// <summary>
/// The writes of the story index to its tables (<see cref="M006_Stories"/>): an article's row, buckets, near-duplicate
/// pairs and postings; its place in an event cluster and story thread with their counts and day ranges; taking an
/// article out again; emptying everything; and the counters (placement sequence, documents indexed).
/// </summary>
internal static class StoryTables
{
    private static readonly string[] Tables =
        ["story_articles", "near_dup_buckets", "near_duplicates", "story_terms", "story_postings", "event_clusters", "stories", "story_assignments", "story_state"];

    public static long Documents(StoreTransaction transaction) =>
        transaction.Scalar<long?>("SELECT value FROM story_state WHERE key = $key", ("$key", "documents")) ?? 0;

    /// <summary>The article's sequence number and the new document count, both counted up in one statement.</summary>
    public static (long Seq, long Documents) NextCounters(StoreTransaction transaction)
    {
        using var command = transaction.Command("""
            INSERT INTO story_state (key, value) VALUES ('seq', 1), ('documents', 1)
            ON CONFLICT (key) DO UPDATE SET value = story_state.value + 1 RETURNING key, value
            """);
        long seq = 0, documents = 0;
        using var reader = command.ExecuteReader();
        while (reader.Read())
            if (reader.GetString(0) == "seq") seq = reader.GetInt64(1);
            else documents = reader.GetInt64(1);
        return (seq, documents);
    }

    /// <summary>The article itself: its row (hash, signature, terms), its LSH buckets, its near-duplicate pairs both ways, its postings.</summary>
    public static void AddArticle(StoreTransaction transaction, StoryProfile profile, long seq, long wordHash, uint[] signature, long[] buckets,
        IReadOnlyList<NearDuplicate> near, (int Id, float Weight)[] terms, int[] indexed)
    {
        transaction.Queue("""
            INSERT INTO story_articles (article_id, seq, day, day_source, word_hash, words, signature, terms, indexed)
            VALUES ($id, $seq, $day, $source, $hash, $words, $signature, $terms, $indexed)
            """, ("$id", profile.ArticleId), ("$seq", seq), ("$day", profile.Day), ("$source", profile.DaySource), ("$hash", wordHash),
            ("$words", profile.Words.Count), ("$signature", TermBlob.EncodeSignature(signature)), ("$terms", TermBlob.Encode(terms)),
            ("$indexed", TermBlob.EncodeIds(indexed)));
        foreach (var key in buckets)
            transaction.Queue("INSERT INTO near_dup_buckets (bucket, article_id) VALUES ($bucket, $id) ON CONFLICT DO NOTHING", ("$bucket", key), ("$id", profile.ArticleId));
        const string pair = "INSERT INTO near_duplicates (article_id, other_id, containment, jaccard) VALUES ($a, $b, $c, $j) ON CONFLICT (article_id, other_id) DO UPDATE SET containment = excluded.containment, jaccard = excluded.jaccard";
        foreach (var n in near)
        {
            transaction.Queue(pair, ("$a", profile.ArticleId), ("$b", n.Id), ("$c", n.Containment), ("$j", n.Jaccard));
            transaction.Queue(pair, ("$a", n.Id), ("$b", profile.ArticleId), ("$c", n.Containment), ("$j", n.Jaccard));
        }
        StoryPostings.Add(transaction, profile.ArticleId, profile.Day, indexed);
    }

    /// <summary>
    /// The article's place: its assignment, its event cluster and story thread created or counted up (title kept from
    /// the first, day range widened), and the links it adds to the clusters of its thread it reached (<see cref="StoryHubs"/>).
    /// </summary>
    public static void Assign(StoreTransaction transaction, StoryProfile profile, long seq, string clusterId, string storyId, IReadOnlyList<string> linked)
    {
        transaction.Queue("INSERT INTO story_assignments (article_id, cluster_id, story_id, day, seq) VALUES ($id, $cluster, $story, $day, $seq)",
            ("$id", profile.ArticleId), ("$cluster", clusterId), ("$story", storyId), ("$day", profile.Day), ("$seq", seq));
        transaction.Queue("""
            INSERT INTO event_clusters (id, story_id, title, first_day, last_day, size) VALUES ($id, $story, $title, $day, $day, 1)
            ON CONFLICT (id) DO UPDATE SET size = event_clusters.size + 1, title = coalesce(event_clusters.title, excluded.title),
                first_day = min(coalesce(event_clusters.first_day, excluded.first_day), coalesce(excluded.first_day, event_clusters.first_day)),
                last_day = max(coalesce(event_clusters.last_day, excluded.last_day), coalesce(excluded.last_day, event_clusters.last_day))
            """, ("$id", clusterId), ("$story", storyId), ("$title", profile.Title), ("$day", profile.Day));
        foreach (var other in linked) transaction.Queue("UPDATE event_clusters SET links = links + 1 WHERE id = $id", ("$id", other));
        if (linked.Count > 0) transaction.Queue("UPDATE event_clusters SET links = links + $n WHERE id = $id", ("$n", linked.Count), ("$id", clusterId));
        transaction.Queue("""
            INSERT INTO stories (id, title, first_day, last_day, size) VALUES ($id, $title, $day, $day, 1)
            ON CONFLICT (id) DO UPDATE SET size = stories.size + 1, title = coalesce(stories.title, excluded.title),
                first_day = min(coalesce(stories.first_day, excluded.first_day), coalesce(excluded.first_day, stories.first_day)),
                last_day = max(coalesce(stories.last_day, excluded.last_day), coalesce(excluded.last_day, stories.last_day))
            """, ("$id", storyId), ("$title", profile.Title), ("$day", profile.Day));
    }

    /// <summary>Takes an article out (it is being analysed again): counts, postings, pairs, buckets and its place.</summary>
    public static void Remove(StoreTransaction transaction, string articleId, StoryTerms terms, LshBands bands)
    {
        byte[] termBlob, indexed, signature;
        int? day;
        using (var read = transaction.Command("SELECT terms, indexed, day, signature FROM story_articles WHERE article_id = $id"))
        {
            read.Parameters.AddWithValue("$id", articleId);
            using var reader = read.ExecuteReader();
            if (!reader.Read()) return;
            termBlob = (byte[])reader[0];
            indexed = (byte[])reader[1];
            day = reader.IsDBNull(2) ? null : reader.GetInt32(2);
            signature = (byte[])reader[3];
        }
        terms.Uncount(TermBlob.Decode(termBlob).Select(t => t.Id).ToList(), transaction);
        StoryPostings.Remove(transaction, articleId, day, TermBlob.DecodeIds(indexed));
        transaction.Queue("DELETE FROM near_duplicates WHERE article_id IN (SELECT other_id FROM near_duplicates WHERE article_id = $id) AND other_id = $id", ("$id", articleId));
        transaction.Queue("DELETE FROM near_duplicates WHERE article_id = $id", ("$id", articleId));
        // Its buckets come from its stored signature: deleting by key, not by scanning for the article.
        foreach (var key in bands.BucketKeys(TermBlob.DecodeSignature(signature)))
            transaction.Queue("DELETE FROM near_dup_buckets WHERE bucket = $bucket AND article_id = $id", ("$bucket", key), ("$id", articleId));
        string? cluster = null, story = null;
        using (var place = transaction.Command("SELECT cluster_id, story_id FROM story_assignments WHERE article_id = $id"))
        {
            place.Parameters.AddWithValue("$id", articleId);
            using var reader = place.ExecuteReader();
            if (reader.Read()) (cluster, story) = (reader.GetString(0), reader.GetString(1));
        }
        transaction.Queue("DELETE FROM story_assignments WHERE article_id = $id", ("$id", articleId));
        // The links the article added to its thread's clusters (StoryHubs) are not recorded per article, so they stay
        // counted until the next recluster: a re-analysed article weighs a little twice in which clusters are hubs.
        transaction.Queue("UPDATE event_clusters SET size = size - 1 WHERE id = $id", ("$id", cluster));
        transaction.Queue("DELETE FROM event_clusters WHERE id = $id AND size <= 0", ("$id", cluster));
        transaction.Queue("UPDATE stories SET size = size - 1 WHERE id = $id", ("$id", story));
        transaction.Queue("DELETE FROM stories WHERE id = $id AND size <= 0", ("$id", story));
        transaction.Queue("DELETE FROM story_articles WHERE article_id = $id", ("$id", articleId));
        transaction.Queue("UPDATE story_state SET value = value - 1 WHERE key = 'documents'");
    }

    /// <summary>Empties every story table, for a rebuild in batch.</summary>
    public static void Clear(StoreTransaction transaction)
    {
        foreach (var table in Tables) transaction.Execute($"DELETE FROM {table}");
    }
}
