using System.Reflection;
using System.Text.Json;
using Marsad.Views;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Builder;

namespace Marsad.Api;

/// <summary>
/// A typed result that writes a library view (<see cref="ArticlesView"/>, <see cref="StatsView"/>…) with the same writer
/// options as the CLI's <c>--json</c>, so a route and the command it mirrors return the same bytes.
/// </summary>
public sealed class JsonView(Action<Utf8JsonWriter> write, int statusCode = StatusCodes.Status200OK)
    : IResult, IStatusCodeHttpResult, IContentTypeHttpResult, IEndpointMetadataProvider
{
    public const string MediaType = "application/json";

    public int? StatusCode => statusCode;

    public string ContentType => MediaType + "; charset=utf-8";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.StatusCode = statusCode;
        httpContext.Response.ContentType = ContentType;
        await using var writer = new Utf8JsonWriter(httpContext.Response.BodyWriter, ViewJson.Options);
        write(writer);
        await writer.FlushAsync(httpContext.RequestAborted);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(JsonElement), [MediaType]));
}
