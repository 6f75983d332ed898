using Marsad.Storage.Migrations;

namespace Marsad.Entities;

/// <summary>
/// Entities across articles and their mentions. <c>entities.id</c> is the canonical id of <see cref="Entities.EntityId"/>,
/// so re-analysis and other outlets add to the same row. <c>match_key</c> and <c>entity_aliases.alias_key</c> hold
/// matching keys (<see cref="Text.Normalization.MatchingKey"/>) for lookup by any spelling. Mention and sentence offsets
/// are half-open, in UTF-16 code units of <c>articles.text</c>. Counts are kept by the repository when it saves an article.
/// </summary>
internal static class M002_Entities
{
    public static readonly Migration Migration = new(2, "entities", """
        CREATE TABLE entities (
            id            TEXT PRIMARY KEY NOT NULL,
            type          TEXT NOT NULL,
            name_ar       TEXT NOT NULL,
            name_en       TEXT,
            match_key     TEXT NOT NULL,
            known         INTEGER NOT NULL,
            mention_count INTEGER NOT NULL DEFAULT 0,
            article_count INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX entities_type_articles ON entities (type, article_count DESC);
        CREATE INDEX entities_match_key ON entities (match_key);
        CREATE TABLE entity_aliases (
            entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
            alias     TEXT NOT NULL,
            alias_key TEXT NOT NULL,
            PRIMARY KEY (entity_id, alias_key)
        );
        CREATE INDEX entity_aliases_key ON entity_aliases (alias_key);
        CREATE TABLE entity_mentions (
            article_id     TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
            entity_id      TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
            span_start     INTEGER NOT NULL,
            span_end       INTEGER NOT NULL,
            text           TEXT NOT NULL,
            kind           TEXT NOT NULL,
            rule           TEXT NOT NULL,
            confidence     REAL NOT NULL,
            loaded         INTEGER NOT NULL,
            sentence_start INTEGER NOT NULL,
            sentence_end   INTEGER NOT NULL,
            PRIMARY KEY (article_id, span_start, span_end, entity_id)
        );
        CREATE INDEX entity_mentions_entity ON entity_mentions (entity_id, article_id);
        """);
}
