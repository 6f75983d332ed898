using System.Text.RegularExpressions;
using Marsad.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Marsad.Tests.Ingest.Web;

/// <summary>
/// The README's "Articles and feeds from the web" examples, run as written on the site in docs/examples/web, served by
/// the test instead of <c>python3 -m http.server 8000</c> (same files, same content types; the port is the test's).
/// The endless <c>--every</c> poll is left out. These examples sit outside the CLI block <see cref="Cli.ReadmeExamplesTests"/>
/// runs, since they need a server.
/// </summary>
public sealed partial class WebReadmeExamplesTests
{
    [GeneratedRegex("""
        "([^"]*)"|'([^']*)'|(\S+)
        """, RegexOptions.IgnorePatternWhitespace)]
    private static partial Regex Word();

    private static IReadOnlyList<string> Examples()
    {
        var readme = File.ReadAllText(Path.Combine(RepoPaths.Root, "README.md"));
        var section = readme[readme.IndexOf("### Articles and feeds from the web", StringComparison.Ordinal)..];
        var block = section[(section.IndexOf("```sh", StringComparison.Ordinal) + 5)..];
        block = block[..block.IndexOf("```", StringComparison.Ordinal)];
        return [.. block.Split('\n').Select(line => line.Split(" #")[0].Trim()).Where(line => line.Length > 0)];
    }

    [Fact]
    public async Task The_web_examples_of_the_readme_work_as_written_on_the_example_site()
    {
        var site = Path.Combine(RepoPaths.Root, "docs", "examples", "web");
        await using var server = await LocalWebServer.StartAsync(app => app.MapGet("/{name}", (string name) =>
        {
            var path = Path.Combine(site, Path.GetFileName(name));
            var type = Path.GetExtension(path) switch { ".html" => "text/html", ".xml" => "application/xml", _ => "application/octet-stream" };
            return File.Exists(path) ? Results.File(File.ReadAllBytes(path), type) : Results.NotFound();
        }));
        using var folder = new TempFolder();
        var examples = Examples();
        Assert.StartsWith("python3 -m http.server 8000 --bind 127.0.0.1 --directory docs/examples/web", examples[0]);
        var commands = examples.Skip(1).Where(e => !e.Contains("--every")).ToList();
        Assert.Equal(4, commands.Count);

        CliResult? last = null;
        var pagesBefore = 0;
        foreach (var command in commands)
        {
            pagesBefore = server.Hits("/bridge-reopened.html") + server.Hits("/school-year.html");
            Assert.StartsWith("marsad ", command);
            var args = Word().Matches(command[7..].Replace("http://127.0.0.1:8000/", server.Url("/")))
                .Select(m => m.Groups[1].Success ? m.Groups[1].Value : m.Groups[2].Success ? m.Groups[2].Value : m.Groups[3].Value)
                .Concat(["--data", folder.File("data")]).ToArray();
            last = CliRunner.Run(args);
            Assert.True(last.ExitCode == 0, $"{command} exited {last.ExitCode}: {last.Stderr}");
        }

        using var json = last!.Json();
        Assert.Equal((0, 2), (json.RootElement.GetProperty("added").GetInt32(), json.RootElement.GetProperty("known_items").GetInt32()));
        // The last poll read the feed and fetched no page.
        Assert.Equal(pagesBefore, server.Hits("/bridge-reopened.html") + server.Hits("/school-year.html"));
        Assert.Equal(3, server.Hits("/local.xml"));
    }
}
