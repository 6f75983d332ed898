namespace Marsad.Ingest.Web;

/// <summary>
/// What one URL answered: the body (decompressed, within the size limit), its media type and declared charset from
/// the Content-Type header, and the URL it came from after redirects — or the problem that kept it from being read.
/// </summary>
public sealed record FetchedResource(Uri Requested, Uri Final, string? MediaType, string? Charset, byte[] Body)
{
    public static FetchOutcome Failed(IngestProblem problem, bool retriable = false) => new(null, problem) { Retriable = retriable };
}

/// <summary>Either a fetched resource or the problem with its URL.</summary>
public sealed record FetchOutcome(FetchedResource? Resource, IngestProblem? Problem)
{
    /// <summary>The failure may pass (a timeout, a refused connection, HTTP 408, 429 or 5xx): worth trying again later.</summary>
    public bool Retriable { get; init; }

    public static implicit operator FetchOutcome(FetchedResource resource) => new(resource, null);
}
