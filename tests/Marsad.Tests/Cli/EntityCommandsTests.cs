using Marsad.Tests.Support;

namespace Marsad.Tests.Cli;

public sealed class SqliteEntityCommandsTests() : EntityCommandsTests(StoreKind.Sqlite);

public sealed class PostgreSqlEntityCommandsTests() : EntityCommandsTests(StoreKind.PostgreSql);

/// <summary>The entity commands on each kind of store.</summary>
public abstract class EntityCommandsTests(StoreKind kind)
{
    [Fact]
    public void EntitiesListsOneEntityPerStateAcrossTheOutletsThatNameIt()
    {
        using var data = TestStore.Create(kind);
        CliRunner.Run(data.With("analyze", Path.Combine(RepoPaths.Samples, "rabat-aid")));

        var result = CliRunner.Run(data.With("entities", "--type", "GPE", "--json"));

        Assert.Equal(0, result.ExitCode);
        using var json = result.Json();
        var saudi = json.RootElement.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "gpe:saudi-arabia");
        Assert.Equal("Saudi Arabia", saudi.GetProperty("name_en").GetString());
        Assert.Equal(3, saudi.GetProperty("article_count").GetInt32());
    }

    [Fact]
    public void EntityShowsEveryMentionWithTheSentenceItStandsIn()
    {
        using var data = TestStore.Create(kind);
        CliRunner.Run(data.With("analyze", Path.Combine(RepoPaths.Samples, "nile-water")));

        var result = CliRunner.Run(data.With("entity", "Ethiopia", "--json"));

        Assert.Equal(0, result.ExitCode);
        using var json = result.Json();
        var ethiopia = Assert.Single(json.RootElement.GetProperty("entities").EnumerateArray());
        Assert.Equal("gpe:ethiopia", ethiopia.GetProperty("id").GetString());
        var mentions = ethiopia.GetProperty("mentions").EnumerateArray().ToList();
        Assert.NotEmpty(mentions);
        foreach (var mention in mentions)
        {
            var sentence = mention.GetProperty("sentence");
            var text = sentence.GetProperty("text").GetString()!;
            var at = mention.GetProperty("start").GetInt32() - sentence.GetProperty("start").GetInt32();
            Assert.Equal(mention.GetProperty("text").GetString(), text.Substring(at, mention.GetProperty("end").GetInt32() - mention.GetProperty("start").GetInt32()));
        }
    }

    [Fact]
    public void AnArabicAliasFindsTheSameEntityAsItsEnglishName()
    {
        using var data = TestStore.Create(kind);
        CliRunner.Run(data.With("analyze", Path.Combine(RepoPaths.Samples, "nile-water")));

        using var arabic = CliRunner.Run(data.With("entity", "إثيوبيا", "--json")).Json();
        using var english = CliRunner.Run(data.With("entity", "Ethiopia", "--json")).Json();

        Assert.Equal(
            english.RootElement.GetProperty("entities")[0].GetProperty("id").GetString(),
            arabic.RootElement.GetProperty("entities")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void AnUnknownEntityNameFailsWithOneMessage()
    {
        using var data = TestStore.Create(kind);
        CliRunner.Run(data.With("analyze", Path.Combine(RepoPaths.Samples, "nile-water")));

        var result = CliRunner.Run(data.With("entity", "غير موجود إطلاقا"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("No stored entity is called 'غير موجود إطلاقا'", result.Stderr);
    }

    [Fact]
    public void AnUnknownEntityTypeIsAUsageError()
    {
        using var data = TestStore.Create(kind);
        CliRunner.Run(data.With("ingest", Path.Combine(RepoPaths.Samples, "nile-water")));

        var result = CliRunner.Run(data.With("entities", "--type", "CITY"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown entity type 'CITY'", result.Stderr);
    }

    [Fact]
    public void HostileMarkupInAnArticleIsPrintedAsTextNotInterpreted()
    {
        using var inputs = new TempFolder();
        using var data = TestStore.Create(kind);
        inputs.Write("hostile.txt", "قال [red]المتحدث[/] إن <script>alert(1)</script> الحكومة [bold] سترد [/link].");

        var result = CliRunner.Run(data.With("analyze", inputs.Path));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("[red]المتحدث[/]", result.Stdout);
    }
}
