using Marsad.Storage.Migrations;

namespace Marsad.Quotes;

/// <summary>
/// Quotes of analysed articles, one row per quote (<see cref="QuoteRepository"/>): the quoted span and text, kind
/// (direct/indirect), the cue, the speaker (entity id, null for an unnamed source, and the words and span that name it)
/// and the sentence it starts in. Offsets are half-open, in UTF-16 code units of <c>articles.text</c>. Re-analysing an
/// article replaces its rows.
/// </summary>
internal static class M004_Quotes
{
    public static readonly Migration Migration = new(4, "quotes", """
        CREATE TABLE quotes (
            article_id        TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            id                TEXT NOT NULL,
            span_start        INTEGER NOT NULL,
            span_end          INTEGER NOT NULL,
            text              TEXT NOT NULL,
            kind              TEXT NOT NULL,
            cue_text          TEXT,
            cue_start         INTEGER,
            cue_end           INTEGER,
            speaker_entity_id TEXT,
            speaker_text      TEXT,
            speaker_start     INTEGER,
            speaker_end       INTEGER,
            sentence_start    INTEGER NOT NULL,
            sentence_end      INTEGER NOT NULL,
            PRIMARY KEY (article_id, id)
        );
        CREATE INDEX quotes_speaker ON quotes (speaker_entity_id, article_id);
        """);
}
