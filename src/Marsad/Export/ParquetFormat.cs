using Parquet;
using Parquet.Schema;

namespace Marsad.Export;

/// <summary>
/// Apache Parquet through Parquet.Net: typed, nullable columns (text as UTF-8 strings, integers INT64, numbers DOUBLE,
/// booleans), written in row groups of <see cref="RowGroupSize"/> rows, so memory stays bounded however many rows stream through.
/// </summary>
public sealed class ParquetFormat : IExportFormat
{
    public const int RowGroupSize = 50_000;

    public string Name => "parquet";

    public string MediaType => "application/vnd.apache.parquet";

    public string Extension => ".parquet";

    public long Write(ITableExport export, IEnumerable<object?[]> rows, Stream output, ExportOptions options) =>
        WriteAsync(export, rows, output).GetAwaiter().GetResult();

    private static async Task<long> WriteAsync(ITableExport export, IEnumerable<object?[]> rows, Stream output)
    {
        var columns = export.Columns;
        var fields = columns.Select(Field).ToArray();
        // The writer tracks positions itself; a response body or a pipe cannot seek and need not.
        await using var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), output);
        var batch = new List<object?[]>(RowGroupSize);
        long count = 0;
        foreach (var row in rows)
        {
            batch.Add(row);
            count++;
            if (batch.Count == RowGroupSize) await WriteGroup(writer, fields, columns, batch);
        }
        if (batch.Count > 0 || count == 0) await WriteGroup(writer, fields, columns, batch);
        return count;
    }

    private static async Task WriteGroup(ParquetWriter writer, DataField[] fields, IReadOnlyList<ExportColumn> columns, List<object?[]> batch)
    {
        using var group = writer.CreateRowGroup();
        for (var i = 0; i < fields.Length; i++)
        {
            var column = i;
            switch (columns[i].Type)
            {
                case ExportType.Text:
                    await group.WriteAsync(fields[i], batch.Select(r => (string?)r[column]).ToArray()!);
                    break;
                case ExportType.Integer:
                    await group.WriteAsync(fields[i], new ReadOnlyMemory<long?>([.. batch.Select(r => (long?)r[column])]));
                    break;
                case ExportType.Number:
                    await group.WriteAsync(fields[i], new ReadOnlyMemory<double?>([.. batch.Select(r => (double?)r[column])]));
                    break;
                case ExportType.Boolean:
                    await group.WriteAsync(fields[i], new ReadOnlyMemory<bool?>([.. batch.Select(r => (bool?)r[column])]));
                    break;
            }
        }
        batch.Clear();
    }

    private static DataField Field(ExportColumn column) => column.Type switch
    {
        ExportType.Text => new DataField<string>(column.Name, nullable: true),
        ExportType.Integer => new DataField<long?>(column.Name),
        ExportType.Number => new DataField<double?>(column.Name),
        _ => new DataField<bool?>(column.Name),
    };
}
