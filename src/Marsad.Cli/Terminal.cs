using Spectre.Console;

namespace Marsad.Cli;

/// <summary>
/// Console writers over whatever Console.Out and Console.Error are now (tests redirect them).
/// Progress goes to stderr, so stdout carries only the report or the JSON a script reads.
/// </summary>
internal static class Terminal
{
    public static IAnsiConsole Out => Create(Console.Out);

    public static IAnsiConsole Error => Create(Console.Error);

    private static IAnsiConsole Create(TextWriter writer) =>
        AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(writer) });
}
