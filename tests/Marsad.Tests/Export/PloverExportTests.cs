using System.Text;
using System.Text.Json;
using Marsad.Tests.Support;

namespace Marsad.Tests.Export;

public sealed class PloverExportTests(HandCodedIncident stored) : IClassFixture<HandCodedIncident>
{
    private JsonElement[] Records(params string[] more)
    {
        var result = CliRunner.Run(["export", "events", "--format", "plover", "--data", stored.Data, .. more]);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return [.. result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement)];
    }

    private static string[] Strings(JsonElement array) => [.. array.EnumerateArray().Select(v => v.GetString()!)];

    [Fact]
    public void TheExpulsionIsAPloverRecordWithItsRequiredFieldsAndOffsets()
    {
        var record = Assert.Single(Records(), r => r.GetProperty("event").EnumerateArray().Single().GetString() == "SANCTION");

        Assert.Equal($"{stored.ArticleId}-e3", record.GetProperty("id").GetString());
        // The text gives the expulsion no date of its own: the article's publication day, in its own time zone.
        Assert.Equal("2025-03-18", record.GetProperty("date").GetString());
        Assert.Equal(JsonValueKind.Null, record.GetProperty("event_date").ValueKind);
        var actor = Assert.Single(record.GetProperty("actor").EnumerateArray());
        Assert.Equal(("DNK", "GOV", "الدنمارك", "gpe:denmark"), (actor.GetProperty("code").GetString(), actor.GetProperty("sector").GetString(),
            actor.GetProperty("entity_text").GetString(), actor.GetProperty("identifier_id").GetString()));
        var recipient = Assert.Single(record.GetProperty("recipient").EnumerateArray());
        Assert.Equal(("RUS", "DIP", "دبلوماسيين روسيين"), (recipient.GetProperty("code").GetString(), recipient.GetProperty("sector").GetString(),
            recipient.GetProperty("entity_text").GetString()));
        Assert.Equal(JsonValueKind.Null, recipient.GetProperty("identifier_id").ValueKind);
        Assert.Equal(["expel"], Strings(record.GetProperty("mode")));
        Assert.Equal(["diplomatic"], Strings(record.GetProperty("context")));
        Assert.Equal(["طردت"], Strings(record.GetProperty("event_text")));
        var offsets = Assert.Single(record.GetProperty("event_text_offsets").EnumerateArray());
        Assert.Equal("طردت", CyberArticle.Text[offsets.GetProperty("start").GetInt32()..offsets.GetProperty("end").GetInt32()]);
        var info = record.GetProperty("text_info");
        Assert.Equal(record.GetProperty("text").GetString(), CyberArticle.Text[info.GetProperty("start").GetInt32()..info.GetProperty("end").GetInt32()]);
        Assert.StartsWith("وردا على الهجوم الإلكتروني", record.GetProperty("text").GetString());
        Assert.Equal("Marsad", record.GetProperty("coder").GetString());
        var cite = record.GetProperty("cite_info");
        Assert.Equal((stored.ArticleId, CyberArticle.Outlet, "ar"), (cite.GetProperty("citation").GetString(), cite.GetProperty("publication").GetString(),
            cite.GetProperty("language").GetString()));
        Assert.Equal(("asserted", "166"), (record.GetProperty("modality").GetString(), record.GetProperty("cameo").GetString()));
    }

    [Fact]
    public void TheAttackKeepsItsOwnDayAndItsAllegedModality()
    {
        var record = Assert.Single(Records("--type", "COERCE"));

        Assert.Equal("2025-03-17", record.GetProperty("date").GetString());
        Assert.Equal(["cyber"], Strings(record.GetProperty("mode")));
        Assert.Equal("alleged", record.GetProperty("modality").GetString());
        Assert.Equal("RUS", record.GetProperty("actor")[0].GetProperty("code").GetString());
        Assert.Equal("DNK", record.GetProperty("recipient")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void EveryRecordCarriesEveryRequiredPloverField()
    {
        var records = Records();

        Assert.Equal(3, records.Length);
        foreach (var record in records)
            foreach (var field in new[] { "id", "date", "actor", "recipient", "event", "mode", "context", "event_text", "text_info", "coder" })
                Assert.True(record.TryGetProperty(field, out _), $"{record.GetProperty("id")} lacks {field}");
        Assert.Equal(records.Length, records.Select(r => r.GetProperty("id").GetString()).Distinct().Count());
    }

    [Fact]
    public void PloverFitsEventsOnly()
    {
        var result = CliRunner.Run("export", "quotes", "--format", "plover", "--data", stored.Data);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("MARSAD-V001", result.Stderr);
        Assert.Contains("plover", result.Stderr);
    }
}
