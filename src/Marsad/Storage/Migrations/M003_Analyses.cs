namespace Marsad.Storage.Migrations;

/// <summary>
/// One row per analysed article: which pipeline analysed it (<see cref="Pipeline.AnalysisPipeline.Version"/>) and when,
/// the publication date the time step settled on, and the JSON layers the steps keep with the analysis (zlib-compressed
/// JSON object keyed by step name; see <see cref="Pipeline.IJsonContributor.StoredWithAnalysis"/>). Steps that answer
/// queries across articles keep their own tables besides (entities, events…).
/// </summary>
internal static class M003_Analyses
{
    public static readonly Migration Migration = new(3, "analyses", """
        CREATE TABLE analyses (
            article_id          TEXT PRIMARY KEY NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            pipeline            TEXT NOT NULL,
            analyzed_at         TEXT NOT NULL,
            published           TEXT,
            published_estimated INTEGER NOT NULL,
            published_evidence  TEXT,
            layers              BLOB NOT NULL
        );
        CREATE INDEX analyses_pipeline ON analyses (pipeline);
        """);
}
