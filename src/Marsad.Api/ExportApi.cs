using Marsad.Export;
using Marsad.Export.Stix;
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
        // A literal segment outranks the {what} parameter: /api/export/stix is the bundle, never a table called stix.
        app.MapGet("/api/export/stix", Stix).WithTags("export").WithName("ExportStix")
            .WithSummary("The cyber incidents (all, or ?incident=ID) as one STIX 2.1 bundle (marsad export stix [--incident ID]).")
            .Produces(StatusCodes.Status200OK, contentType: StixExport.MediaType)
            .ProducesProblem(StatusCodes.Status404NotFound);
        app.MapGet("/api/export/{what}", Export).WithTags("export").WithName("Export")
            .WithSummary("One row per fact (what = " + string.Join(", ", ExportCatalog.Tables.Select(t => t.Name)) + ") as " + string.Join(", ", ExportCatalog.Formats.Select(f => f.Name)) + " (marsad export WHAT --format F; plover for events only), with the filters of the command listing those facts.")
            .Produces(StatusCodes.Status200OK, contentType: "application/x-ndjson", additionalContentTypes: [.. ExportCatalog.Formats.Select(f => f.MediaType)])
            .ProducesProblem(StatusCodes.Status400BadRequest);
        return app;
    }

    public static IResult Export(StoreAccess stores, string what, string? format, bool? bom, string? outlet, string? from, string? to,
        string? type, string? modality, string? actor, string? target, string? speaker)
    {
        // Checked before the first byte goes out, so a bad request is still a ProblemDetails.
        var table = ExportCatalog.Table(what);
        var writer = ExportCatalog.Format(format, table);
        var filter = ExportFilter.Of(new ArticleFilter(outlet, DateBound.From(from), DateBound.To(to)), type, modality, actor, target, speaker);
        ExportCatalog.Check(table, filter);
        var options = new ExportOptions(bom ?? false);
        return new StreamedExport(writer.MediaType, table.Name + writer.Extension, (store, body) => writer.Write(table, table.Rows(store, filter), body, options), stores);
    }

    public static IResult Stix(StoreAccess stores, string? incident)
    {
        // An unknown incident is a 404 ProblemDetails, found before the first byte goes out.
        if (incident is not null && stores.Read(store => StixIncident.Ids(store, incident).Count) == 0)
            throw new ViewException(StixExport.IncidentNotFound, ViewFailure.NotFound, $"No stored incident has the id '{incident}': `marsad incidents` lists them.");
        return new StreamedExport(StixExport.MediaType, "incidents.stix.json", (store, body) => StixExport.Write(store, incident, body), stores);
    }

    /// <summary>Streams an export as it is read from the store, named for download.</summary>
    private sealed class StreamedExport(string mediaType, string fileName, Func<MarsadStore, Stream, long> write, StoreAccess stores) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.ContentType = mediaType;
            httpContext.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
            // The formats write synchronously (CsvHelper, Utf8JsonWriter); through the response's pipe on a pool thread,
            // since the response stream itself refuses synchronous writes.
            await Task.Run(() =>
            {
                using var body = httpContext.Response.BodyWriter.AsStream(leaveOpen: true);
                stores.Read(store => write(store, body));
            }, httpContext.RequestAborted);
            await httpContext.Response.BodyWriter.FlushAsync(httpContext.RequestAborted);
        }
    }
}
