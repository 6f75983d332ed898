using System.Globalization;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Marsad.Api;
using Marsad.Export;
using Marsad.Storage;
using Marsad.Tests.Api;
using Marsad.Tests.Support;
using Parquet;

namespace Marsad.Tests.Export;

public sealed class ExportRoundTripTests(SqliteAnalyzedSamples samples) : IClassFixture<SqliteAnalyzedSamples>
{
    // What was written, read back from the JSON Lines export as strings (null stays null) for comparison.
    private List<string?[]> Expected(ITableExport table)
    {
        using var store = MarsadStore.Open(samples.Data);
        return [.. table.Rows(store, ExportFilter.All).Select(r => r.Select(Invariant).ToArray())];
    }

    private static string? Invariant(object? value) => value switch
    {
        null => null,
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        bool b => b ? "true" : "false",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture),
    };

    private byte[] Export(string what, string format, params string[] more)
    {
        using var folder = new TempFolder();
        var file = folder.File("out");
        var result = CliRunner.Run(["export", what, "--format", format, "--out", file, "--data", samples.Data, .. more]);
        Assert.Equal(0, result.ExitCode);
        return File.ReadAllBytes(file);
    }

    [Theory]
    [InlineData("articles")]
    [InlineData("entities")]
    [InlineData("events")]
    [InlineData("quotes")]
    [InlineData("stories")]
    public void CsvReadsBackEqualToWhatWasWritten(string what)
    {
        var table = ExportCatalog.Table(what);
        var bytes = Export(what, "csv");

        using var csv = new CsvReader(new StreamReader(new MemoryStream(bytes), Encoding.UTF8), CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        Assert.Equal(table.Columns.Select(c => c.Name), csv.HeaderRecord);
        var read = new List<string?[]>();
        while (csv.Read()) read.Add([.. table.Columns.Select((_, i) => csv.GetField(i) is { Length: > 0 } f ? f : null)]);

        Assert.NotEmpty(read);
        Assert.Equal(Expected(table), read);
        Assert.NotEqual(0xEF, bytes[0]);
    }

    [Fact]
    public void BomPutsTheUtf8MarkFirstForExcel()
    {
        var bytes = Export("entities", "csv", "--bom");

        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
    }

    [Theory]
    [InlineData("articles")]
    [InlineData("entities")]
    [InlineData("events")]
    [InlineData("quotes")]
    [InlineData("stories")]
    public async Task ParquetReadsBackEqualToWhatWasWritten(string what)
    {
        var table = ExportCatalog.Table(what);
        var bytes = Export(what, "parquet");

        await using var reader = await ParquetReader.CreateAsync(new MemoryStream(bytes), cancellationToken: TestContext.Current.CancellationToken);
        var fields = reader.Schema.GetDataFields();
        Assert.Equal(table.Columns.Select(c => c.Name), fields.Select(f => f.Name));
        var read = new List<string?[]>();
        for (var g = 0; g < reader.RowGroupCount; g++)
        {
            using var group = reader.OpenRowGroupReader(g);
            var columns = new List<string?[]>();
            for (var i = 0; i < fields.Length; i++)
            {
                var n = (int)group.RowCount;
                columns.Add(table.Columns[i].Type switch
                {
                    ExportType.Text => await ReadText(group, fields[i], n),
                    ExportType.Integer => [.. (await ReadValues<long>(group, fields[i], n)).Select(v => Invariant(v))],
                    ExportType.Number => [.. (await ReadValues<double>(group, fields[i], n)).Select(v => Invariant(v))],
                    _ => [.. (await ReadValues<bool>(group, fields[i], n)).Select(v => Invariant(v))],
                });
            }
            for (var r = 0; r < group.RowCount; r++) read.Add([.. columns.Select(c => c[r])]);
        }

        Assert.Equal(Expected(table), read);
    }

    private static async Task<string?[]> ReadText(ParquetRowGroupReader group, Parquet.Schema.DataField field, int n)
    {
        var values = new string?[n];
        await group.ReadAsync(field, values.AsMemory()!, cancellationToken: TestContext.Current.CancellationToken);
        return values;
    }

    private static async Task<T?[]> ReadValues<T>(ParquetRowGroupReader group, Parquet.Schema.DataField field, int n) where T : struct
    {
        var values = new T?[n];
        await group.ReadAsync(field, values.AsMemory(), cancellationToken: TestContext.Current.CancellationToken);
        return values;
    }

    [Fact]
    public void JsonLinesHasOneObjectPerMentionWithItsSentenceAndSpans()
    {
        var lines = Encoding.UTF8.GetString(Export("entities", "jsonl", "--outlet", "صحيفة الساحل")).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(Expected(ExportCatalog.Table("entities")).Count(r => r[1] == "صحيفة الساحل"), lines.Length);
        foreach (var line in lines)
        {
            using var row = JsonDocument.Parse(line);
            var r = row.RootElement;
            var sentence = r.GetProperty("sentence").GetString()!;
            var at = r.GetProperty("start").GetInt32() - r.GetProperty("sentence_start").GetInt32();
            Assert.Equal(r.GetProperty("text").GetString(), sentence.Substring(at, r.GetProperty("end").GetInt32() - r.GetProperty("start").GetInt32()));
            Assert.Equal("صحيفة الساحل", r.GetProperty("outlet").GetString());
        }
    }

    [Fact]
    public async Task TheApiExportIsTheSameFileAsTheCliExport()
    {
        using var api = new MarsadApiFactory(new MarsadApiOptions { DataFolder = samples.Data });
        using var client = api.CreateClient();

        var parquet = await client.GetByteArrayAsync("/api/export/entities?format=parquet", TestContext.Current.CancellationToken);
        var csv = await client.GetByteArrayAsync("/api/export/articles?format=csv&bom=true", TestContext.Current.CancellationToken);

        Assert.Equal(Export("entities", "parquet"), parquet);
        Assert.Equal(Export("articles", "csv", "--bom"), csv);
    }

    [Theory]
    [InlineData("events?format=plover&type=COERCE", "events", "--format", "plover", "--type", "COERCE")]
    [InlineData("events?format=csv&modality=asserted&actor=gpe:egypt", "events", "--format", "csv", "--modality", "asserted", "--actor", "gpe:egypt")]
    [InlineData("quotes?format=parquet&speaker=per:nasser-bourita", "quotes", "--format", "parquet", "--speaker", "per:nasser-bourita")]
    [InlineData("stories?format=jsonl&outlet=صحيفة الساحل", "stories", "--format", "jsonl", "--outlet", "صحيفة الساحل")]
    public async Task TheApiExportOfFactsIsTheCliExportWithTheSameFilters(string route, string what, params string[] options)
    {
        using var api = new MarsadApiFactory(new MarsadApiOptions { DataFolder = samples.Data });
        using var client = api.CreateClient();

        var served = await client.GetByteArrayAsync("/api/export/" + route, TestContext.Current.CancellationToken);

        var written = Export(what, options[1], options[2..]);
        Assert.NotEmpty(written);
        Assert.Equal(written, served);
    }

    [Theory]
    [InlineData("quotes?format=plover")]
    [InlineData("quotes?type=COERCE")]
    [InlineData("events?type=ATTACK")]
    public async Task AnExportThatCannotBeMadeIsA400WithItsCode(string route)
    {
        using var api = new MarsadApiFactory(new MarsadApiOptions { DataFolder = samples.Data });
        using var client = api.CreateClient();

        var response = await client.GetAsync("/api/export/" + route, TestContext.Current.CancellationToken);

        Assert.Equal(System.Net.HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("MARSAD-V001", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public void ForExcelAFormulaInATitleIsEscapedAndForRItIsKeptAsWritten()
    {
        using var folder = new TempFolder();
        var data = folder.File("data");
        folder.Write("in/hostile.txt", "أعلنت الحكومة اليوم عن خطة جديدة للنقل العام في العاصمة.");
        folder.Write("in/hostile.meta.json", """{"outlet": "=cmd|' /C calc'!A0", "title": "=HYPERLINK(\"https://evil.example\", \"اضغط هنا\")"}""");
        Assert.Equal(0, CliRunner.Run("ingest", folder.File("in"), "--data", data).ExitCode);

        string[] Row(params string[] more)
        {
            var result = CliRunner.Run(["export", "articles", "--format", "csv", "--data", data, .. more]);
            using var csv = new CsvReader(new StringReader(result.Stdout.TrimStart('\uFEFF')), CultureInfo.InvariantCulture);
            csv.Read();
            csv.ReadHeader();
            csv.Read();
            return [csv.GetField("outlet")!, csv.GetField("title")!];
        }

        Assert.Equal(["'=cmd|' /C calc'!A0", "'=HYPERLINK(\"https://evil.example\", \"اضغط هنا\")"], Row("--bom"));
        Assert.Equal(["=cmd|' /C calc'!A0", "=HYPERLINK(\"https://evil.example\", \"اضغط هنا\")"], Row());
    }
}
