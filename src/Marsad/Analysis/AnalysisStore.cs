using System.Globalization;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using Marsad.Documents;
using Marsad.Pipeline;
using Marsad.Storage;

namespace Marsad.Analysis;

/// <summary>
/// Keeps what the pipeline found about articles in the store: for each article the pipeline version, its publication
/// date and every step's stored JSON (so <c>marsad show</c> reads results instead of analysing again), and through each
/// <see cref="IStoredStep"/> the step's own tables (entities, events…) that queries across articles read. A chunk of
/// articles is saved in one transaction; saving an article again replaces what an earlier analysis stored.
/// Same threading rule as the store.
/// </summary>
public sealed class AnalysisStore(MarsadStore store, AnalysisPipeline? pipeline = null)
{
    private static readonly JsonWriterOptions s_layerOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly AnalysisPipeline _pipeline = pipeline ?? MarsadPipeline.Default;

    public AnalysisPipeline Pipeline => _pipeline;

    public void Save(Document document) => Save([document]);

    public void Save(IReadOnlyList<Document> documents)
    {
        if (documents.Count == 0) return;
        using var transaction = store.BeginTransaction();
        Save(documents, transaction);
        transaction.Commit();
    }

    /// <summary>
    /// Saves <paramref name="documents"/> in <paramref name="transaction"/> (the caller commits) and takes them off the
    /// analysis queue. On PostgreSQL saves from several workers take turns (<see cref="SqlDialect.TakeSaveTurn"/>): the
    /// entity counts and the online story index are read and updated in one go, as by SQLite's single writer.
    /// </summary>
    public void Save(IReadOnlyList<Document> documents, StoreTransaction transaction)
    {
        if (documents.Count == 0) return;
        store.Dialect.TakeSaveTurn(transaction);
        var steps = _pipeline.Annotators.OfType<IStoredStep>().ToList();
        var analyzedAt = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        const string upsert = """
            INSERT INTO analyses (article_id, pipeline, analyzed_at, published, published_estimated, published_evidence, layers)
            VALUES ($article, $pipeline, $at, $published, $estimated, $evidence, $layers)
            ON CONFLICT (article_id) DO UPDATE SET pipeline = excluded.pipeline, analyzed_at = excluded.analyzed_at,
                published = excluded.published, published_estimated = excluded.published_estimated,
                published_evidence = excluded.published_evidence, layers = excluded.layers
            """;
        foreach (var document in documents)
        {
            foreach (var step in steps) step.Save(document, transaction);
            var publication = document.GetOrDefault(DocumentLayers.Publication) ?? PublicationDate.FromSource(document.Article);
            transaction.Queue(upsert,
                ("$article", document.Article.Id), ("$pipeline", _pipeline.Version), ("$at", analyzedAt),
                ("$published", publication.Value?.ToString("O", CultureInfo.InvariantCulture)),
                ("$estimated", publication.Estimated ? 1 : 0), ("$evidence", publication.Evidence),
                ("$layers", CompressLayers(document)));
            transaction.Queue("DELETE FROM analysis_queue WHERE article_id = $article", ("$article", document.Article.Id));
        }
        // Their index documents are now behind (entities, events, stories): listed in the same transaction, so the next
        // index update, by this process or another, indexes them even if this one dies before it can.
        transaction.Queue(Search.SearchPending.AddSql, ("$ids", Search.SearchPending.Ids(documents.Select(d => d.Article.Id))));
    }

    /// <summary>The stored analysis of an article, or null when it has not been analysed.</summary>
    public StoredAnalysis? Load(string articleId)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = """
            SELECT pipeline, analyzed_at, published, published_estimated, published_evidence, layers
            FROM analyses WHERE article_id = $article
            """;
        command.Parameters.AddWithValue("$article", articleId);
        using var reader = command.ExecuteReader();
        if (!reader.Read()) return null;
        var published = reader.IsDBNull(2) ? (DateTimeOffset?)null : DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture);
        var publication = new PublicationDate(published, reader.GetInt32(3) == 1, reader.TextOrNull(4));
        using var layers = new ZLibStream(reader.GetStream(5), CompressionMode.Decompress);
        using var json = JsonDocument.Parse(layers);
        return new StoredAnalysis(articleId, reader.GetString(0),
            DateTimeOffset.Parse(reader.GetString(1), CultureInfo.InvariantCulture), publication, json.RootElement.Clone());
    }

    private byte[] CompressLayers(Document document)
    {
        using var buffer = new MemoryStream();
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Fastest, leaveOpen: true))
        using (var writer = new Utf8JsonWriter(zlib, s_layerOptions))
        {
            writer.WriteStartObject();
            foreach (var annotator in _pipeline.Annotators)
            {
                if (annotator is not IJsonContributor { StoredWithAnalysis: true } contributor) continue;
                writer.WriteStartObject(annotator.Name);
                contributor.WriteJson(document, writer);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }
}
