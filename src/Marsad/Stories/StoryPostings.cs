using Marsad.Storage;

namespace Marsad.Stories;

/// <summary>
/// The postings of the story index (<c>story_postings</c>): each article filed under its heaviest terms by day, so the
/// articles sharing a new one's terms are found by index seeks bounded per term, however many are stored.
/// </summary>
internal static class StoryPostings
{
    /// <summary>The day postings of undated articles are filed under; no real news is dated 26,000 years ago.</summary>
    private const int UnknownDay = -9_999_999;

    public static void Add(StoreTransaction transaction, string articleId, int? day, IEnumerable<int> terms)
    {
        foreach (var term in terms)
            transaction.Queue("INSERT INTO story_postings (term_id, day, article_id) VALUES ($term, $day, $id) ON CONFLICT DO NOTHING",
                ("$term", term), ("$day", day ?? UnknownDay), ("$id", articleId));
    }

    public static void Remove(StoreTransaction transaction, string articleId, int? day, IEnumerable<int> terms)
    {
        foreach (var term in terms)
            transaction.Queue("DELETE FROM story_postings WHERE term_id = $term AND day = $day AND article_id = $id", ("$term", term), ("$day", day ?? UnknownDay), ("$id", articleId));
    }

    /// <summary>
    /// The articles among each term's most recent postings (within <paramref name="windowDays"/> of a dated article, and
    /// the undated ones; any day for an undated article), with how many of the terms each was found under. All in one
    /// statement: one subquery per term and kind of day, whose rows are counted per article.
    /// </summary>
    public static Dictionary<string, int> Hits(StoreTransaction transaction, int[] terms, int? day, int windowDays, int perTerm)
    {
        var hits = new Dictionary<string, int>(StringComparer.Ordinal);
        if (terms.Length == 0) return hits;
        var parts = new List<string>();
        for (var i = 0; i < terms.Length; i++)
            if (day is not null)
            {
                parts.Add($"SELECT article_id FROM (SELECT article_id FROM story_postings WHERE term_id = $t{i} AND day BETWEEN $from AND $to ORDER BY day DESC LIMIT $limit) d{i}");
                parts.Add($"SELECT article_id FROM (SELECT article_id FROM story_postings WHERE term_id = $t{i} AND day = $unknown LIMIT $limit) u{i}");
            }
            else parts.Add($"SELECT article_id FROM (SELECT article_id FROM story_postings WHERE term_id = $t{i} ORDER BY day DESC LIMIT $limit) a{i}");
        using var postings = transaction.Command(string.Join("\nUNION ALL\n", parts));
        for (var i = 0; i < terms.Length; i++) postings.Parameters.AddWithValue("$t" + i, terms[i]);
        postings.Parameters.AddWithValue("$limit", perTerm);
        if (day is { } d)
            StoreTransaction.Set(postings, ("$from", d - windowDays), ("$to", d + windowDays), ("$unknown", UnknownDay));
        using var reader = postings.ExecuteReader();
        while (reader.Read())
        {
            var id = reader.GetString(0);
            hits[id] = hits.GetValueOrDefault(id) + 1;
        }
        return hits;
    }
}
