using System.CommandLine;
using System.Text;
using Spectre.Console;

namespace Marsad.Cli;

/// <summary>Runs the command tree and turns failures into one message and an exit code.</summary>
internal static class CliHost
{
    public static int Run(RootCommand root, string[] args)
    {
        Console.OutputEncoding = Encoding.UTF8;
        var parsed = root.Parse(args);
        try
        {
            var code = parsed.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
            return parsed.Errors.Count > 0 ? ExitCodes.Usage : code;
        }
        catch (CliException e)
        {
            Terminal.Error.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
            return e.ExitCode;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or Microsoft.Data.Sqlite.SqliteException)
        {
            Terminal.Error.MarkupLine($"[red]error:[/] {Markup.Escape(e.Message)}");
            return ExitCodes.Failed;
        }
    }
}
