using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Marsad.Export;

/// <summary>
/// RFC 4180 CSV through CsvHelper, a header row of column names, invariant numbers, booleans as true/false, null as an
/// empty field. UTF-8; with <see cref="ExportOptions.Bom"/> a byte-order mark first, so Excel opens Arabic correctly —
/// and, since the file is then meant for a spreadsheet, a text cell starting with = + - @ (a formula a spreadsheet would
/// run: «=HYPERLINK(…)» in a hostile title) is escaped with a leading apostrophe (CsvHelper's injection escaping). Without
/// the mark the values are written exactly, for R and pandas.
/// </summary>
public sealed class CsvFormat : IExportFormat
{
    public string Name => "csv";

    public string MediaType => "text/csv";

    public string Extension => ".csv";

    public long Write(ITableExport export, IEnumerable<object?[]> rows, Stream output, ExportOptions options)
    {
        using var text = new StreamWriter(output, new UTF8Encoding(options.Bom), bufferSize: 65536, leaveOpen: true);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            InjectionOptions = options.Bom ? InjectionOptions.Escape : InjectionOptions.None,
        };
        using var csv = new CsvWriter(text, configuration);
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
