using System.Data.Common;
using System.Text.Json;

namespace Marsad.Search;

/// <summary>
/// The articles whose index documents are behind the store (<c>search_pending</c>, <see cref="M016_SearchPending"/>).
/// Saves add ids in their own transaction (<see cref="AddSql"/>); an index update takes a snapshot of the list, indexes
/// it and removes what it indexed (<see cref="Remove"/>), never ids added after its snapshot. An id may be listed
/// several times (saved again before it was indexed); indexing it once covers them all.
/// </summary>
public static class SearchPending
{
    /// <summary>Adds the ids of a JSON array (<c>$ids</c>), inside the transaction that stores what they name.</summary>
    public const string AddSql = "INSERT INTO search_pending (article_id) SELECT value FROM json_each($ids)";

    public static string Ids(IEnumerable<string> ids) => JsonSerializer.Serialize(ids);

    /// <summary>What is listed now: the last entry (up to which <see cref="Remove"/> may remove) and, when asked, the distinct ids.</summary>
    internal static (long UpTo, IReadOnlyList<string> Ids) Read(DbConnection connection, bool idsToo)
    {
        using var last = connection.CreateCommand();
        last.CommandText = "SELECT IFNULL(MAX(id), 0) FROM search_pending";
        var upTo = Convert.ToInt64(last.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        if (!idsToo) return (upTo, []);
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT DISTINCT article_id FROM search_pending WHERE id <= $upTo";
        read.Parameters.AddWithValue("$upTo", upTo);
        var ids = new List<string>();
        using (var reader = read.ExecuteReader())
            while (reader.Read()) ids.Add(reader.GetString(0));
        return (upTo, ids);
    }

    /// <summary>Removes the entries up to <paramref name="upTo"/>: indexed, or made obsolete by a rebuild.</summary>
    internal static void Remove(DbConnection connection, long upTo)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM search_pending WHERE id <= $upTo";
        command.Parameters.AddWithValue("$upTo", upTo);
        command.ExecuteNonQuery();
    }

    /// <summary>How many articles stored after row <paramref name="afterRow"/> are not listed: written by something that did not list them.</summary>
    internal static long Unlisted(DbConnection connection, long afterRow)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM articles a WHERE a.rowid > $after AND NOT EXISTS (SELECT 1 FROM search_pending p WHERE p.article_id = a.id)";
        command.Parameters.AddWithValue("$after", afterRow);
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Whether every stored article is listed: a store whose articles were all saved since it was empty.</summary>
    internal static bool ListsEveryArticle(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        // Listed ids are ids of stored articles: as many distinct ones as articles means all of them.
        command.CommandText = "SELECT (SELECT COUNT(*) FROM articles) - (SELECT COUNT(DISTINCT article_id) FROM search_pending)";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) == 0;
    }
}
