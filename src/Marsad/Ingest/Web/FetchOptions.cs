namespace Marsad.Ingest.Web;

/// <summary>How web pages and feeds are fetched. The size limit is <see cref="IngestOptions.MaxFileBytes"/>, the same as a file's.</summary>
public sealed record FetchOptions
{
    public static readonly FetchOptions Default = new();

    /// <summary>The whole fetch of one URL, redirects and body included.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Redirects followed before giving up (<c>too-many-redirects</c>).</summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>Hosts fetched even when they resolve to a loopback, private or other non-public address (<c>--allow-host</c>).</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>Pages of a feed fetched at the same time.</summary>
    public int Parallelism { get; init; } = 4;

    public string UserAgent { get; init; } = $"Marsad/{typeof(FetchOptions).Assembly.GetName().Version?.ToString(3) ?? "1.0.0"} (Arabic news analysis)";
}
