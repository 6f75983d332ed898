using System.Text.RegularExpressions;
using Marsad.Tests.Support;

namespace Marsad.Tests.Cli;

/// <summary>Every <c>marsad …</c> line of the README's CLI section runs as written, in order, on a fresh data folder.</summary>
public sealed partial class ReadmeExamplesTests
{
    [GeneratedRegex("""
        "([^"]*)"|'([^']*)'|(\S+)
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Word();

    private static IReadOnlyList<string[]> Examples()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var section = readme[readme.IndexOf("## Using the CLI", StringComparison.Ordinal)..];
        var block = section[(section.IndexOf("```sh", StringComparison.Ordinal) + 5)..];
        block = block[..block.IndexOf("```", StringComparison.Ordinal)];
        return block.Split('\n')
            .Select(line => line.Split(" #")[0].Split(" > ")[0].Trim())
            .Where(line => line.StartsWith("marsad ", StringComparison.Ordinal))
            .Select(line => Word().Matches(line[7..]).Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value).ToArray())
            .ToList();
    }

    [Fact]
    public void EveryReadmeExampleWorksAsWritten()
    {
        using var folder = new TempFolder();
        var examples = Examples();
        Assert.True(examples.Count >= 8, $"found {examples.Count} examples");
        foreach (var example in examples)
        {
            // Paths are relative to a clone's root, where the README's commands are typed.
            // An --out file goes to the test's folder, not the clone.
            var args = example.Select((a, i) => i > 0 && example[i - 1] == "--out" ? folder.File(a)
                    : Directory.Exists(Path.Combine(RepoPaths.Root, a)) ? Path.Combine(RepoPaths.Root, a) : a)
                .Concat(["--data", folder.File("data")]).ToArray();

            var result = CliRunner.Run(args);

            Assert.True(result.ExitCode == 0, $"marsad {string.Join(' ', example)} exited {result.ExitCode}: {result.Stderr}");
            var output = Array.IndexOf(example, "--out") is var at and >= 0 ? File.ReadAllText(folder.File(example[at + 1])) : result.Stdout;
            Assert.False(string.IsNullOrWhiteSpace(output), $"marsad {string.Join(' ', example)} printed nothing");
            if (example[0] == "entity") Assert.Contains("mentions in", result.Stdout);
            if (example[0] == "entities") Assert.Contains("PER", result.Stdout);
            if (example[0] == "show") Assert.Contains("eede93f7", result.Stdout);
            if (example[0] == "list" && example.Contains("--outlet")) Assert.Contains("المرصد العربي", result.Stdout);
        }
    }

    [Fact]
    public void IngestThenAnalyzeLeavesNothingUnanalyzedAndAllAnalyzesAgain()
    {
        using var folder = new TempFolder();
        var data = folder.File("data");
        Assert.Equal(0, CliRunner.Run("ingest", RepoPaths.Samples, "--data", data).ExitCode);

        var first = CliRunner.Run("analyze", "--data", data, "--json").Json().RootElement.GetProperty("summary");
        var second = CliRunner.Run("analyze", "--data", data, "--json").Json().RootElement.GetProperty("summary");
        var again = CliRunner.Run("analyze", "--all", "--data", data, "--json").Json().RootElement.GetProperty("summary");

        Assert.Equal((11, 11, 0), (first.GetProperty("stored").GetInt32(), first.GetProperty("analyzed").GetInt32(), first.GetProperty("already_analyzed").GetInt32()));
        Assert.Equal((0, 11), (second.GetProperty("analyzed").GetInt32(), second.GetProperty("already_analyzed").GetInt32()));
        Assert.Equal(11, again.GetProperty("analyzed").GetInt32());
        Assert.Contains("per:nasser-bourita", CliRunner.Run("entities", "--data", data, "--json").Stdout);
        Assert.Equal(2, CliRunner.Run("analyze", RepoPaths.Samples, "--all", "--data", data).ExitCode);
    }
}
