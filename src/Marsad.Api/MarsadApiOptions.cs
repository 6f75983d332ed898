namespace Marsad.Api;

/// <summary>How <c>marsad serve</c> runs: where the data is, who may write, how large a request may be.</summary>
public sealed record MarsadApiOptions
{
    /// <summary>The environment variable holding the bearer token that writes need; unset means writes are off.</summary>
    public const string TokenVariable = "MARSAD_API_TOKEN";

    public const string DefaultUrls = "http://127.0.0.1:5080";

    public required string DataFolder { get; init; }

    /// <summary>A PostgreSQL store (Npgsql connection string) instead of the data folder's SQLite file; null for SQLite.</summary>
    public string? PostgreSql { get; init; }

    public Storage.StoreLocation Location => new(Path.GetFullPath(DataFolder), PostgreSql);

    /// <summary>The bearer token <c>POST</c> routes require; null turns writes off (they answer 403 and say why).</summary>
    public string? WriteToken { get; init; }

    /// <summary>The largest request body accepted (413 above it): 32 MiB, the same order as a large JSON Lines batch.</summary>
    public long MaxRequestBytes { get; init; } = 32L * 1024 * 1024;

    /// <summary>How many read connections are kept open for concurrent requests.</summary>
    public int ReadConnections { get; init; } = Math.Max(2, Environment.ProcessorCount * 2);
}
