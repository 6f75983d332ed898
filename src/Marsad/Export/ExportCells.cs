using System.Data.Common;
using System.Globalization;
using Marsad.Stories;
using Microsoft.Data.Sqlite;

namespace Marsad.Export;

/// <summary>Reading a stored cell as the value kinds of <see cref="ExportType"/> (null stays null; text through <see cref="Storage.StoredCells"/>).</summary>
internal static class ExportCells
{
    public static long? IntegerAt(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt64(ordinal);

    /// <summary>A day of the stories tables (<see cref="StoryClock"/>: days since 1970-01-01), as yyyy-MM-dd.</summary>
    public static string? DayAt(DbDataReader reader, int ordinal) =>
        reader.IsDBNull(ordinal) ? null : StoryClock.Date(reader.GetInt32(ordinal)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Where(IReadOnlyList<string> conditions) => conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);
}
