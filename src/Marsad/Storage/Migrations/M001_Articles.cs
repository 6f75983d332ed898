namespace Marsad.Storage.Migrations;

/// <summary>
/// Articles as ingested. <c>id</c> is the content id (<see cref="Documents.ArticleIdentity"/>), so a second copy
/// of a text is refused by the primary key. <c>published</c> keeps the source's offset (ISO-8601 round trip)
/// for the time step; <c>published_utc</c> is the same instant in UTC with a fixed width so it sorts as text.
/// PostgreSQL: the table gets the <c>rowid</c> SQLite gives every table (the ingest position that paging and the search
/// index's stamp read), and the schema the SQLite functions Marsad's queries use (<see cref="PostgreSql.PgCompat"/>).
/// </summary>
internal static class M001_Articles
{
    private const string Sql = """
        CREATE TABLE articles (
            id            TEXT PRIMARY KEY NOT NULL,
            source_id     TEXT,
            outlet        TEXT,
            url           TEXT,
            title         TEXT,
            published     TEXT,
            published_utc TEXT,
            text          TEXT NOT NULL,
            extra         TEXT,
            source_path   TEXT,
            ingested_at   TEXT NOT NULL
        );
        CREATE INDEX articles_outlet ON articles (outlet);
        CREATE INDEX articles_published_utc ON articles (published_utc);
        CREATE INDEX articles_source_id ON articles (source_id);
        """;

    public static readonly Migration Migration = new(1, "articles", Sql)
    {
        PostgreSql = PostgreSql.PgCompat.Functions + SqlDialect.PostgreSql.Translate(Sql).Replace(
            "CREATE TABLE articles (", "CREATE TABLE articles (\n    rowid BIGINT GENERATED ALWAYS AS IDENTITY UNIQUE,", StringComparison.Ordinal),
    };
}
