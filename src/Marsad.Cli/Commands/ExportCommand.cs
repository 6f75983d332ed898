using System.CommandLine;
using Marsad.Export;
using Marsad.Export.Stix;
using Marsad.Storage;
using Marsad.Views;

namespace Marsad.Cli.Commands;

internal static class ExportCommand
{
    public static Command Create()
    {
        var kind = new Argument<string>("WHAT")
        {
            Description = $"What to export: {string.Join(", ", ExportCatalog.Tables.Select(t => $"{t.Name} ({t.Description})"))}; or stix (one STIX 2.1 bundle of the cyber incidents).",
        };
        var format = new Option<string?>("--format") { Description = $"File format: {string.Join(", ", ExportCatalog.Formats.Select(f => f.Name))} (default jsonl; plover fits events only)." };
        var output = new Option<string?>("--out") { Description = "The file to write (standard output when absent)." };
        var bom = new Option<bool>("--bom") { Description = "Start a CSV with a UTF-8 byte-order mark, so Excel reads Arabic correctly." };
        var outlet = new Option<string?>("--outlet") { Description = "Only articles of this outlet." };
        var from = new Option<string?>("--from") { Description = "Only articles published on or after this day (YYYY-MM-DD) or instant." };
        var to = new Option<string?>("--to") { Description = "Only articles published on or before this day (YYYY-MM-DD) or instant." };
        var type = new Option<string?>("--type") { Description = "events: only this PLOVER type (AGREE … ASSAULT)." };
        var modality = new Option<string?>("--modality") { Description = "events: only this modality (asserted, reported, alleged, denied, planned, negated)." };
        var actor = new Option<string?>("--actor") { Description = "events: only events whose source is this entity (id or name) or country (ISO alpha-3)." };
        var target = new Option<string?>("--target") { Description = "events: only events whose target is this entity (id or name) or country (ISO alpha-3)." };
        var speaker = new Option<string?>("--speaker") { Description = "quotes: only quotes of this speaker (entity id or name, or words of an unnamed source)." };
        var incident = new Option<string?>("--incident") { Description = "stix: only this incident (an id of `marsad incidents`)." };
        var command = new Command("export", "Write stored facts as a table, one row per fact with its article, outlet, date, sentence and spans, streamed in constant memory; or the cyber incidents as a STIX 2.1 bundle.")
            { kind, format, output, bom, outlet, from, to, type, modality, actor, target, speaker, incident };
        command.SetAction(parse =>
        {
            var context = CommandContext.From(parse);
            var articles = new ArticleFilter(parse.GetValue(outlet), DateBound.From(parse.GetValue(from), "--from"), DateBound.To(parse.GetValue(to), "--to"));
            var what = parse.GetValue(kind)!;
            if (string.Equals(what, StixExport.Name, StringComparison.OrdinalIgnoreCase))
            {
                if (parse.GetValue(format) is { } f && !string.Equals(f, StixExport.Name, StringComparison.OrdinalIgnoreCase))
                    throw ViewException.Invalid($"A STIX export is a STIX 2.1 bundle; --format {f} does not apply.");
                Option[] facts = [bom, outlet, from, to, type, modality, actor, target, speaker];
                if (facts.FirstOrDefault(o => parse.GetResult(o) is { Implicit: false }) is { } given)
                    throw ViewException.Invalid($"{given.Name} does not apply to `export stix`: it takes --incident ID and --out FILE.");
                return RunStix(context, parse.GetValue(incident), parse.GetValue(output));
            }
            if (parse.GetValue(incident) is not null) throw ViewException.Invalid("--incident applies to `export stix` only.");
            var filter = ExportFilter.Of(articles, parse.GetValue(type), parse.GetValue(modality), parse.GetValue(actor), parse.GetValue(target), parse.GetValue(speaker));
            return Run(context, what, parse.GetValue(format), parse.GetValue(output), parse.GetValue(bom), filter);
        });
        return command;
    }

    private static int Run(CommandContext context, string kind, string? formatName, string? output, bool bom, ExportFilter filter)
    {
        var table = ExportCatalog.Table(kind);
        var format = ExportCatalog.Format(formatName, table);
        ExportCatalog.Check(table, filter);
        using var store = context.OpenExistingStore();
        var rows = Write(output, format is ParquetFormat, stream => format.Write(table, table.Rows(store, filter), stream, new ExportOptions(bom)));
        Console.Error.WriteLine($"exported {rows:N0} {table.Name} rows as {format.Name}{(output is null ? "" : " to " + output)}");
        return ExitCodes.Ok;
    }

    private static int RunStix(CommandContext context, string? incident, string? output)
    {
        using var store = context.OpenExistingStore();
        var exported = Write(output, binary: false, stream => StixExport.Write(store, incident, stream));
        Console.Error.WriteLine($"exported {exported:N0} incidents as a STIX 2.1 bundle{(output is null ? "" : " to " + output)}");
        return ExitCodes.Ok;
    }

    private static long Write(string? output, bool binary, Func<Stream, long> write)
    {
        long count;
        if (output is null)
        {
            // Text goes through Console.Out (redirectable, and what tests capture); Parquet is bytes, straight to stdout.
            using Stream stdout = binary ? Console.OpenStandardOutput() : new JsonOutput.ConsoleOutStream();
            count = write(stdout);
            stdout.Flush();
            return count;
        }
        // Written beside the target and moved into place: an interrupted export never leaves a half file under the name asked for.
        var partial = output + ".partial";
        try
        {
            using (var file = new FileStream(partial, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
                count = write(file);
            File.Move(partial, output, overwrite: true);
        }
        catch
        {
            // A failed export leaves nothing behind, not even its partial file.
            File.Delete(partial);
            throw;
        }
        return count;
    }
}
