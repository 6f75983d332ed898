using Parquet;
using Parquet.Schema;

namespace Marsad.Export;

/// <summary>
/// Apache Parquet through Parquet.Net: typed, nullable columns (text as UTF-8 strings, integers INT64, numbers DOUBLE,
/// booleans), written in row groups of at most <see cref="RowGroupSize"/> rows. Each row's cells go straight into one
/// typed buffer per column, allocated once and reused for every group, so the rows themselves are not kept and memory
/// stays bounded by one group however many rows stream through.
/// </summary>
public sealed class ParquetFormat : IExportFormat
{
    /// <summary>Rows per group: small enough that a group of long article texts stays a few MiB, large enough that
    /// readers see few groups.</summary>
    public const int RowGroupSize = 10_000;

    public string Name => "parquet";

    public string MediaType => "application/vnd.apache.parquet";

    public string Extension => ".parquet";

    public long Write(ITableExport export, IEnumerable<object?[]> rows, Stream output, ExportOptions options) =>
        WriteAsync(export, rows, output).GetAwaiter().GetResult();

    private static async Task<long> WriteAsync(ITableExport export, IEnumerable<object?[]> rows, Stream output)
    {
        var columns = export.Columns;
        var fields = columns.Select(Field).ToArray();
        var buffers = columns.Select(c => Buffer(c.Type)).ToArray();
        // The writer tracks positions itself; a response body or a pipe cannot seek and need not.
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), output);
        var filled = 0;
        long count = 0;
        foreach (var row in rows)
        {
            for (var i = 0; i < buffers.Length; i++) buffers[i].SetValue(row[i], filled);
            filled++;
            count++;
            if (filled == RowGroupSize)
            {
                await WriteGroup(writer, fields, buffers, filled);
                filled = 0;
            }
        }
        if (filled > 0 || count == 0) await WriteGroup(writer, fields, buffers, filled);
        return count;
    }

    private static Array Buffer(ExportType type) => type switch
    {
        ExportType.Text => new string?[RowGroupSize],
        ExportType.Integer => new long?[RowGroupSize],
        ExportType.Number => new double?[RowGroupSize],
        _ => new bool?[RowGroupSize],
    };

    private static async Task WriteGroup(ParquetWriter writer, DataField[] fields, Array[] buffers, int rows)
    {
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < fields.Length; i++)
        {
            switch (buffers[i])
            {
                case string?[] text:
                    await group.WriteAsync(fields[i], new ArraySegment<string>(text!, 0, rows));
                    // Let the group's texts go before the next one fills.
                    Array.Clear(text, 0, rows);
                    break;
                case long?[] integers:
                    await group.WriteAsync(fields[i], new ReadOnlyMemory<long?>(integers, 0, rows));
                    break;
                case double?[] numbers:
                    await group.WriteAsync(fields[i], new ReadOnlyMemory<double?>(numbers, 0, rows));
                    break;
                case bool?[] flags:
                    await group.WriteAsync(fields[i], new ReadOnlyMemory<bool?>(flags, 0, rows));
                    break;
            }
        }
    }

    private static DataField Field(ExportColumn column) => column.Type switch
    {
        ExportType.Text => new DataField<string>(column.Name, nullable: true),
        ExportType.Integer => new DataField<long?>(column.Name),
        ExportType.Number => new DataField<double?>(column.Name),
        _ => new DataField<bool?>(column.Name),
    };
}
