using Marsad.Storage.Migrations;

namespace Marsad.Ingest.Web;

/// <summary>
/// <c>feed_items</c>: what <c>marsad watch</c> has done with each item of each feed it polls, so a restart fetches only
/// new items. An item is <c>done</c> once its article is stored (or found to be a copy of one stored), or once it failed
/// for a reason that will not pass (404, not a page, too large, blocked) or failed <see cref="FeedLedger.MaxAttempts"/>
/// polls in a row; until then it is tried again at each poll. <c>outcome</c> is <c>stored</c> or the last problem code.
/// </summary>
internal static class M010_FeedItems
{
    public static readonly Migration Migration = new(10, "watched feed items", """
        CREATE TABLE feed_items (
            feed        TEXT NOT NULL,
            item        TEXT NOT NULL,
            url         TEXT,
            article_id  TEXT,
            outcome     TEXT NOT NULL,
            attempts    INTEGER NOT NULL,
            done        INTEGER NOT NULL,
            first_seen  TEXT NOT NULL,
            last_tried  TEXT NOT NULL,
            PRIMARY KEY (feed, item)
        ) WITHOUT ROWID;
        CREATE INDEX feed_items_url ON feed_items (url) WHERE done = 1;
        """);
}
