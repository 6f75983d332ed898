namespace Marsad.Storage;

/// <summary>A failure of the data folder or database, with a stable code users can search for.</summary>
public sealed class MarsadStoreException(string code, string message, Exception? inner = null)
    : Exception($"{code}: {message}", inner)
{
    /// <summary>The data folder or database cannot be created or opened.</summary>
    public const string CannotOpen = "MARSAD-S001";

    /// <summary>The database was written by a newer Marsad (its schema version is unknown here).</summary>
    public const string NewerSchema = "MARSAD-S002";

    /// <summary>Writing a chunk of articles failed; earlier chunks stay committed.</summary>
    public const string WriteFailed = "MARSAD-S003";

    public string Code { get; } = code;
}
