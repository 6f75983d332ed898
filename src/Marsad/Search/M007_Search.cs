using Marsad.Storage.Migrations;

namespace Marsad.Search;

/// <summary>
/// What the search index (the Lucene folder <c>search-index</c> beside <c>marsad.db</c>) holds, so search can say when
/// it is out of date: one row, written when the index is built or updated, with the stamp of the store it was made
/// from (<see cref="IndexStamp"/>: articles, analyses, events and stories tables, term version). The index on
/// <c>analyses.analyzed_at</c> makes that stamp a lookup instead of a scan.
/// </summary>
internal static class M007_Search
{
    public static readonly Migration Migration = new(7, "search", """
        CREATE TABLE search_index (
            id         INTEGER PRIMARY KEY NOT NULL CHECK (id = 1),
            stamp      TEXT NOT NULL,
            documents  INTEGER NOT NULL,
            indexed_at TEXT NOT NULL
        );
        CREATE INDEX analyses_analyzed_at ON analyses (analyzed_at);
        """);
}
