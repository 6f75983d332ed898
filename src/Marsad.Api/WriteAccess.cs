using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;

namespace Marsad.Api;

/// <summary>
/// The gate of every write route: a bearer token equal to MARSAD_API_TOKEN (compared in constant time). Without a
/// configured token writes are off and say how to turn them on, rather than being open to anyone who can connect.
/// </summary>
internal sealed class WriteAccess(MarsadApiOptions options) : IEndpointFilter
{
    private readonly byte[]? _token = options.WriteToken is { Length: > 0 } token ? Encoding.UTF8.GetBytes(token) : null;

    public bool Enabled => _token is not null;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        if (_token is null)
            return ProblemResponses.Problem(StatusCodes.Status403Forbidden, ApiErrors.WritesDisabled,
                $"Writes are off: start `marsad serve` with {MarsadApiOptions.TokenVariable} set to a secret token, then send it as 'Authorization: Bearer TOKEN'.");
        var header = context.HttpContext.Request.Headers.Authorization.ToString();
        const string scheme = "Bearer ";
        var given = header.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) ? Encoding.UTF8.GetBytes(header[scheme.Length..].Trim()) : [];
        if (!CryptographicOperations.FixedTimeEquals(given, _token))
        {
            context.HttpContext.Response.Headers.WWWAuthenticate = "Bearer";
            return ProblemResponses.Problem(StatusCodes.Status401Unauthorized, ApiErrors.Unauthorized,
                "This route writes to the store: send 'Authorization: Bearer TOKEN' with the token the server was started with.");
        }
        return await next(context);
    }
}
