using Marsad.Analysis;
using Marsad.Ingest;
using Marsad.Reporting;
using Marsad.Search;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Api;

/// <summary>
/// The write routes: <c>POST /api/ingest</c> and <c>POST /api/analyze</c>, behind the bearer token
/// (<see cref="WriteAccess"/>), one at a time on the store's single writer. Each stored chunk is indexed for search
/// as it commits (<see cref="SearchIndexing"/>), so a search right after a write finds it; when the index could not be
/// kept up to date the response says why in <c>X-Marsad-Index-Warning</c>, as <c>/api/search</c> does.
/// </summary>
public static class IngestApi
{
    public static IEndpointRouteBuilder MapIngestApi(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api").WithTags("writes").AddEndpointFilter<WriteAccess>()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        group.MapPost("/ingest", Ingest).WithName("Ingest")
            .Accepts<string>(false, "application/x-ndjson", [.. Uploads.BodyTypes])
            .WithSummary("Store articles from a JSON Lines, text or HTML body or multipart files (marsad ingest --json).");
        group.MapPost("/analyze", Analyze).WithName("Analyze")
            .Accepts<string>(false, "application/x-ndjson", [.. Uploads.BodyTypes])
            .WithSummary("Store and analyse articles, answering every analysed article object and a summary (marsad analyze --json).");
        return app;
    }

    public const string IndexWarningHeader = "X-Marsad-Index-Warning";

    public static async Task<JsonView> Ingest(HttpRequest request, HttpResponse response, StoreAccess stores, MarsadApiOptions options, CancellationToken cancellationToken)
    {
        var folder = await Uploads.SaveAsync(request, stores.DataFolder, options.MaxRequestBytes, cancellationToken);
        var summary = await stores.WriteAsync(store =>
        {
            using var search = new SearchIndexing(store);
            var result = new Ingestor(store) { ChunkCommitted = (chunk, _) => search.Update(chunk.Select(a => a.Id)) }
                .Ingest([folder], cancellationToken: cancellationToken);
            Warn(response, search);
            return result;
        }, cancellationToken);
        return new JsonView(w =>
        {
            w.WriteStartObject();
            IngestSummaryJson.WriteFields(summary, w);
            w.WriteEndObject();
        });
    }

    public static async Task<JsonView> Analyze(HttpRequest request, HttpResponse response, StoreAccess stores, MarsadApiOptions options, CancellationToken cancellationToken)
    {
        var folder = await Uploads.SaveAsync(request, stores.DataFolder, options.MaxRequestBytes, cancellationToken);
        var pipeline = MarsadPipeline.Default;
        var writer = new ArticleJsonWriter(pipeline);
        // The article objects are written as each chunk is analysed, into a buffer the response sends once the
        // write lock is released (a response body must not hold the store's writer).
        var buffer = new MemoryStream();
        var totals = new AnalysisTotals();
        var summary = await stores.WriteAsync(store =>
        {
            using var search = new SearchIndexing(store);
            using var json = new System.Text.Json.Utf8JsonWriter(buffer, Views.ViewJson.Options with { Indented = false });
            json.WriteStartArray();
            var result = new AnalyzingIngest(store, pipeline)
            {
                Analyzed = documents =>
                {
                    // Indexed after saving: entity facets and filters read what was just stored.
                    search.Update(documents.Select(d => d.Article.Id));
                    foreach (var d in documents) writer.Write(d, json);
                },
            }.Run([folder], totals, cancellationToken: cancellationToken);
            json.WriteEndArray();
            Warn(response, search);
            return result;
        }, cancellationToken);
        return new JsonView(w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("articles");
            w.WriteRawValue(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), skipInputValidation: true);
            w.WriteStartObject("summary");
            IngestSummaryJson.WriteFields(summary, w);
            totals.WriteFields(w);
            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    private static void Warn(HttpResponse response, SearchIndexing search)
    {
        if (search.Warning is { } warning) response.Headers[IndexWarningHeader] = warning;
    }
}
