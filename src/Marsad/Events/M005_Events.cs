using Marsad.Storage.Migrations;

namespace Marsad.Events;

/// <summary>
/// Events and cyber incidents across articles. <c>events</c> holds one row per event of an article (its mentions merged;
/// every mention's trigger and sentence in <c>mentions_json</c>); offsets are half-open UTF-16 code units of
/// <c>articles.text</c>. <c>incidents</c> holds one row per incident across articles (same victim, initiator and month:
/// <c>key</c>), <c>incident_articles</c> each article that reports it with the article's own incident object.
/// </summary>
internal static class M005_Events
{
    public static readonly Migration Migration = new(5, "events", """
        CREATE TABLE events (
            article_id          TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            id                  TEXT NOT NULL,
            type                TEXT NOT NULL,
            mode                TEXT,
            cameo               TEXT,
            contexts            TEXT NOT NULL,
            modality            TEXT NOT NULL,
            attributed_entity_id TEXT,
            attributed_text     TEXT,
            source_entity_id    TEXT,
            source_text         TEXT,
            source_start        INTEGER,
            source_end          INTEGER,
            source_country      TEXT,
            source_sector       TEXT,
            target_entity_id    TEXT,
            target_text         TEXT,
            target_start        INTEGER,
            target_end          INTEGER,
            target_country      TEXT,
            target_sector       TEXT,
            location_entity_id  TEXT,
            location_text       TEXT,
            date                TEXT,
            trigger_text        TEXT NOT NULL,
            trigger_start       INTEGER NOT NULL,
            trigger_end         INTEGER NOT NULL,
            sentence_start      INTEGER NOT NULL,
            sentence_end        INTEGER NOT NULL,
            mention_count       INTEGER NOT NULL,
            mentions_json       TEXT NOT NULL,
            PRIMARY KEY (article_id, id)
        );
        CREATE INDEX events_type ON events (type, article_id);
        CREATE INDEX events_source ON events (source_entity_id);
        CREATE INDEX events_target ON events (target_entity_id);
        CREATE TABLE incidents (
            id                   TEXT PRIMARY KEY NOT NULL,
            victim_entity_id     TEXT,
            victim_text          TEXT NOT NULL,
            victim_country       TEXT,
            initiator_entity_id  TEXT,
            initiator_text       TEXT,
            initiator_country    TEXT,
            date                 TEXT
        );
        CREATE TABLE incident_articles (
            incident_id  TEXT NOT NULL REFERENCES incidents (id) ON DELETE CASCADE,
            article_id   TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            local_id     TEXT NOT NULL,
            json         TEXT NOT NULL,
            PRIMARY KEY (incident_id, article_id, local_id)
        );
        CREATE INDEX incident_articles_article ON incident_articles (article_id);
        """);
}
