using System.Text.Json;
using Marsad.Tests.Support;

namespace Marsad.Tests.Cli;

public sealed class SqliteAnalyzeCommandTests() : AnalyzeCommandTests(StoreKind.Sqlite);

public sealed class PostgreSqlAnalyzeCommandTests() : AnalyzeCommandTests(StoreKind.PostgreSql);

/// <summary><c>marsad analyze</c> on each kind of store.</summary>
public abstract class AnalyzeCommandTests(StoreKind kind)
{
    [Fact]
    public void AnalyzeJsonListsEverySampleWithSentenceSpansIntoItsText()
    {
        using var data = TestStore.Create(kind);
        var result = CliRunner.Run(data.With("analyze", RepoPaths.Samples, "--json"));

        Assert.Equal(0, result.ExitCode);
        using var json = result.Json();
        var articles = json.RootElement.GetProperty("articles").EnumerateArray().ToList();
        Assert.Equal(11, articles.Count);
        foreach (var article in articles)
        {
            var text = article.GetProperty("text").GetString()!;
            Assert.Equal(16, article.GetProperty("id").GetString()!.Length);
            Assert.True(article.TryGetProperty("outlet", out _));
            Assert.True(article.TryGetProperty("title", out _));
            Assert.True(article.TryGetProperty("source_path", out _));
            var sentences = article.GetProperty("sentences").EnumerateArray().ToList();
            Assert.NotEmpty(sentences);
            foreach (var sentence in sentences)
            {
                var (start, end) = (sentence.GetProperty("start").GetInt32(), sentence.GetProperty("end").GetInt32());
                Assert.Equal(sentence.GetProperty("text").GetString(), text[start..end]);
            }
        }
        Assert.Equal(11, json.RootElement.GetProperty("summary").GetProperty("added").GetInt32());
    }

    [Fact]
    public void PublishedIsIsoWithOffsetOrNullWhenTheSourceGivesNone()
    {
        using var data = TestStore.Create(kind);
        var result = CliRunner.Run(data.With("analyze", Path.Combine(RepoPaths.Samples, "nile-water", "2024-03-04-alnahar.txt"), "--json"));

        using var json = result.Json();
        var article = json.RootElement.GetProperty("articles")[0];
        Assert.Equal("النهار الجديد", article.GetProperty("outlet").GetString());
        Assert.Equal("2024-03-04T14:20:00+02:00", article.GetProperty("published").GetString());
        Assert.False(article.GetProperty("published_estimated").GetBoolean());
    }

    [Fact]
    public void AnalyzingTheSameFolderTwiceStoresNothingNewButReportsEveryArticle()
    {
        using var data = TestStore.Create(kind);
        var folder = Path.Combine(RepoPaths.Samples, "amman-cyber");
        CliRunner.Run(data.With("analyze", folder, "--json"));
        var second = CliRunner.Run(data.With("analyze", folder, "--json"));

        using var json = second.Json();
        Assert.Equal(3, json.RootElement.GetProperty("articles").GetArrayLength());
        Assert.Equal(0, json.RootElement.GetProperty("summary").GetProperty("added").GetInt32());
        Assert.Equal(3, json.RootElement.GetProperty("summary").GetProperty("duplicates").GetArrayLength());
    }

    [Fact]
    public void TheSeedsAreAnalyzedWithSentencesAndTokens()
    {
        var seed = SharedData.Seed(0);
        using var data = TestStore.Create(kind);
        var result = CliRunner.Run(data.With("analyze", Path.GetDirectoryName(seed)!, "--json"));

        Assert.Equal(0, result.ExitCode);
        using var json = result.Json();
        var bySentences = json.RootElement.GetProperty("articles").EnumerateArray()
            .ToDictionary(a => Path.GetFileName(a.GetProperty("source_path").GetString()!), a => a.GetProperty("sentences"));
        Assert.Equal(13, bySentences["000_dbf29ce37a5f7afa.txt"].GetArrayLength());
        Assert.Equal(11, bySentences["001_9efac980176be7b2.txt"].GetArrayLength());
        var firstToken = bySentences["001_9efac980176be7b2.txt"][0].GetProperty("tokens")[0];
        Assert.Equal("شهدت", firstToken.GetProperty("text").GetString());
        Assert.Equal(0, firstToken.GetProperty("start").GetInt32());
        Assert.Equal(4, firstToken.GetProperty("end").GetInt32());
    }

    [Fact]
    public void AnUndatedSeedIsDatedFromItsContentAndItsTimesAreNormalized()
    {
        var seed = SharedData.Seed(0);
        using var data = TestStore.Create(kind);
        var result = CliRunner.Run(data.With("analyze", seed, "--json"));

        using var json = result.Json();
        var article = json.RootElement.GetProperty("articles")[0];
        Assert.Equal("2022-09-12", article.GetProperty("published").GetString());
        Assert.True(article.GetProperty("published_estimated").GetBoolean());
        var times = article.GetProperty("times").EnumerateArray()
            .Select(t => (t.GetProperty("text").GetString(), t.GetProperty("value").GetString())).ToList();
        Assert.Contains(("الأربعاء 7 سبتمبر/أيلول", "2022-09-07"), times);
        Assert.Contains(("يوليو/تموز الماضي", "2022-07"), times);
        Assert.Contains(("منذ عام 2014", "2014"), times);
    }

    [Fact]
    public void ABadFileIsReportedByNameAndTheRestOfTheBatchIsAnalyzed()
    {
        using var inputs = new TempFolder();
        using var data = TestStore.Create(kind);
        inputs.Write("good.txt", "أعلنت الحكومة المغربية اليوم عن خطة جديدة لدعم المزارعين.");
        inputs.Write("junk.txt", [0x00, 0x01, 0xFF, 0x00, 0x13, 0x37, 0x00, 0x00, 0x7F, 0x00]);
        inputs.Write("broken.jsonl", "{\"text\": \"قالت الوزارة إن الطريق سيفتح غدا.\"}\n{not json\n");

        var result = CliRunner.Run(data.With("analyze", inputs.Path, "--json"));

        Assert.Equal(3, result.ExitCode);
        using var json = result.Json();
        Assert.Equal(2, json.RootElement.GetProperty("articles").GetArrayLength());
        var problems = json.RootElement.GetProperty("summary").GetProperty("problems").EnumerateArray()
            .Select(p => (Path.GetFileName(p.GetProperty("path").GetString()!), p.GetProperty("code").GetString()))
            .OrderBy(p => p.Item1).ToList();
        Assert.Equal([("broken.jsonl:2", "malformed-json"), ("junk.txt", "binary")], problems);
    }
}
