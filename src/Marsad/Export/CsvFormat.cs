using System.Globalization;
using System.Text;
using CsvHelper;

namespace Marsad.Export;

/// <summary>
/// RFC 4180 CSV through CsvHelper, a header row of column names, invariant numbers, booleans as true/false, null as an
/// empty field. UTF-8; with <see cref="ExportOptions.Bom"/> a byte-order mark first, so Excel opens Arabic correctly.
/// </summary>
public sealed class CsvFormat : IExportFormat
{
    public string Name => "csv";

    public string MediaType => "text/csv";

    public string Extension => ".csv";

    public long Write(ITableExport export, IEnumerable<object?[]> rows, Stream output, ExportOptions options)
    {
        using var text = new StreamWriter(output, new UTF8Encoding(options.Bom), bufferSize: 65536, leaveOpen: true);
        using var csv = new CsvWriter(text, CultureInfo.InvariantCulture);
        foreach (var column in export.Columns) csv.WriteField(column.Name);
        csv.NextRecord();
        long count = 0;
        foreach (var row in rows)
        {
            foreach (var value in row)
                csv.WriteField(value switch
                {
                    null => "",
                    string s => s,
                    long l => l.ToString(CultureInfo.InvariantCulture),
                    double d => d.ToString("R", CultureInfo.InvariantCulture),
                    bool b => b ? "true" : "false",
                    _ => Convert.ToString(value, CultureInfo.InvariantCulture),
                });
            csv.NextRecord();
            count++;
        }
        csv.Flush();
        return count;
    }
}
