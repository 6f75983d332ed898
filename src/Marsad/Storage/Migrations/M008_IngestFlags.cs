namespace Marsad.Storage.Migrations;

/// <summary>
/// <c>articles.flags</c>: what reading repaired or could not settle for the article (a JSON array of problem codes such
/// as <c>invalid-utf8</c>), so an analyst can find every stored text that is not exactly what the source said.
/// NULL for an article read cleanly.
/// </summary>
internal static class M008_IngestFlags
{
    public static readonly Migration Migration = new(8, "article ingest flags", """
        ALTER TABLE articles ADD COLUMN flags TEXT;
        """);
}
