using System.Globalization;
using Marsad.Storage;
using Marsad.Stories.Views;
using System.Data.Common;

namespace Marsad.Stories;

/// <summary>
/// Reads what the story index stored: an article's relations, duplicate groups, story threads with their clusters and
/// articles. Same threading rule as the store.
/// </summary>
public sealed class StoryRepository(MarsadStore store)
{
    /// <summary>The article's relations, or null when it has not been placed in the index.</summary>
    public ArticleRelations? Relations(string articleId)
    {
        using var command = Command("""
            SELECT g.cluster_id, g.story_id, s.word_hash, s.seq FROM story_assignments g JOIN story_articles s ON s.article_id = g.article_id
            WHERE g.article_id = $id
            """, ("$id", articleId));
        string cluster, story;
        long hash, seq;
        using (var reader = command.ExecuteReader())
        {
            if (!reader.Read()) return null;
            (cluster, story, hash, seq) = (reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetInt64(3));
        }
        using var copy = Command("SELECT article_id FROM story_articles WHERE word_hash = $h AND seq < $seq ORDER BY seq LIMIT 1", ("$h", hash), ("$seq", seq));
        return new ArticleRelations(copy.ExecuteScalar() as string, NearDuplicates(articleId), cluster, story);
    }

    public IReadOnlyList<NearDuplicate> NearDuplicates(string articleId)
    {
        using var command = Command("SELECT other_id, containment, jaccard FROM near_duplicates WHERE article_id = $id ORDER BY containment DESC, other_id", ("$id", articleId));
        using var reader = command.ExecuteReader();
        var list = new List<NearDuplicate>();
        while (reader.Read()) list.Add(new NearDuplicate(reader.GetString(0), reader.GetDouble(1), reader.GetDouble(2)));
        return list;
    }

    /// <summary>The story of a story id, or of the cluster or article with that id; null when none is placed.</summary>
    public string? StoryOf(string id)
    {
        using var command = Command("""
            SELECT id FROM stories WHERE id = $id
            UNION ALL SELECT story_id FROM event_clusters WHERE id = $id
            UNION ALL SELECT story_id FROM story_assignments WHERE article_id = $id
            LIMIT 1
            """, ("$id", id));
        return command.ExecuteScalar() as string;
    }

    /// <summary>
    /// The ids of the <paramref name="count"/> stories whose newest article is newest (by the day it was placed at; ties
    /// by id). Walks the placed articles newest day first along <c>story_articles_day_article</c> and stops once no older day can
    /// change the answer; grouping every assignment first cost a scan of all of them on each home page.
    /// </summary>
    public IReadOnlyList<string> Latest(int count)
    {
        using var command = Command("""
            SELECT g.story_id, s.day FROM story_articles s JOIN story_assignments g ON g.article_id = s.article_id
            WHERE s.day IS NOT NULL ORDER BY s.day DESC
            """);
        var newest = new Dictionary<string, int>(StringComparer.Ordinal);
        using (var reader = command.ExecuteReader())
        {
            int? stopBelow = null;
            while (reader.Read())
            {
                var day = reader.GetInt32(1);
                if (day < stopBelow) break;
                newest.TryAdd(reader.GetString(0), day);
                if (stopBelow is null && newest.Count >= count) stopBelow = day;
            }
        }
        var latest = newest.OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key).Take(count).ToList();
        if (latest.Count >= count) return latest;
        // Fewer dated stories than asked: the undated ones follow, by id.
        using var undated = Command("SELECT DISTINCT story_id FROM story_assignments ORDER BY story_id");
        using var rows = undated.ExecuteReader();
        var seen = latest.ToHashSet(StringComparer.Ordinal);
        while (latest.Count < count && rows.Read())
            if (seen.Add(rows.GetString(0))) latest.Add(rows.GetString(0));
        return latest;
    }

    /// <summary>Every placed article's event cluster and story thread.</summary>
    public IReadOnlyDictionary<string, (string Cluster, string Story)> Placements()
    {
        using var command = Command("SELECT article_id, cluster_id, story_id FROM story_assignments");
        using var reader = command.ExecuteReader();
        var map = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        while (reader.Read()) map[reader.GetString(0)] = (reader.GetString(1), reader.GetString(2));
        return map;
    }

    /// <summary>
    /// Exact groups (same words), then near groups: connected components of near-duplicate pairs, exact copies counted
    /// once. Largest first, then by first article id.
    /// </summary>
    public IReadOnlyList<DuplicateGroup> DuplicateGroups()
    {
        var groups = new List<DuplicateGroup>();
        var representative = new Dictionary<string, string>(StringComparer.Ordinal);
        using (var exact = Command("""
            SELECT word_hash, article_id FROM story_articles
            WHERE word_hash IN (SELECT word_hash FROM story_articles GROUP BY word_hash HAVING count(*) > 1)
            ORDER BY word_hash, seq
            """))
        using (var reader = exact.ExecuteReader())
        {
            long? current = null;
            var members = new List<string>();
            while (reader.Read())
            {
                var hash = reader.GetInt64(0);
                if (hash != current && members.Count > 0) { groups.Add(new DuplicateGroup("exact", [.. members], 1)); members.Clear(); }
                current = hash;
                members.Add(reader.GetString(1));
                representative[reader.GetString(1)] = members[0];
            }
            if (members.Count > 0) groups.Add(new DuplicateGroup("exact", [.. members], 1));
        }

        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        var lowest = new Dictionary<string, double>(StringComparer.Ordinal);
        string Find(string x)
        {
            while (parent.TryGetValue(x, out var p) && p != x) x = parent[x] = parent.GetValueOrDefault(p, p);
            return x;
        }
        var pairs = new List<(string A, string B, double Score)>();
        using (var near = Command("SELECT article_id, other_id, containment FROM near_duplicates WHERE article_id < other_id ORDER BY article_id, other_id"))
        using (var reader = near.ExecuteReader())
            while (reader.Read())
            {
                var a = representative.GetValueOrDefault(reader.GetString(0), reader.GetString(0));
                var b = representative.GetValueOrDefault(reader.GetString(1), reader.GetString(1));
                if (a != b) pairs.Add((a, b, reader.GetDouble(2)));
            }
        foreach (var (a, b, _) in pairs)
        {
            parent.TryAdd(a, a);
            parent.TryAdd(b, b);
            var (ra, rb) = (Find(a), Find(b));
            if (ra != rb) parent[string.CompareOrdinal(ra, rb) < 0 ? rb : ra] = string.CompareOrdinal(ra, rb) < 0 ? ra : rb;
        }
        foreach (var (a, _, score) in pairs)
        {
            var root = Find(a);
            lowest[root] = Math.Min(lowest.GetValueOrDefault(root, 1), score);
        }
        groups.AddRange(parent.Keys.GroupBy(Find)
            .Select(g => new DuplicateGroup("near", [.. g.OrderBy(x => x, StringComparer.Ordinal)], Math.Round(lowest[g.Key], 4))));
        return [.. groups.OrderByDescending(g => g.Articles.Count).ThenBy(g => g.Kind, StringComparer.Ordinal).ThenBy(g => g.Articles[0], StringComparer.Ordinal)];
    }

    /// <summary>Every story thread (or the one named), clusters and articles filled in, story-estimated dates not yet applied.</summary>
    public IReadOnlyList<StoryThread> Threads(string? storyId = null)
    {
        using var command = Command($"""
            SELECT a.id, a.source_id, a.outlet, a.title, a.published, a.source_path, an.published, an.published_estimated, an.published_evidence,
                   s.day, g.cluster_id, g.story_id, c.title, st.title, s.day_source
            FROM story_assignments g
            JOIN articles a ON a.id = g.article_id
            JOIN story_articles s ON s.article_id = g.article_id
            JOIN event_clusters c ON c.id = g.cluster_id
            JOIN stories st ON st.id = g.story_id
            LEFT JOIN analyses an ON an.article_id = g.article_id
            {(storyId is null ? "" : "WHERE g.story_id = $story")}
            ORDER BY g.story_id, g.cluster_id, s.day NULLS FIRST, s.seq
            """, ("$story", storyId));
        var rows = new List<(StoryArticle Article, string ClusterTitle, string StoryTitle)>();
        using (var reader = command.ExecuteReader())
            while (reader.Read())
            {
                var sourceDate = Date(reader, 4);
                var analysisDate = Date(reader, 6);
                var estimated = sourceDate is null && analysisDate is not null && !reader.IsDBNull(7) && reader.GetInt32(7) == 1;
                var article = new StoryArticle(
                    reader.GetString(0), Text(reader, 1), Text(reader, 2), OutletLabel(Text(reader, 2), Text(reader, 5), reader.GetString(0)),
                    Text(reader, 3), sourceDate ?? analysisDate, estimated, estimated ? Text(reader, 8) : null,
                    reader.IsDBNull(9) ? null : reader.GetInt32(9), reader.GetString(10), reader.GetString(11)) { DaySource = Text(reader, 14) };
                rows.Add((article, Text(reader, 12) ?? "", Text(reader, 13) ?? ""));
            }
        return [.. rows.GroupBy(r => r.Article.StoryId).Select(g => StoryViews.Thread(g.Key, g.First().StoryTitle, g.Select(r => (r.Article, r.ClusterTitle))))];
    }

    /// <summary>The outlet, else the file an unattributed article came from (without its line), else its id.</summary>
    public static string OutletLabel(string? outlet, string? sourcePath, string id)
    {
        if (!string.IsNullOrWhiteSpace(outlet)) return outlet;
        if (string.IsNullOrWhiteSpace(sourcePath)) return id;
        var path = sourcePath;
        var colon = path.LastIndexOf(':');
        if (colon > 1 && path[(colon + 1)..].All(char.IsAsciiDigit)) path = path[..colon];
        return Path.GetFileName(path);
    }

    private static DateOnly? Date(DbDataReader reader, int column) =>
        reader.IsDBNull(column) ? null : DateOnly.FromDateTime(DateTimeOffset.Parse(reader.GetString(column), CultureInfo.InvariantCulture).UtcDateTime);

    private static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private DbCommand Command(string sql, params (string Name, object? Value)[] values)
    {
        var command = store.Connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in values)
            if (sql.Contains(name, StringComparison.Ordinal)) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }
}
