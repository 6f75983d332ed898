using System.Text.Json;
using Marsad.Ingest;
using Spectre.Console;

namespace Marsad.Cli;

/// <summary>How an ingest is shown: a progress bar while it runs, then a summary as a table or as JSON.</summary>
internal static class IngestRendering
{
    // A person reads the first few rejects and the totals by reason; a script reads all of them from --json.
    private const int ProblemsShown = 10;

    /// <summary>Runs <paramref name="ingest"/> under a progress bar on stderr (stdout stays clean for JSON).</summary>
    public static IngestSummary WithProgress(Func<IProgress<IngestProgress>, IngestSummary> ingest)
    {
        IngestSummary? summary = null;
        Terminal.Error.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(context =>
            {
                var task = context.AddTask("reading", maxValue: 1.0);
                summary = ingest(new BarProgress(task));
                task.Description = $"{summary.Files} files · {summary.Added:N0} stored · {summary.Duplicates.Count:N0} dup · {summary.Problems.Count:N0} rejected";
                task.Value = task.MaxValue;
                task.StopTask();
            });
        return summary!;
    }

    public static void WriteTable(IngestSummary summary, IAnsiConsole console)
    {
        var table = new Table().AddColumns("files", "articles read", "stored", "duplicates", "rejected");
        table.AddRow(Count(summary.Files), Count(summary.Read), Count(summary.Added), Count(summary.Duplicates.Count), Count(summary.Problems.Count));
        console.Write(table);
        if (summary.Duplicates.Count > 0)
            console.MarkupLine($"[grey]{summary.Duplicates.Count:N0} exact duplicate(s) not stored again; --json lists each with the copy already stored.[/]");
        WriteProblems(summary.Problems, console);
    }

    /// <summary>The first problems, one line each, and a count by code of the rest.</summary>
    public static void WriteProblems(IReadOnlyList<IngestProblem> problems, IAnsiConsole console)
    {
        foreach (var problem in problems.Take(ProblemsShown))
        {
            var what = problem.Code == IngestProblemCodes.AnalysisFailed ? "not analysed" : "rejected";
            console.MarkupLine($"[yellow]{what}[/] {Markup.Escape(problem.Path)}: [bold]{problem.Code}[/] {Markup.Escape(problem.Message)}");
        }
        if (problems.Count > ProblemsShown)
        {
            var byCode = problems.GroupBy(p => p.Code).OrderByDescending(g => g.Count()).Select(g => $"{g.Count():N0} {g.Key}");
            console.MarkupLine($"[yellow]… {problems.Count - ProblemsShown:N0} more rejected[/] (in all: {Markup.Escape(string.Join(", ", byCode))}); --json lists every one.");
        }
    }

    /// <summary>
    /// A store failure, once the summary of what was committed has been printed: one line on stderr, and exit 3
    /// (the batch stored part of what it read). Null when the store took everything.
    /// </summary>
    public static int? StoreFailureExit(IngestSummary summary)
    {
        if (summary.StoreFailure is not { } failure) return null;
        Console.Error.WriteLine($"marsad: error: {failure.Message}");
        return ExitCodes.SomeInputsRejected;
    }

    /// <summary>Rejected inputs make the exit code say so even though the rest was stored.</summary>
    public static int ExitCode(IngestSummary summary) =>
        summary.Problems.Count > 0 ? ExitCodes.SomeInputsRejected : ExitCodes.Ok;

    private static string Count(int n) => n.ToString("N0", System.Globalization.CultureInfo.InvariantCulture);

    // Progress<T> would post to the thread pool; the bar must move on the writer thread as the ingest reports.
    private sealed class BarProgress(ProgressTask task) : IProgress<IngestProgress>
    {
        public void Report(IngestProgress value)
        {
            task.Value = value.Fraction;
            task.Description = $"{value.FilesDone}/{value.FilesTotal} files · {value.Added:N0} stored · {value.Duplicates:N0} dup · {value.Problems:N0} rejected";
        }
    }
}
