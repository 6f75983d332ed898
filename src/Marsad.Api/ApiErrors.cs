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

    /// <summary>A failure no code covers (a bug); the server log has the details.</summary>
    public const string Internal = "MARSAD-A999";
}
