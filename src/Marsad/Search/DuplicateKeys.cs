using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Marsad.Stories;
using Microsoft.Data.Sqlite;

namespace Marsad.Search;

/// <summary>
/// The near-duplicate group of each article, as search collapses hits by it. Search finds no duplicates of its own: the
/// stories step records them (<c>story_articles.word_hash</c> for copies of the same words, <c>near_duplicates</c> for
/// verified near copies; see Stories/README.md), and a group is a connected component of those links. Its key is a
/// number made from the smallest article id in it, so it depends on the members, not on the order they came in.
/// Articles the stories step has not placed (ingested, not analysed) stand alone until it does.
/// </summary>
internal static class DuplicateKeys
{
    /// <summary>The key of every article in a group of two or more (others are alone), read once for a rebuild.</summary>
    public static Dictionary<string, long> All(Storage.MarsadStore store)
    {
        var keys = new Dictionary<string, long>(StringComparer.Ordinal);
        // The stories step's own reading of its tables: exact groups, then components of near pairs between representatives.
        var groups = new StoryRepository(store).DuplicateGroups();
        var parent = new Dictionary<string, string>(StringComparer.Ordinal);
        string Find(string x)
        {
            while (parent.TryGetValue(x, out var p) && p != x) x = parent[x] = parent.GetValueOrDefault(p, p);
            return x;
        }
        foreach (var group in groups)
            foreach (var member in group.Articles.Skip(1))
            {
                var (a, b) = (Find(group.Articles[0]), Find(member));
                parent.TryAdd(a, a);
                parent.TryAdd(b, b);
                if (a != b) parent[string.CompareOrdinal(a, b) < 0 ? b : a] = string.CompareOrdinal(a, b) < 0 ? a : b;
            }
        foreach (var article in parent.Keys) keys[article] = KeyOf(Find(article));
        return keys;
    }

    /// <summary>
    /// The groups of the articles named, as the store holds them now: every article linked to them, directly or through
    /// others, with its group's key (articles found alone have none).
    /// </summary>
    public static Dictionary<string, long?> Around(DbConnection connection, IEnumerable<string> articleIds)
    {
        // Breadth first from all the articles at once, one statement per step (not two per article: on PostgreSQL each
        // statement is a round trip), then the components of the links found.
        using var links = connection.CreateCommand();
        links.CommandText = """
            SELECT article_id, other_id FROM near_duplicates WHERE article_id IN (SELECT value FROM json_each($ids))
            UNION ALL
            SELECT s.article_id, c.article_id FROM story_articles s JOIN story_articles c ON c.word_hash = s.word_hash
            WHERE s.article_id IN (SELECT value FROM json_each($ids)) AND c.article_id <> s.article_id
            """;
        var neighbours = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var frontier = articleIds.Distinct(StringComparer.Ordinal).ToList();
        foreach (var id in frontier) neighbours[id] = [];
        while (frontier.Count > 0)
        {
            links.Parameters.AddWithValue("$ids", JsonSerializer.Serialize(frontier));
            var next = new List<string>();
            using (var reader = links.ExecuteReader())
                while (reader.Read())
                {
                    var (from, to) = (reader.GetString(0), reader.GetString(1));
                    neighbours[from].Add(to);
                    if (neighbours.TryAdd(to, [])) next.Add(to);
                }
            frontier = next;
        }
        var result = new Dictionary<string, long?>(StringComparer.Ordinal);
        foreach (var start in neighbours.Keys)
        {
            if (result.ContainsKey(start)) continue;
            var component = new List<string> { start };
            var seen = new HashSet<string>(StringComparer.Ordinal) { start };
            for (var i = 0; i < component.Count; i++)
                foreach (var other in neighbours[component[i]])
                    if (seen.Add(other)) component.Add(other);
            long? key = component.Count > 1 ? KeyOf(component.Min(StringComparer.Ordinal)!) : null;
            foreach (var member in component) result[member] = key;
        }
        return result;
    }

    /// <summary>The key of the group whose smallest article id is <paramref name="articleId"/>: its 16 hex digits as a
    /// number; never 0, which the index reads as "alone".</summary>
    public static long KeyOf(string articleId)
    {
        if (!long.TryParse(articleId.AsSpan(0, Math.Min(16, articleId.Length)), NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var key))
        {
            // Not a Marsad id (16 hex digits): FNV-1a, the same in every process.
            var hash = 14695981039346656037UL;
            foreach (var c in articleId) hash = (hash ^ c) * 1099511628211UL;
            key = unchecked((long)hash);
        }
        return key == 0 ? 1 : key;
    }
}
