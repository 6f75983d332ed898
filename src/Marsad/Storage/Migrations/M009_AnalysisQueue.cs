namespace Marsad.Storage.Migrations;

/// <summary>
/// The articles waiting for analysis, shared by every worker (<see cref="Analysis.AnalysisQueue"/>): ingest adds each new
/// article, saving its analysis removes it. A worker claims a chunk by writing its name and a lease (<c>lease_until</c>,
/// UTC ISO-8601 of fixed width, so it compares as text); a lease that runs out (the worker died) makes the rows claimable
/// again. Articles stored before this migration and never analysed are queued by it.
/// </summary>
internal static class M009_AnalysisQueue
{
    public static readonly Migration Migration = new(9, "analysis queue", """
        CREATE TABLE analysis_queue (
            article_id  TEXT PRIMARY KEY NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            worker      TEXT,
            lease_until TEXT
        );
        CREATE INDEX analysis_queue_lease ON analysis_queue (lease_until);
        INSERT INTO analysis_queue (article_id)
            SELECT id FROM articles WHERE NOT EXISTS (SELECT 1 FROM analyses WHERE analyses.article_id = articles.id);
        """);
}
