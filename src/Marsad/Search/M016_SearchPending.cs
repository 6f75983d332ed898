using Marsad.Storage.Migrations;

namespace Marsad.Search;

/// <summary>
/// The articles whose search-index documents are behind the store (<see cref="SearchPending"/>): every save of articles
/// or analyses adds their ids in its own transaction, and whichever process next updates the index, under the index's
/// write lock, indexes them all and removes them. So a chunk saved by a worker killed before it could index it is
/// indexed by the next update instead of being hidden by it. An index made before this list existed may already miss
/// changes no list records, so its record is marked missed: search says so until <c>marsad reindex</c>.
/// </summary>
internal static class M016_SearchPending
{
    public static readonly Migration Migration = new(16, "search pending", """
        CREATE TABLE search_pending (
            id         INTEGER PRIMARY KEY NOT NULL,
            article_id TEXT NOT NULL
        );
        UPDATE search_index SET stamp = 'missed:the index was made before Marsad listed the articles it has still to index';
        """);
}
