namespace Marsad.Api;

/// <summary>Stable codes of failures only the API has (the query failures share the CLI's <see cref="Views.ViewException"/> codes).</summary>
public static class ApiErrors
{
    /// <summary>A write without a valid bearer token.</summary>
    public const string Unauthorized = "MARSAD-A001";

    /// <summary>A write while MARSAD_API_TOKEN was not set when the server started.</summary>
    public const string WritesDisabled = "MARSAD-A002";

    /// <summary>The request body is over the size limit.</summary>
    public const string TooLarge = "MARSAD-A003";

    /// <summary>The request body is of a kind the route does not read.</summary>
    public const string UnsupportedMediaType = "MARSAD-A004";

    /// <summary>A request the server cannot read (a malformed body or query value).</summary>
    public const string BadRequest = "MARSAD-A005";

    /// <summary>No route answers this path and method.</summary>
    public const string NoSuchRoute = "MARSAD-A006";

    /// <summary>The code of a problem the framework itself reports (routing, binding), chosen by its status.</summary>
    public static string ForStatus(int status) => status switch
    {
        401 => Unauthorized,
        404 or 405 => NoSuchRoute,
        413 => TooLarge,
        415 => UnsupportedMediaType,
        >= 500 => Internal,
        _ => BadRequest,
    };

    /// <summary>A failure no code covers (a bug); the server log has the details.</summary>
    public const string Internal = "MARSAD-A999";
}
