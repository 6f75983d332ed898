using Marsad.Tests.Support;

namespace Marsad.Tests.Cli;

public sealed class SqliteStoreCommandsTests() : StoreCommandsTests(StoreKind.Sqlite);

public sealed class PostgreSqlStoreCommandsTests() : StoreCommandsTests(StoreKind.PostgreSql);

/// <summary>The store commands (ingest, stats, list, show) on each kind of store.</summary>
public abstract class StoreCommandsTests(StoreKind kind)
{
    [Fact]
    public void StatsJsonCountsTheArticlesOfTheDataFolder()
    {
        using var data = TestStore.Create(kind);
        Assert.Equal(0, CliRunner.Run(data.With("ingest", Path.Combine(RepoPaths.Samples, "nile-water"))).ExitCode);

        var stats = CliRunner.Run(data.With("stats", "--json"));

        Assert.Equal(0, stats.ExitCode);
        using var json = stats.Json();
        Assert.Equal(3, json.RootElement.GetProperty("articles").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("outlets").GetInt32());
    }

    [Fact]
    public void ListJsonPagesThroughStoredArticlesOfOneOutlet()
    {
        using var data = TestStore.Create(kind);
        CliRunner.Run(data.With("ingest", RepoPaths.Samples));

        var list = CliRunner.Run(data.With("list", "--json", "--outlet", "صحيفة الساحل"));

        using var json = list.Json();
        Assert.Equal(3, json.RootElement.GetProperty("total").GetInt32());
        Assert.All(json.RootElement.GetProperty("articles").EnumerateArray(),
            a => Assert.Equal("صحيفة الساحل", a.GetProperty("outlet").GetString()));
    }

    [Fact]
    public void ShowFindsAnArticleByAnIdPrefix()
    {
        using var data = TestStore.Create(kind);
        CliRunner.Run(data.With("ingest", Path.Combine(RepoPaths.Samples, "amman-cyber")));
        using var listed = CliRunner.Run(data.With("list", "--json")).Json();
        var id = listed.RootElement.GetProperty("articles")[0].GetProperty("id").GetString()!;

        var shown = CliRunner.Run(data.With("show", id[..6], "--json"));

        Assert.Equal(0, shown.ExitCode);
        using var json = shown.Json();
        Assert.Equal(id, json.RootElement.GetProperty("id").GetString());
        Assert.True(json.RootElement.GetProperty("sentences").GetArrayLength() > 0);
    }

    [Fact]
    public void ShowReadsTheStoredAnalysisAndSaysWhichPipelineMadeIt()
    {
        using var data = TestStore.Create(kind);
        using var analyzed = CliRunner.Run(data.With("analyze", Path.Combine(RepoPaths.Samples, "amman-cyber"), "--json")).Json();
        var article = analyzed.RootElement.GetProperty("articles")[0];
        var id = article.GetProperty("id").GetString()!;

        var shown = CliRunner.Run(data.With("show", id, "--json"));

        using var json = shown.Json();
        Assert.Equal("", shown.Stderr);
        Assert.Equal(Marsad.Analysis.MarsadPipeline.Default.Version, json.RootElement.GetProperty("analysis").GetProperty("pipeline").GetString());
        Assert.True(System.Text.Json.JsonElement.DeepEquals(article.GetProperty("entities"), json.RootElement.GetProperty("entities")));
        Assert.True(System.Text.Json.JsonElement.DeepEquals(article.GetProperty("times"), json.RootElement.GetProperty("times")));
        Assert.NotEqual(0, json.RootElement.GetProperty("entities").GetArrayLength());
    }

    [Fact]
    public void ShowOfAnArticleNotYetAnalysedSaysSoAndAnalysesItWithoutSaving()
    {
        using var data = TestStore.Create(kind);
        CliRunner.Run(data.With("ingest", Path.Combine(RepoPaths.Samples, "amman-cyber")));
        using var listed = CliRunner.Run(data.With("list", "--json")).Json();
        var id = listed.RootElement.GetProperty("articles")[0].GetProperty("id").GetString()!;

        var shown = CliRunner.Run(data.With("show", id, "--json"));

        Assert.Equal(0, shown.ExitCode);
        Assert.StartsWith($"Article {id} has not been analysed yet", shown.Stderr);
        using var json = shown.Json();
        Assert.False(json.RootElement.TryGetProperty("analysis", out _));
    }

    [Fact]
    public void ShowOfAnUnknownIdFailsWithOneMessage()
    {
        using var data = TestStore.Create(kind);
        CliRunner.Run(data.With("ingest", Path.Combine(RepoPaths.Samples, "nile-water")));

        var shown = CliRunner.Run(data.With("show", "ffffffffff"));

        Assert.Equal(1, shown.ExitCode);
        Assert.Contains("No stored article has an id, id prefix or source id 'ffffffffff'", shown.Stderr);
        Assert.Equal("", shown.Stdout);
    }

    [Fact]
    public void IngestOfAPathThatDoesNotExistFailsNamingItAndStoresNothing()
    {
        using var data = TestStore.Create(kind);
        var missing = Path.Combine(data.DataFolder, "no-such-folder");

        var result = CliRunner.Run(data.With("ingest", missing, "--json"));

        Assert.Equal(1, result.ExitCode);
        using var json = result.Json();
        var problem = Assert.Single(json.RootElement.GetProperty("problems").EnumerateArray());
        Assert.Equal("not-found", problem.GetProperty("code").GetString());
        Assert.Contains("Nothing was ingested", result.Stderr);
        Assert.Equal(0, CliRunner.Run(data.With("stats", "--json")).Json().RootElement.GetProperty("articles").GetInt32());
    }

    [Fact]
    public void AFailedIngestKeepsWhatAnEarlierIngestStored()
    {
        using var data = TestStore.Create(kind);
        using var inputs = new TempFolder();
        CliRunner.Run(data.With("ingest", Path.Combine(RepoPaths.Samples, "nile-water")));
        inputs.Write("junk.txt", [0x00, 0x00, 0x01, 0x02, 0xFF, 0xFE, 0x00, 0x00]);

        var result = CliRunner.Run(data.With("ingest", inputs.Path));

        Assert.Equal(1, result.ExitCode);
        Assert.Equal(3, CliRunner.Run(data.With("stats", "--json")).Json().RootElement.GetProperty("articles").GetInt32());
    }
}

/// <summary>What the SQLite data folder means to the store commands: where it comes from, and that reading creates none.</summary>
public sealed class DataFolderCommandsTests
{
    [Fact]
    public void StatsOnAFolderWithoutDataSaysToIngestFirstAndCreatesNothing()
    {
        using var data = new TempFolder();
        var empty = Path.Combine(data.Path, "nothing-here");

        var stats = CliRunner.Run("stats", "--data", empty);

        Assert.Equal(1, stats.ExitCode);
        Assert.Contains("run 'marsad ingest PATH' first", stats.Stderr);
        Assert.False(Directory.Exists(empty));
    }

    [Fact]
    public void TheDataFolderComesFromTheEnvironmentWhenNoOptionIsGiven()
    {
        using var data = new TempFolder();
        var previous = Environment.GetEnvironmentVariable("MARSAD_DATA");
        Environment.SetEnvironmentVariable("MARSAD_DATA", data.Path);
        try
        {
            CliRunner.Run("ingest", Path.Combine(RepoPaths.Samples, "nile-water"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("MARSAD_DATA", previous);
        }
        Assert.True(File.Exists(Path.Combine(data.Path, "marsad.db")));
    }
}
