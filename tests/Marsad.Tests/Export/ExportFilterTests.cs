using System.Text.Json;
using Marsad.Tests.Support;

namespace Marsad.Tests.Export;

public sealed class ExportFilterTests(HandCodedIncident stored) : IClassFixture<HandCodedIncident>
{
    private string[] EventIds(params string[] filters)
    {
        var result = CliRunner.Run(["export", "events", "--data", stored.Data, .. filters]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return [.. result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("event_id").GetString()!)];
    }

    [Theory]
    [InlineData(new string[0], new[] { "e1", "e2", "e3" })]
    [InlineData(new[] { "--type", "sanction" }, new[] { "e3" })]
    [InlineData(new[] { "--modality", "alleged" }, new[] { "e2" })]
    [InlineData(new[] { "--actor", "gpe:denmark" }, new[] { "e3" })]
    [InlineData(new[] { "--actor", "DNK" }, new[] { "e1", "e3" })]
    [InlineData(new[] { "--target", "RUS", "--type", "ACCUSE" }, new[] { "e1" })]
    [InlineData(new[] { "--outlet", "وكالة الشمال", "--from", "2025-03-18", "--to", "2025-03-18" }, new[] { "e1", "e2", "e3" })]
    [InlineData(new[] { "--from", "2025-03-19" }, new string[0])]
    public void EventFiltersAreThoseOfTheEventsCommand(string[] filters, string[] expected)
    {
        Assert.Equal(expected, EventIds(filters));
    }

    [Theory]
    [InlineData("events", "--speaker", "راسموسن")]
    [InlineData("quotes", "--type", "ACCUSE")]
    [InlineData("stories", "--actor", "gpe:russia")]
    [InlineData("events", "--type", "ATTACK")]
    [InlineData("events", "--modality", "rumoured")]
    [InlineData("articles", "--incident", "inc:1")]
    [InlineData("stix", "--outlet", "وكالة الشمال")]
    [InlineData("stix", "--format", "csv")]
    public void AFilterAnExportCannotHonourIsRefusedNotIgnored(string what, string option, string value)
    {
        var result = CliRunner.Run("export", what, option, value, "--data", stored.Data);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("MARSAD-V001", result.Stderr);
        Assert.Equal("", result.Stdout);
    }
}
