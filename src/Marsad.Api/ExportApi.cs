using Marsad.Export;
using Marsad.Storage;
using Marsad.Views;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Marsad.Api;

/// <summary><c>/api/export/{what}</c>: the exports of <c>marsad export</c>, streamed as they are read.</summary>
public static class ExportApi
{
    public static IEndpointRouteBuilder MapExportApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/export/{what}", Export).WithTags("export").WithName("Export")
            .WithSummary("One row per fact (what = " + string.Join(", ", ExportCatalog.Tables.Select(t => t.Name)) + ") as jsonl, csv or parquet (marsad export WHAT --format F).")
            .Produces(StatusCodes.Status200OK, contentType: "application/x-ndjson", additionalContentTypes: [.. ExportCatalog.Formats.Select(f => f.MediaType)])
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    public static IResult Export(StoreAccess stores, string what, string? format, bool? bom, string? outlet, string? from, string? to)
    {
        // Checked before the first byte goes out, so a bad request is still a ProblemDetails.
        var table = ExportCatalog.Table(what);
        var writer = ExportCatalog.Format(format, table);
        var filter = new ArticleFilter(outlet, DateBound.From(from), DateBound.To(to));
        return new ExportResult(stores, table, writer, filter, new ExportOptions(bom ?? false));
    }

    /// <summary>Streams an export as it is read from the store, named for download.</summary>
    private sealed class ExportResult(StoreAccess stores, ITableExport table, IExportFormat format, ArticleFilter filter, ExportOptions options) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.ContentType = format.MediaType;
            httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{table.Name}{format.Extension}\"";
            // The formats write synchronously (CsvHelper, Utf8JsonWriter); through the response's pipe on a pool thread,
            // since the response stream itself refuses synchronous writes.
            await Task.Run(() =>
            {
                using var body = httpContext.Response.BodyWriter.AsStream(leaveOpen: true);
                stores.Read(store => format.Write(table, table.Rows(store, filter), body, options));
            }, httpContext.RequestAborted);
            await httpContext.Response.BodyWriter.FlushAsync(httpContext.RequestAborted);
        }
    }
}
