using Marsad.Cli;

namespace Marsad.Tests.Support;

/// <summary>Runs the real <c>marsad</c> command tree in-process with stdout and stderr captured.</summary>
public static class CliRunner
{
    private static readonly Lock s_console = new();

    public static CliResult Run(params string[] args)
    {
        // Console redirection is process-wide: one CLI run at a time.
        lock (s_console)
        {
            var (oldOut, oldError) = (Console.Out, Console.Error);
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            Console.SetOut(stdout);
            Console.SetError(stderr);
            try
            {
                var code = CliHost.Run(MarsadCommandLine.Create(), args);
                return new CliResult(code, stdout.ToString(), stderr.ToString());
            }
            finally
            {
                Console.SetOut(oldOut);
                Console.SetError(oldError);
            }
        }
    }
}

public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public System.Text.Json.JsonDocument Json() => System.Text.Json.JsonDocument.Parse(Stdout);
}
