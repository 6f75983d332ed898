using System.Globalization;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Marsad.Storage;
using System.Data.Common;

namespace Marsad.Search;

/// <summary>
/// Where the search index lives (the Lucene folder <c>search-index</c> in the data folder, beside <c>marsad.db</c>)
/// and what the store records about it (<c>search_index</c>, <see cref="M007_Search"/>). The stamp of the store the
/// index was made from is kept twice, in the store and in the index's own commit, so an index folder that does not
/// belong to this store (copied, or rebuilt from another) is caught as well as one the store has outgrown.
/// </summary>
public static class SearchIndex
{
    public const string FolderName = "search-index";
    internal const string StampKey = "marsad.stamp";

    /// <summary>
    /// Commit data of an update: the stamp the store had recorded for the index it extended. A writer killed after its
    /// commit and before recording the new stamp leaves the store recording this one; what it indexed is still listed
    /// (<see cref="SearchPending"/> entries go only after the record), so the next update may extend its commit.
    /// </summary>
    internal const string ExtendedKey = "marsad.extended";

    /// <summary>Commit data naming one build of the index: a rebuild swaps in files that may reuse segment names, so a
    /// reader must open the new build afresh rather than refresh (see <see cref="SearchService"/>).</summary>
    internal const string BuildKey = "marsad.build";

    internal static string? BuildOf(IDictionary<string, string> commitData) => commitData.TryGetValue(BuildKey, out var build) ? build : null;

    public static string PathIn(string dataFolder) => Path.Combine(dataFolder, FolderName);

    /// <summary>Compares the index with the store as it is now.</summary>
    public static IndexStatus Status(MarsadStore store) => Compare(store, pendingIsIndexable: false);

    /// <summary>
    /// Whether an update may extend the index (<see cref="IndexStatus.Fresh"/>), and if not why: the index is what the
    /// store last recorded, made with this Marsad's terms and layout, and every change since is listed in
    /// <see cref="SearchPending"/> (or there is no index yet and every stored article is listed). Then indexing the list
    /// makes the index what the store holds; otherwise recording the store's stamp would hide what the index misses.
    /// </summary>
    /// <remarks>
    /// With <paramref name="startingWrite"/> (a write about to store articles, not yet holding the lock) a missing index
    /// may be made only for an empty store, as before anything was listed: a store whose articles were stored without
    /// an index keeps saying to reindex. Under the lock, the write that began on the empty store makes it even when
    /// another process stored a chunk first, since that chunk is listed.
    /// </remarks>
    internal static IndexStatus Extendable(MarsadStore store, bool startingWrite = false) =>
        Compare(store, pendingIsIndexable: true, createForListed: !startingWrite);

    private static IndexStatus Compare(MarsadStore store, bool pendingIsIndexable, bool createForListed = false)
    {
        ArgumentNullException.ThrowIfNull(store);
        var current = IndexStamp.Read(store);
        var recorded = Recorded(store.Connection);
        var (exists, indexStamp, extended, documents) = ReadCommit(PathIn(store.Folder));
        if (!exists)
            // An empty store needs no index: search answers "nothing found" rather than "run reindex".
            return current.Articles == 0 || (createForListed && recorded is null && SearchPending.ListsEveryArticle(store.Connection))
                ? new IndexStatus(false, true, 0, [])
                : new IndexStatus(false, false, 0, ["there is no index"]);
        if (recorded?.Stamp is { } missed && missed.StartsWith(MissedPrefix, StringComparison.Ordinal))
            return new IndexStatus(true, false, documents, [missed[MissedPrefix.Length..]]);
        if (pendingIsIndexable && recorded is not null && indexStamp != recorded.Value.Stamp && extended == recorded.Value.Stamp)
            return new IndexStatus(true, true, documents, []);
        if (recorded is null || indexStamp != recorded.Value.Stamp)
            return new IndexStatus(true, false, documents, ["the index folder does not match what this store recorded about it"]);
        var stamp = IndexStamp.Parse(recorded.Value.Stamp);
        if (stamp is null) return new IndexStatus(true, false, documents, ["the store's record of the index is unreadable"]);
        IReadOnlyList<string> reasons = current.Differences(stamp);
        // Changes of the store are listed for the update; a change of terms or layout is not, and needs a rebuild.
        // An article stored without being listed (by another tool) is a change no update catches up with.
        if (pendingIsIndexable)
            reasons = stamp.Terms != current.Terms ? [reasons[0]]
                : SearchPending.Unlisted(store.Connection, stamp.LastArticle) is > 0 and var unlisted
                    ? [$"{unlisted:N0} article(s) stored without being listed for the index (written by something other than Marsad)"]
                : [];
        return new IndexStatus(true, reasons.Count == 0, documents, reasons);
    }

    /// <summary>A record that begins so says the index missed changes no update can catch up with (then the reason).</summary>
    private const string MissedPrefix = "missed:";

    /// <summary>
    /// Records that the store changed in a way <see cref="SearchPending"/> does not list (stories rebuilt over every
    /// article): the index reports itself stale and no update extends it until <c>marsad reindex</c>.
    /// </summary>
    public static void MarkMissed(StoreTransaction transaction, string reason)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        transaction.Queue("UPDATE search_index SET stamp = $stamp", ("$stamp", MissedPrefix + reason));
    }

    internal static void Record(DbConnection connection, string stamp, long documents)
    {
        using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO search_index (id, stamp, documents, indexed_at) VALUES (1, $stamp, $documents, $at)
            ON CONFLICT (id) DO UPDATE SET stamp = excluded.stamp, documents = excluded.documents, indexed_at = excluded.indexed_at
            """;
        command.Parameters.AddWithValue("$stamp", stamp);
        command.Parameters.AddWithValue("$documents", documents);
        command.Parameters.AddWithValue("$at", DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture));
        command.ExecuteNonQuery();
    }

    /// <summary>The stamp the store records for the index, as it stands (a stamp, a missed mark, or null).</summary>
    internal static string? RecordedStamp(DbConnection connection) => Recorded(connection)?.Stamp;

    private static (string Stamp, long Documents)? Recorded(DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT stamp, documents FROM search_index WHERE id = 1";
        using var reader = command.ExecuteReader();
        return reader.Read() ? (reader.GetString(0), reader.GetInt64(1)) : null;
    }

    private static (bool Exists, string? Stamp, string? Extended, long Documents) ReadCommit(string folder)
    {
        if (!System.IO.Directory.Exists(folder)) return (false, null, null, 0);
        using var directory = FSDirectory.Open(folder);
        if (!DirectoryReader.IndexExists(directory)) return (false, null, null, 0);
        // The last commit's segment list alone (its documents less its deletions), not a reader over every segment:
        // a server checks this every few seconds, and opening 30 segments cost more than many searches.
        var commit = new SegmentInfos();
        commit.Read(directory);
        var documents = commit.Segments.Sum(s => (long)s.Info.DocCount - s.DelCount);
        return (true, commit.UserData.TryGetValue(StampKey, out var stamp) ? stamp : null,
            commit.UserData.TryGetValue(ExtendedKey, out var extended) ? extended : null, documents);
    }
}
