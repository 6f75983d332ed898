using System.Data.Common;
using System.Globalization;

namespace Marsad.Storage;

/// <summary>
/// Reading a nullable stored cell, the same way in every repository: SQL NULL is null, and a stored time (written with
/// its offset, <see cref="DateTimeOffset"/>'s round-trip form) is read back as UTC when a row lacks the offset, never as
/// the machine's local time.
/// </summary>
public static class StoredCells
{
    public static string? TextOrNull(this DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    public static DateTimeOffset? TimeOrNull(this DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : ParseTime(reader.GetString(ordinal));

    public static DateTimeOffset ParseTime(string stored) =>
        DateTimeOffset.Parse(stored, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
}
