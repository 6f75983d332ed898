using Spectre.Console;

namespace Marsad.Cli;

/// <summary>
/// Console writers. Tables and progress go to stderr when --json is on, so stdout carries
/// only the JSON a script reads.
/// </summary>
internal static class Terminal
{
    public static IAnsiConsole Out { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Out) });

    public static IAnsiConsole Error { get; } = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
}
