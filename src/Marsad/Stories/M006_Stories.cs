using Marsad.Storage;
using Marsad.Storage.Migrations;

namespace Marsad.Stories;

/// <summary>
/// Duplicates, event clusters and story threads across articles (see Stories/README.md).
/// <list type="bullet">
/// <item><c>story_articles</c>: each clustered article's fingerprint: the day it is placed at (days since 1970-01-01,
/// null when unknown) and where that day came from, the hash of its word sequence (exact copies), its MinHash signature,
/// its term vector (term ids and weights), the term ids it is indexed under and the order it was added in.</item>
/// <item><c>near_dup_buckets</c>: one row per LSH band of each article; <c>near_duplicates</c>: verified pairs (both
/// directions) with containment and Jaccard.</item>
/// <item><c>story_terms</c>: term dictionary with incremental document frequencies; <c>story_postings</c>: each article's
/// top terms by day, for finding candidates among recent articles.</item>
/// <item><c>event_clusters</c>, <c>stories</c>, <c>story_assignments</c> (article → cluster → story; every clustered
/// article has exactly one row).</item>
/// </list>
/// </summary>
internal static class M006_Stories
{
    private const string Sql = """
        CREATE TABLE story_articles (
            article_id   TEXT PRIMARY KEY NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            seq          INTEGER NOT NULL,
            day          INTEGER,
            day_source   TEXT,
            word_hash    INTEGER NOT NULL,
            words        INTEGER NOT NULL,
            signature    BLOB NOT NULL,
            terms        BLOB NOT NULL,
            indexed      BLOB NOT NULL
        );
        CREATE INDEX story_articles_word_hash ON story_articles (word_hash);
        CREATE TABLE near_dup_buckets (
            bucket     INTEGER NOT NULL,
            article_id TEXT NOT NULL,
            PRIMARY KEY (bucket, article_id)
        ) WITHOUT ROWID;
        CREATE TABLE near_duplicates (
            article_id  TEXT NOT NULL,
            other_id    TEXT NOT NULL,
            containment REAL NOT NULL,
            jaccard     REAL NOT NULL,
            PRIMARY KEY (article_id, other_id)
        ) WITHOUT ROWID;
        CREATE TABLE story_terms (
            id   INTEGER PRIMARY KEY,
            term TEXT NOT NULL UNIQUE,
            df   INTEGER NOT NULL
        );
        CREATE TABLE story_postings (
            term_id    INTEGER NOT NULL,
            day        INTEGER NOT NULL,
            article_id TEXT NOT NULL,
            PRIMARY KEY (term_id, day, article_id)
        ) WITHOUT ROWID;
        CREATE TABLE event_clusters (
            id        TEXT PRIMARY KEY NOT NULL,
            story_id  TEXT NOT NULL,
            title     TEXT,
            first_day INTEGER,
            last_day  INTEGER,
            size      INTEGER NOT NULL
        );
        CREATE INDEX event_clusters_story ON event_clusters (story_id);
        CREATE TABLE stories (
            id        TEXT PRIMARY KEY NOT NULL,
            title     TEXT,
            first_day INTEGER,
            last_day  INTEGER,
            size      INTEGER NOT NULL
        );
        CREATE TABLE story_assignments (
            article_id TEXT PRIMARY KEY NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            cluster_id TEXT NOT NULL,
            story_id   TEXT NOT NULL
        );
        CREATE INDEX story_assignments_cluster ON story_assignments (cluster_id);
        CREATE INDEX story_assignments_story ON story_assignments (story_id);
        CREATE TABLE story_state (
            key   TEXT PRIMARY KEY NOT NULL,
            value INTEGER NOT NULL
        );
        """;

    // PostgreSQL: story_assignments gets the rowid SQLite gives every table; the search index's stamp reads its last value
    // (re-placing an article deletes and inserts its row, so the last rowid moves even when the count does not).
    public static readonly Migration Migration = new(6, "stories", Sql)
    {
        PostgreSql = SqlDialect.PostgreSql.Translate(Sql).Replace(
            "CREATE TABLE story_assignments (", "CREATE TABLE story_assignments (\n    rowid BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,", StringComparison.Ordinal),
    };
}
