using Marsad.Tests.Support;

namespace Marsad.Tests.Cli;

public sealed class EntityCommandsTests
{
    [Fact]
    public void EntitiesListsOneEntityPerStateAcrossTheOutletsThatNameIt()
    {
        using var data = new TempFolder();
        CliRunner.Run("analyze", Path.Combine(RepoPaths.Samples, "rabat-aid"), "--data", data.Path);

        var result = CliRunner.Run("entities", "--type", "GPE", "--json", "--data", data.Path);

        Assert.Equal(0, result.ExitCode);
        using var json = result.Json();
        var saudi = json.RootElement.GetProperty("entities").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "gpe:saudi-arabia");
        Assert.Equal("Saudi Arabia", saudi.GetProperty("name_en").GetString());
        Assert.Equal(3, saudi.GetProperty("article_count").GetInt32());
    }

    [Fact]
    public void EntityShowsEveryMentionWithTheSentenceItStandsIn()
    {
        using var data = new TempFolder();
        CliRunner.Run("analyze", Path.Combine(RepoPaths.Samples, "nile-water"), "--data", data.Path);

        var result = CliRunner.Run("entity", "Ethiopia", "--json", "--data", data.Path);

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
        using var data = new TempFolder();
        CliRunner.Run("analyze", Path.Combine(RepoPaths.Samples, "nile-water"), "--data", data.Path);

        using var arabic = CliRunner.Run("entity", "إثيوبيا", "--json", "--data", data.Path).Json();
        using var english = CliRunner.Run("entity", "Ethiopia", "--json", "--data", data.Path).Json();

        Assert.Equal(
            english.RootElement.GetProperty("entities")[0].GetProperty("id").GetString(),
            arabic.RootElement.GetProperty("entities")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void AnUnknownEntityNameFailsWithOneMessage()
    {
        using var data = new TempFolder();
        CliRunner.Run("analyze", Path.Combine(RepoPaths.Samples, "nile-water"), "--data", data.Path);

        var result = CliRunner.Run("entity", "غير موجود إطلاقا", "--data", data.Path);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("No stored entity is called 'غير موجود إطلاقا'", result.Stderr);
    }

    [Fact]
    public void AnUnknownEntityTypeIsAUsageError()
    {
        using var data = new TempFolder();
        CliRunner.Run("ingest", Path.Combine(RepoPaths.Samples, "nile-water"), "--data", data.Path);

        var result = CliRunner.Run("entities", "--type", "CITY", "--data", data.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("Unknown entity type 'CITY'", result.Stderr);
    }

    [Fact]
    public void HostileMarkupInAnArticleIsPrintedAsTextNotInterpreted()
    {
        using var inputs = new TempFolder();
        using var data = new TempFolder();
        inputs.Write("hostile.txt", "قال [red]المتحدث[/] إن <script>alert(1)</script> الحكومة [bold] سترد [/link].");

        var result = CliRunner.Run("analyze", inputs.Path, "--data", data.Path);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("[red]المتحدث[/]", result.Stdout);
    }
}
