using System.CommandLine;
using System.Text;
using Marsad.Views;

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
            Fail(e.Message);
            return e.ExitCode;
        }
        catch (ViewException e)
        {
            // The same code the API puts in its ProblemDetails.
            Fail($"{e.Code}: {e.Message}");
            return e.Failure == ViewFailure.Invalid ? ExitCodes.Usage : ExitCodes.Failed;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Data.Common.DbException)
        {
            Fail(e.Message);
            return ExitCodes.Failed;
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("MARSAD_DEBUG") is null)
        {
            // A bug, not a user error: one line by default, the stack trace with MARSAD_DEBUG=1.
            Fail($"internal error {e.GetType().Name}: {e.Message} (set MARSAD_DEBUG=1 for details)");
            return ExitCodes.Failed;
        }
    }

    // Plain text, one line, unwrapped: scripts grep it and people read it.
    private static void Fail(string message) => Console.Error.WriteLine($"marsad: error: {message}");
}
