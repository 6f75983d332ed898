using System.Text.Json;
using Marsad.Views;

namespace Marsad.Export;

/// <summary>JSON Lines: one object per row, keys the column names, Arabic unescaped (what pandas' <c>read_json(lines=True)</c> and jq read).</summary>
public sealed class JsonLinesFormat : IExportFormat
{
    public string Name => "jsonl";

    public string MediaType => "application/x-ndjson";

    public string Extension => ".jsonl";

    public long Write(ITableExport export, IEnumerable<object?[]> rows, Stream output, ExportOptions options)
    {
        var columns = export.Columns;
        var names = columns.Select(c => JsonEncodedText.Encode(c.Name)).ToArray();
        return Lines(rows, output, (writer, row) =>
        {
            writer.WriteStartObject();
            for (var i = 0; i < names.Length; i++)
            {
                switch (row[i])
                {
                    case null: writer.WriteNull(names[i]); break;
                    case string s: writer.WriteString(names[i], s); break;
                    case long l: writer.WriteNumber(names[i], l); break;
                    case double d: writer.WriteNumber(names[i], d); break;
                    case bool b: writer.WriteBoolean(names[i], b); break;
                    default: throw new InvalidOperationException($"Column {columns[i].Name} of {export.Name} holds a {row[i]!.GetType().Name}.");
                }
            }
            writer.WriteEndObject();
        });
    }

    /// <summary>One JSON value per row, each on its own line (also PLOVER's records); returns how many.</summary>
    internal static long Lines(IEnumerable<object?[]> rows, Stream output, Action<Utf8JsonWriter, object?[]> write)
    {
        using var writer = new Utf8JsonWriter(output, ViewJson.Options with { Indented = false });
        long count = 0;
        foreach (var row in rows)
        {
            write(writer, row);
            writer.Flush();
            output.WriteByte((byte)'\n');
            // A JSON writer holds one value; each line is a fresh one.
            writer.Reset();
            count++;
        }
        writer.Flush();
        return count;
    }
}
