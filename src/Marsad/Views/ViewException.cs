namespace Marsad.Views;

/// <summary>What kind of failure a <see cref="ViewException"/> is: the CLI maps it to an exit code, the API to an HTTP status.</summary>
public enum ViewFailure
{
    /// <summary>The request itself is wrong (a bad limit, cursor, type or date): CLI usage error, HTTP 400.</summary>
    Invalid,

    /// <summary>Nothing stored answers the request: CLI failure, HTTP 404.</summary>
    NotFound,

    /// <summary>The reference names more than one thing (a short id prefix): CLI failure, HTTP 409.</summary>
    Ambiguous,
}

/// <summary>
/// A request for stored data that cannot be answered, with a stable code that the CLI prints and the API returns as the
/// <c>code</c> of its ProblemDetails, so a script can match either on the same string.
/// </summary>
public sealed class ViewException(string code, ViewFailure failure, string message) : Exception(message)
{
    /// <summary>An argument is out of range or malformed (limit, cursor, entity type, date).</summary>
    public const string InvalidArgument = "MARSAD-V001";

    /// <summary>No stored article has that id, id prefix or source id.</summary>
    public const string ArticleNotFound = "MARSAD-V002";

    /// <summary>An id prefix matches more than one article.</summary>
    public const string AmbiguousArticle = "MARSAD-V003";

    /// <summary>No stored entity has that id or name.</summary>
    public const string EntityNotFound = "MARSAD-V004";

    /// <summary>No story holds that story, cluster or article id.</summary>
    public const string StoryNotFound = "MARSAD-V005";

    public string Code { get; } = code;

    public ViewFailure Failure { get; } = failure;

    public static ViewException Invalid(string message) => new(InvalidArgument, ViewFailure.Invalid, message);
}
