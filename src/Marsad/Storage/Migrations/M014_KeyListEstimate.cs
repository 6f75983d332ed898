namespace Marsad.Storage.Migrations;

/// <summary>
/// PostgreSQL only: tells the planner that <c>json_each(text)</c> (<see cref="PostgreSql.PgCompat"/>) lists a few keys,
/// not the 1,000 rows it assumes of a function it cannot see into. Every use is a key list of one article or one chunk
/// (<c>WHERE id IN (SELECT value FROM json_each($ids))</c>); with the default estimate the planner hashed the list and
/// scanned the whole table instead of probing its index until the table outgrew ~300,000 rows, so the story index's
/// term lookups and document-frequency updates (three per article over <c>story_terms</c>) cost time in proportion to
/// the vocabulary stored: ~55 ms each at 36,000 terms against ~30 ms by index (EXPLAIN ANALYZE, 345 ids). SQLite
/// reads these lists by index already, so its form is empty.
/// </summary>
internal static class M014_KeyListEstimate
{
    public static readonly Migration Migration = new(14, "key lists are short", "-- nothing to do on SQLite")
    {
        PostgreSql = "ALTER FUNCTION json_each(text) ROWS 10;",
    };
}
