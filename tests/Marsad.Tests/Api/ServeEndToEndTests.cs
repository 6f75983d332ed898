using System.Diagnostics;
using System.Text.Json;
using System.Text.RegularExpressions;
using Marsad.Tests.Support;

namespace Marsad.Tests.Api;

/// <summary>The real <c>marsad serve</c> process on a free loopback port, called over HTTP.</summary>
public sealed partial class ServeEndToEndTests
{
    [GeneratedRegex(@"listening on (http://127\.0\.0\.1:\d+)")]
    private static partial Regex Listening();

    [Theory]
    [InlineData(StoreKind.Sqlite)]
    [InlineData(StoreKind.PostgreSql)]
    public async Task MarsadServeAnswersOverHttpOnALoopbackPortItPicked(StoreKind kind)
    {
        using var data = TestStore.Create(kind);
        Assert.Equal(0, CliRunner.Run(data.With("ingest", Path.Combine(RepoPaths.Samples, "nile-water"))).ExitCode);
        var cli = Path.Combine(AppContext.BaseDirectory, "Marsad.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in data.With(cli, "serve", "--urls", "http://127.0.0.1:0")) start.ArgumentList.Add(arg);
        start.Environment.Remove("MARSAD_API_TOKEN");
        using var server = Process.Start(start)!;
        try
        {
            string? baseUrl = null;
            var printed = new System.Text.StringBuilder();
            using (var wait = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken))
            {
                wait.CancelAfter(TimeSpan.FromSeconds(60));
                while (baseUrl is null && !wait.IsCancellationRequested)
                {
                    string? line;
                    try { line = await server.StandardOutput.ReadLineAsync(wait.Token); }
                    catch (OperationCanceledException) { break; }
                    if (line is null) break;
                    printed.AppendLine(line);
                    baseUrl = Listening().Match(line) is { Success: true } m ? m.Groups[1].Value : null;
                }
            }
            Assert.True(baseUrl is not null, $"marsad serve did not say where it listens; it printed: {printed}");

            using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
            using var stats = JsonDocument.Parse(await http.GetStringAsync("/api/stats", TestContext.Current.CancellationToken));
            using var refused = await http.PostAsync("/api/ingest", new StringContent("{}", System.Text.Encoding.UTF8, "application/x-ndjson"), TestContext.Current.CancellationToken);

            Assert.Equal(3, stats.RootElement.GetProperty("articles").GetInt32());
            Assert.Equal(kind == StoreKind.Sqlite ? "sqlite" : "postgresql", stats.RootElement.GetProperty("store").GetString());
            Assert.Equal(System.Net.HttpStatusCode.Forbidden, refused.StatusCode);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
            await server.WaitForExitAsync(TestContext.Current.CancellationToken);
        }
    }
}
