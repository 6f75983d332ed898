using System.Globalization;
using Marsad.Storage;
using System.Data.Common;

namespace Marsad.Search;

/// <summary>
/// A cheap fingerprint of everything the search index is made from: how many articles and the last one stored,
/// how many analyses and the latest (re-analysis changes entity facets), the rows of the events table, of the story
/// assignments and of the near-duplicate pairs (filters and duplicate groups come from them), and the versions of the terms and of the document layout (<see cref="SearchTerms.Version"/>, <see cref="IndexDocument.Layout"/>). Recorded with the index when it
/// is written; a different stamp now means the index is stale, and <see cref="Differences"/> says how.
/// </summary>
public sealed record IndexStamp(string Terms, long Articles, long LastArticle, long Analyses, string? LastAnalysis, string Events, string Stories)
{
    public static IndexStamp Read(MarsadStore store) => Read(store.Connection);

    internal static IndexStamp Read(DbConnection connection)
    {
        var (articles, lastArticle) = Pair(connection, "SELECT COUNT(*), IFNULL(MAX(rowid), 0) FROM articles");
        var analyses = Long(connection, "SELECT COUNT(*) FROM analyses");
        var lastAnalysis = Text(connection, "SELECT MAX(analyzed_at) FROM analyses");
        return new IndexStamp($"{SearchTerms.Version}+{IndexDocument.Layout}", articles, lastArticle, analyses, lastAnalysis,
            $"events:{Long(connection, "SELECT COUNT(*) FROM events")}",
            // Re-placing an article deletes and inserts its assignment: the last rowid moves even when the count does not.
            $"stories:{Long(connection, "SELECT COUNT(*) FROM story_assignments")}/{Long(connection, "SELECT IFNULL(MAX(rowid), 0) FROM story_assignments")}"
            + $"+near:{Long(connection, "SELECT COUNT(*) FROM near_duplicates")}");
    }

    public string Serialize() => string.Join('|', Terms, Articles.ToString(CultureInfo.InvariantCulture),
        LastArticle.ToString(CultureInfo.InvariantCulture), Analyses.ToString(CultureInfo.InvariantCulture), LastAnalysis ?? "", Events, Stories);

    public static IndexStamp? Parse(string? value)
    {
        var parts = value?.Split('|');
        if (parts is not { Length: 7 }) return null;
        if (!long.TryParse(parts[1], CultureInfo.InvariantCulture, out var articles)
            || !long.TryParse(parts[2], CultureInfo.InvariantCulture, out var last)
            || !long.TryParse(parts[3], CultureInfo.InvariantCulture, out var analyses)) return null;
        return new IndexStamp(parts[0], articles, last, analyses, parts[4].Length == 0 ? null : parts[4], parts[5], parts[6]);
    }

    /// <summary>What changed in the store since <paramref name="indexed"/> was recorded, in words; empty when nothing did.</summary>
    public IReadOnlyList<string> Differences(IndexStamp indexed)
    {
        var changes = new List<string>();
        if (indexed.Terms != Terms) changes.Add($"the index was made with search terms '{indexed.Terms}', this Marsad makes '{Terms}'");
        if (indexed.Articles != Articles || indexed.LastArticle != LastArticle)
            changes.Add(Articles >= indexed.Articles
                ? $"{Articles - indexed.Articles:N0} article(s) stored since the index was built ({indexed.Articles:N0} indexed, {Articles:N0} stored)"
                : $"the store holds {Articles:N0} articles, the index {indexed.Articles:N0}");
        if (indexed.Analyses != Analyses || indexed.LastAnalysis != LastAnalysis)
            changes.Add("articles were analysed since the index was built (entity facets and filters may be out of date)");
        if (indexed.Events != Events) changes.Add("the events table changed since the index was built");
        if (indexed.Stories != Stories) changes.Add("stories or near duplicates changed since the index was built");
        return changes;
    }

    private static (long, long) Pair(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    private static long Long(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static string? Text(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return command.ExecuteScalar() as string;
    }
}
