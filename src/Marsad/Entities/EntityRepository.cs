using System.Globalization;
using Marsad.Documents;
using Marsad.Entities.Gazetteer;
using Marsad.Storage;
using Marsad.Text;
using Marsad.Text.Normalization;
using Marsad.Text.Sentences;
using System.Data.Common;
using System.Text.Json;

namespace Marsad.Entities;

/// <summary>
/// Entities and mentions in the store (tables of migration M002). Saving an article replaces its mentions, so
/// re-analysis is idempotent; entity counts move by the difference between the article's old and new mentions, so a
/// save costs the same whatever the size of the store. Commands are prepared once per transaction (chunk).
/// Uses the store's single connection: same threading rule as <see cref="MarsadStore"/>.
/// </summary>
public sealed class EntityRepository(MarsadStore store, EntityGazetteer? gazetteer = null)
{
    private readonly EntityGazetteer _gazetteer = gazetteer ?? EntityGazetteer.Default;

    private DbConnection Connection => store.Connection;

    /// <summary>Saves the entities layer of an analysed document (it needs the sentences layer for sentence spans).</summary>
    public void SaveArticleEntities(Document document)
    {
        using var transaction = store.BeginTransaction();
        SaveArticleEntities(document, transaction);
        transaction.Commit();
    }

    /// <summary>Saves within <paramref name="transaction"/>, as the analysis store does for a whole chunk.</summary>
    public void SaveArticleEntities(Document document, StoreTransaction transaction) =>
        SaveArticleEntities(document.Article.Id, document.Get(EntityLayers.Entities), document.Get(TextLayers.Sentences), transaction);

    public void SaveArticleEntities(string articleId, ArticleEntities entities, IReadOnlyList<Sentence> sentences, StoreTransaction transaction)
    {
        ArgumentNullException.ThrowIfNull(entities);
        // Counts move by what this article adds and takes away, so a save costs the same however big the store is
        // (no recount of every touched entity's mentions across the corpus).
        var before = new Dictionary<string, int>(StringComparer.Ordinal);
        var old = transaction.Prepared("SELECT entity_id, count(*) FROM entity_mentions WHERE article_id = $article GROUP BY entity_id");
        Set(old, ("$article", articleId));
        using (var reader = old.ExecuteReader())
            while (reader.Read()) before[reader.GetString(0)] = reader.GetInt32(1);
        if (before.Count > 0) transaction.Queue("DELETE FROM entity_mentions WHERE article_id = $article", ("$article", articleId));

        // Writes are queued (one round trip per chunk on PostgreSQL); a mention counts once per key of entity_mentions,
        // as its ON CONFLICT DO NOTHING stores it once.
        var after = new Dictionary<string, int>(StringComparer.Ordinal);
        var stored = new HashSet<(int, int, string)>();
        foreach (var entity in entities.Entities)
        {
            transaction.Queue("""
                INSERT INTO entities (id, type, name_ar, name_en, match_key, known) VALUES ($id, $type, $name_ar, $name_en, $key, $known)
                ON CONFLICT (id) DO UPDATE SET
                    name_ar = CASE WHEN excluded.known = 1 OR length(excluded.name_ar) > length(entities.name_ar) THEN excluded.name_ar ELSE entities.name_ar END,
                    match_key = CASE WHEN excluded.known = 1 OR length(excluded.name_ar) > length(entities.name_ar) THEN excluded.match_key ELSE entities.match_key END,
                    name_en = coalesce(excluded.name_en, entities.name_en)
                """, ("$id", entity.Id), ("$type", entity.Type.ToString()), ("$name_ar", entity.NameAr), ("$name_en", entity.NameEn),
                ("$key", KeyOf(entity.NameAr)), ("$known", entity.Known ? 1 : 0));
            var inserted = 0;
            foreach (var mention in entity.Mentions)
            {
                var sentence = mention.SentenceIndex < sentences.Count ? sentences[mention.SentenceIndex].Span : mention.Span;
                transaction.Queue("""
                    INSERT INTO entity_mentions (article_id, entity_id, span_start, span_end, text, kind, rule, confidence, loaded, sentence_start, sentence_end)
                    VALUES ($article, $id, $start, $end, $text, $kind, $rule, $confidence, $loaded, $sentence_start, $sentence_end)
                    ON CONFLICT DO NOTHING
                    """, ("$article", articleId), ("$id", entity.Id), ("$start", mention.Span.Start), ("$end", mention.Span.End),
                    ("$text", mention.Text), ("$kind", mention.Kind.ToString()), ("$rule", mention.Rule), ("$confidence", mention.Confidence),
                    ("$loaded", mention.Loaded ? 1 : 0), ("$sentence_start", sentence.Start), ("$sentence_end", sentence.End));
                if (stored.Add((mention.Span.Start, mention.Span.End, entity.Id))) inserted++;
                if (mention.Kind is MentionKind.Name or MentionKind.ShortName or MentionKind.LoadedTerm or MentionKind.Description)
                {
                    var display = ArabicNormalizer.Normalize(mention.Text).Text;
                    transaction.Queue("INSERT INTO entity_aliases (entity_id, alias, alias_key) VALUES ($id, $alias, $key) ON CONFLICT DO NOTHING",
                        ("$id", entity.Id), ("$alias", display), ("$key", KeyOf(display)));
                }
            }
            after[entity.Id] = after.GetValueOrDefault(entity.Id) + inserted;
        }

        foreach (var id in before.Keys.Union(after.Keys))
        {
            var was = before.GetValueOrDefault(id);
            var now = after.GetValueOrDefault(id);
            if (was == now) continue;
            transaction.Queue("UPDATE entities SET mention_count = mention_count + $mentions, article_count = article_count + $articles WHERE id = $id",
                ("$id", id), ("$mentions", now - was), ("$articles", (now > 0 ? 1 : 0) - (was > 0 ? 1 : 0)));
            if (now == 0) transaction.Queue("DELETE FROM entities WHERE id = $id AND mention_count <= 0", ("$id", id));
        }
    }

    /// <summary>Entities by the number of articles that mention them, then mentions; optionally of one type.</summary>
    public IReadOnlyList<StoredEntity> List(EntityType? type = null, int limit = 50)
    {
        using var command = Command(null, $"""
            SELECT id, type, name_ar, name_en, known, mention_count, article_count FROM entities
            {(type is null ? "" : "WHERE type = $type")}
            ORDER BY article_count DESC, mention_count DESC, id LIMIT $limit
            """);
        if (type is not null) command.Parameters.AddWithValue("$type", type.ToString());
        command.Parameters.AddWithValue("$limit", limit);
        return ReadEntities(command);
    }

    public StoredEntity? Get(string id)
    {
        using var command = Command(null, "SELECT id, type, name_ar, name_en, known, mention_count, article_count FROM entities WHERE id = $id");
        command.Parameters.AddWithValue("$id", id);
        return ReadEntities(command).FirstOrDefault();
    }

    /// <summary>
    /// Entities called <paramref name="name"/>: by id, English name, Arabic name or any alias seen (compared on matching
    /// keys, so hamza and ى/ة spellings agree), or any name the gazetteer lists for a stored entity (Blinken, بلينكن).
    /// </summary>
    public IReadOnlyList<StoredEntity> FindByName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = KeyOf(name);
        using var command = Command(null, """
            SELECT id, type, name_ar, name_en, known, mention_count, article_count FROM entities
            WHERE id = $name OR id = $gazetteer OR match_key = $key OR lower(name_en) = lower($name)
               OR id IN (SELECT entity_id FROM entity_aliases WHERE alias_key = $key)
            ORDER BY article_count DESC, mention_count DESC, id
            """);
        command.Parameters.AddWithValue("$name", name.Trim());
        command.Parameters.AddWithValue("$key", key);
        command.Parameters.AddWithValue("$gazetteer", (object?)_gazetteer.FindByName(name)?.Id ?? DBNull.Value);
        return ReadEntities(command);
    }

    /// <summary>Mentions of an entity, newest article first, each with its sentence from the stored article text.</summary>
    public IReadOnlyList<StoredMention> Mentions(string entityId, int limit = 100)
    {
        using var command = Command(null, """
            SELECT m.article_id, a.outlet, a.title, a.published, m.span_start, m.span_end, m.text, m.kind, m.rule, m.confidence,
                   m.loaded, m.sentence_start, m.sentence_end, a.text
            FROM entity_mentions m JOIN articles a ON a.id = m.article_id
            WHERE m.entity_id = $id
            ORDER BY a.published_utc DESC NULLS LAST, m.article_id, m.span_start
            LIMIT $limit
            """);
        command.Parameters.AddWithValue("$id", entityId);
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var mentions = new List<StoredMention>();
        while (reader.Read())
        {
            var text = reader.GetString(13);
            var sentenceStart = Math.Clamp(reader.GetInt32(11), 0, text.Length);
            var sentenceEnd = Math.Clamp(reader.GetInt32(12), sentenceStart, text.Length);
            mentions.Add(new StoredMention(
                reader.GetString(0),
                reader.TextOrNull(1),
                reader.TextOrNull(2),
                reader.TimeOrNull(3),
                reader.GetInt32(4), reader.GetInt32(5), reader.GetString(6),
                Enum.Parse<MentionKind>(reader.GetString(7)), reader.GetString(8), reader.GetDouble(9), reader.GetInt32(10) == 1,
                sentenceStart, sentenceEnd, text[sentenceStart..sentenceEnd]));
        }
        return mentions;
    }

    /// <summary>
    /// The entities mentioned in <paramref name="articleIds"/> other than <paramref name="except"/>, the one in most of
    /// those articles first (ties by id), at most <paramref name="limit"/>. The caller chooses the articles: counting
    /// over every article of the most mentioned entity (5,000 of 30,000) took 130 ms of CPU, too much for a page.
    /// </summary>
    public IReadOnlyList<CoOccurrence> CoOccurring(IReadOnlyCollection<string> articleIds, IReadOnlyCollection<string> except, int limit)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        ArgumentNullException.ThrowIfNull(except);
        if (articleIds.Count == 0 || limit < 1) return [];
        using var command = Command(null, """
            SELECT e.id, e.type, e.name_ar, e.name_en, count(DISTINCT m.article_id) AS n
            FROM entity_mentions m JOIN entities e ON e.id = m.entity_id
            WHERE m.article_id IN (SELECT value FROM json_each($articles))
              AND m.entity_id NOT IN (SELECT value FROM json_each($except))
            GROUP BY e.id, e.type, e.name_ar, e.name_en
            ORDER BY n DESC, e.id LIMIT $limit
            """);
        command.Parameters.AddWithValue("$articles", JsonSerializer.Serialize(articleIds.Distinct(StringComparer.Ordinal)));
        command.Parameters.AddWithValue("$except", JsonSerializer.Serialize(except));
        command.Parameters.AddWithValue("$limit", limit);
        using var reader = command.ExecuteReader();
        var found = new List<CoOccurrence>();
        while (reader.Read())
            found.Add(new CoOccurrence(reader.GetString(0), Enum.Parse<EntityType>(reader.GetString(1)), reader.GetString(2),
                reader.TextOrNull(3), Convert.ToInt32(reader.GetValue(4), CultureInfo.InvariantCulture)));
        return found;
    }

    private IReadOnlyList<StoredEntity> ReadEntities(DbCommand command)
    {
        var rows = new List<(string Id, EntityType Type, string NameAr, string? NameEn, bool Known, long Mentions, long Articles)>();
        using (var reader = command.ExecuteReader())
            while (reader.Read())
                rows.Add((reader.GetString(0), Enum.Parse<EntityType>(reader.GetString(1)), reader.GetString(2),
                    reader.TextOrNull(3), reader.GetInt32(4) == 1, reader.GetInt64(5), reader.GetInt64(6)));
        return rows.Select(r => new StoredEntity(r.Id, r.Type, r.NameAr, r.NameEn, r.Known, r.Mentions, r.Articles, Aliases(r.Id))).ToList();
    }

    private IReadOnlyList<string> Aliases(string id)
    {
        using var command = Command(null, "SELECT alias FROM entity_aliases WHERE entity_id = $id ORDER BY alias");
        command.Parameters.AddWithValue("$id", id);
        using var reader = command.ExecuteReader();
        var aliases = new List<string>();
        while (reader.Read()) aliases.Add(reader.GetString(0));
        return aliases;
    }

    private static string KeyOf(string name) => PhraseKey.Join(PhraseKey.Split(name));

    private DbCommand Command(DbTransaction? transaction, string sql)
    {
        var command = Connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command;
    }

    private static void Set(DbCommand command, params (string Name, object? Value)[] values) => StoreTransaction.Set(command, values);
}
