using Marsad.Storage;
using Marsad.Views;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Logging;

namespace Marsad.Api;

/// <summary>
/// Every failure as RFC 9457 ProblemDetails carrying the stable <c>code</c> the CLI prints for the same failure
/// (<c>MARSAD-V002</c> for an unknown article…), so scripts match one string whichever way they ask.
/// </summary>
internal static class ProblemResponses
{
    public static IResult Problem(int status, string code, string detail, string? title = null) =>
        TypedResults.Problem(new ProblemDetails
        {
            Status = status,
            Title = title ?? TitleOf(status),
            Detail = detail,
            Type = $"https://marsad.invalid/problems/{code}",
            Extensions = { ["code"] = code },
        });

    public static (int Status, string Code) Classify(Exception exception) => exception switch
    {
        ViewException { Failure: ViewFailure.Invalid } v => (StatusCodes.Status400BadRequest, v.Code),
        ViewException { Failure: ViewFailure.NotFound } v => (StatusCodes.Status404NotFound, v.Code),
        ViewException v => (StatusCodes.Status409Conflict, v.Code),
        MarsadStoreException s => (StatusCodes.Status503ServiceUnavailable, s.Code),
        BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge } => (StatusCodes.Status413PayloadTooLarge, ApiErrors.TooLarge),
        BadHttpRequestException { StatusCode: StatusCodes.Status415UnsupportedMediaType } => (StatusCodes.Status415UnsupportedMediaType, ApiErrors.UnsupportedMediaType),
        BadHttpRequestException b => (b.StatusCode, ApiErrors.BadRequest),
        _ => (StatusCodes.Status500InternalServerError, ApiErrors.Internal),
    };

    private static string TitleOf(int status) => status switch
    {
        400 => "Bad request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not found",
        409 => "Ambiguous",
        413 => "Request too large",
        415 => "Unsupported media type",
        503 => "Store unavailable",
        _ => "Server error",
    };

    /// <summary>Turns an exception that escaped a handler into its ProblemDetails; a bug's message stays in the log.</summary>
    internal sealed class Handler(ILogger<Handler> log) : IExceptionHandler
    {
        public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
        {
            var (status, code) = Classify(exception);
            if (status >= 500) log.LogError(exception, "{Code} on {Path}", code, httpContext.Request.Path);
            var detail = status == StatusCodes.Status500InternalServerError
                ? "An internal error occurred; the server log has the details."
                : exception.Message;
            await Problem(status, code, detail).ExecuteAsync(httpContext);
            return true;
        }
    }
}
