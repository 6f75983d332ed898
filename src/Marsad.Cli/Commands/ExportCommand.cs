using System.CommandLine;
using Marsad.Export;
using Marsad.Storage;
using Marsad.Views;

namespace Marsad.Cli.Commands;

internal static class ExportCommand
{
    public static Command Create()
    {
        var kind = new Argument<string>("WHAT") { Description = $"What to export: {string.Join(", ", ExportCatalog.Tables.Select(t => $"{t.Name} ({t.Description})"))}." };
        var format = new Option<string>("--format") { Description = $"File format: {string.Join(", ", ExportCatalog.Formats.Select(f => f.Name))}.", DefaultValueFactory = _ => "jsonl" };
        var output = new Option<string?>("--out") { Description = "The file to write (standard output when absent)." };
        var bom = new Option<bool>("--bom") { Description = "Start a CSV with a UTF-8 byte-order mark, so Excel reads Arabic correctly." };
        var outlet = new Option<string?>("--outlet") { Description = "Only articles of this outlet." };
        var from = new Option<string?>("--from") { Description = "Only articles published on or after this day (YYYY-MM-DD) or instant." };
        var to = new Option<string?>("--to") { Description = "Only articles published on or before this day (YYYY-MM-DD) or instant." };
        var command = new Command("export", "Write stored facts as a table, one row per fact with its article, outlet, date, sentence and spans; streams in constant memory.")
            { kind, format, output, bom, outlet, from, to };
        command.SetAction(parse => Run(CommandContext.From(parse), parse.GetValue(kind)!, parse.GetValue(format), parse.GetValue(output), parse.GetValue(bom),
            new ArticleFilter(parse.GetValue(outlet), DateBound.From(parse.GetValue(from), "--from"), DateBound.To(parse.GetValue(to), "--to"))));
        return command;
    }

    private static int Run(CommandContext context, string kind, string? formatName, string? output, bool bom, ArticleFilter filter)
    {
        var table = ExportCatalog.Table(kind);
        var format = ExportCatalog.Format(formatName, table);
        using var store = context.OpenExistingStore();
        long rows;
        if (output is null)
        {
            // Text goes through Console.Out (redirectable, and what tests capture); Parquet is bytes, straight to stdout.
            using Stream stdout = format is ParquetFormat ? Console.OpenStandardOutput() : new JsonOutput.ConsoleOutStream();
            rows = format.Write(table, table.Rows(store, filter), stdout, new ExportOptions(bom));
            stdout.Flush();
        }
        else
        {
            // Written beside the target and moved into place: an interrupted export never leaves a half file under the name asked for.
            var partial = output + ".partial";
            using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
                rows = format.Write(table, table.Rows(store, filter), file, new ExportOptions(bom));
            File.Move(partial, output, overwrite: true);
        }
        Console.Error.WriteLine($"exported {rows:N0} {table.Name} rows as {format.Name}{(output is null ? "" : " to " + output)}");
        return ExitCodes.Ok;
    }
}
