namespace Marsad.Cli;

/// <summary>An expected failure: printed as one clear message, no stack trace.</summary>
internal sealed class CliException(string message, int exitCode = ExitCodes.Failed) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
