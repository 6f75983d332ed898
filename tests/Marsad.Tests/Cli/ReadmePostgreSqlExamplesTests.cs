using System.Text.RegularExpressions;
using Marsad.Tests.Support;

namespace Marsad.Tests.Cli;

/// <summary>
/// The README's PostgreSQL examples run as written against the test server: each <c>marsad …</c> line of the block under
/// "PostgreSQL store and parallel workers". The block points every command at the throwaway cluster through
/// <c>MARSAD_STORE</c>; the test gives each command a fresh database's connection with <c>--store</c>, the same setting
/// (the environment is process-wide and tests run in parallel).
/// </summary>
public sealed partial class ReadmePostgreSqlExamplesTests
{
    [GeneratedRegex("""
        "([^"]*)"|'([^']*)'|(\S+)
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Word();

    [Fact]
    public void EveryPostgreSqlExampleWorksAsWritten()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var section = readme[readme.IndexOf("## PostgreSQL store and parallel workers", StringComparison.Ordinal)..];
        var block = section[(section.IndexOf("```sh", StringComparison.Ordinal) + 5)..];
        block = block[..block.IndexOf("```", StringComparison.Ordinal)];
        var examples = block.Split('\n').Select(line => line.Split(" #")[0].Trim()).Where(line => line.StartsWith("marsad ", StringComparison.Ordinal)).ToList();
        Assert.Contains("export MARSAD_STORE=\"$MARSAD_TEST_PG\"", block);
        Assert.Equal(4, examples.Count);

        using var store = TestStore.Create(StoreKind.PostgreSql);
        foreach (var example in examples)
        {
            var args = Word().Matches(example[7..])
                .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value)
                .Select(a => Directory.Exists(Path.Combine(RepoPaths.Root, a)) ? Path.Combine(RepoPaths.Root, a) : a)
                .Concat(["--store", store.Location.PostgreSql!, "--data", store.DataFolder]).ToArray();
            var result = CliRunner.Run(args);
            Assert.True(result.ExitCode == 0, $"{example} exited {result.ExitCode}: {result.Stderr}");
            Assert.False(string.IsNullOrWhiteSpace(result.Stdout), $"{example} printed nothing");
            if (example.StartsWith("marsad stats", StringComparison.Ordinal))
            {
                using var json = result.Json();
                Assert.Equal("postgresql", json.RootElement.GetProperty("store").GetString());
                Assert.Equal(0, json.RootElement.GetProperty("analysis").GetProperty("pending").GetInt32());
            }
        }
    }
}
