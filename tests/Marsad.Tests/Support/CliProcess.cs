using System.Diagnostics;

namespace Marsad.Tests.Support;

/// <summary>
/// Runs <c>marsad</c> in a process of its own (the built <c>Marsad.Cli.dll</c>), for tests of what happens between
/// processes: workers sharing a queue, writers sharing a search index. Standard output is drained; standard error is
/// left to read.
/// </summary>
public static class CliProcess
{
    /// <summary>Starts <paramref name="args"/> against <paramref name="store"/> (its data folder, or its PostgreSQL store with <paramref name="dataFolder"/>).</summary>
    public static Process Start(TestStore store, string[] args, string? dataFolder = null)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Marsad.Cli.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.ArgumentList.Add("--data");
        if (store.Location.PostgreSql is { } postgres)
        {
            start.ArgumentList.Add(dataFolder ?? store.DataFolder);
            start.ArgumentList.Add("--store");
            start.ArgumentList.Add(postgres);
        }
        else
        {
            // The SQLite store is its data folder.
            start.Environment["MARSAD_STORE"] = "";
            start.ArgumentList.Add(store.DataFolder);
        }
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        return process;
    }
}
