namespace Marsad.Export;

/// <summary>Options every format may honour.</summary>
public sealed record ExportOptions(bool Bom = false);

/// <summary>
/// A file format a table export can be written in. A format that fits only some exports (PLOVER for events) says so in
/// <see cref="Supports"/>. Writing streams: a format holds at most a bounded batch of rows (a Parquet row group).
/// </summary>
public interface IExportFormat
{
    /// <summary>The <c>--format</c> / <c>format=</c> value.</summary>
    string Name { get; }

    string MediaType { get; }

    string Extension { get; }

    bool Supports(ITableExport export) => true;

    /// <summary>Writes the rows; returns how many were written.</summary>
    long Write(ITableExport export, IEnumerable<object?[]> rows, Stream output, ExportOptions options);
}
