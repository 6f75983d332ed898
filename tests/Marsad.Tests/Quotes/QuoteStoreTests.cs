using System.Text.Json;
using Marsad.Quotes;
using Marsad.Tests.Support;

namespace Marsad.Tests.Quotes;

public sealed class QuoteStoreTests
{
    private const string Article = """
        وقال وزير الخارجية الأردني أيمن الصفدي في مؤتمر صحفي إن «الحل العسكري لن يجلب الأمن لأحد».
        وأضاف أن عمّان ستواصل اتصالاتها مع جميع الأطراف.
        وقال مصدر دبلوماسي مطلع إن جولة جديدة من المحادثات ستعقد الأسبوع المقبل.
        """;

    private static string WriteArticle(TempFolder folder, string outlet = "صحيفة الاختبار", string published = "2024-03-06")
    {
        var path = Path.Combine(folder.Path, "amman-talks.txt");
        File.WriteAllText(path, Article);
        File.WriteAllText(Path.Combine(folder.Path, "amman-talks.meta.json"), JsonSerializer.Serialize(new { outlet, published, title = "محادثات عمّان" }));
        return path;
    }

    [Fact]
    public void QuotesCommandListsEachQuoteWithItsArticleAndSentence()
    {
        using var input = new TempFolder();
        using var data = new TempFolder();
        CliRunner.Run("analyze", WriteArticle(input), "--data", data.Path);

        var result = CliRunner.Run("quotes", "--json", "--data", data.Path);

        Assert.Equal(0, result.ExitCode);
        using var json = result.Json();
        var quotes = json.RootElement.GetProperty("quotes").EnumerateArray().ToList();
        Assert.Equal(3, quotes.Count);
        var first = quotes[0];
        Assert.Equal("الحل العسكري لن يجلب الأمن لأحد", first.GetProperty("text").GetString());
        Assert.Equal("direct", first.GetProperty("kind").GetString());
        Assert.Equal("per:ayman-safadi", first.GetProperty("speaker").GetProperty("entity_id").GetString());
        Assert.Equal("صحيفة الاختبار", first.GetProperty("outlet").GetString());
        Assert.Equal("2024-03-06", first.GetProperty("published").GetString());
        Assert.Equal(16, first.GetProperty("article_id").GetString()!.Length);
        var sentence = first.GetProperty("sentence");
        var at = first.GetProperty("start").GetInt32() - sentence.GetProperty("start").GetInt32();
        Assert.Equal("الحل العسكري لن يجلب الأمن لأحد", sentence.GetProperty("text").GetString()!.Substring(at, "الحل العسكري لن يجلب الأمن لأحد".Length));
        Assert.Equal(JsonValueKind.Null, quotes[2].GetProperty("speaker").GetProperty("entity_id").ValueKind);
        Assert.Equal(["id", "start", "end", "text", "kind", "cue", "speaker", "sentence", "article_id", "outlet", "published"],
            first.EnumerateObject().Select(p => p.Name));
    }

    [Fact]
    public void SpeakerFilterTakesAnyNameOfTheEntityOrTheWordsOfAnUnnamedSource()
    {
        using var input = new TempFolder();
        using var data = new TempFolder();
        CliRunner.Run("analyze", WriteArticle(input), "--data", data.Path);

        using var byName = CliRunner.Run("quotes", "--speaker", "Ayman Safadi", "--json", "--data", data.Path).Json();
        using var byArabic = CliRunner.Run("quotes", "--speaker", "الصفدي", "--json", "--data", data.Path).Json();
        using var unnamed = CliRunner.Run("quotes", "--speaker", "مصدر دبلوماسي", "--json", "--data", data.Path).Json();

        Assert.Equal(2, byName.RootElement.GetProperty("quotes").GetArrayLength());
        Assert.Equal(2, byArabic.RootElement.GetProperty("quotes").GetArrayLength());
        var source = Assert.Single(unnamed.RootElement.GetProperty("quotes").EnumerateArray());
        Assert.Equal("جولة جديدة من المحادثات ستعقد الأسبوع المقبل", source.GetProperty("text").GetString());
    }

    [Fact]
    public void DateAndOutletFiltersKeepOnlyMatchingArticles()
    {
        using var input = new TempFolder();
        using var data = new TempFolder();
        CliRunner.Run("analyze", WriteArticle(input), "--data", data.Path);

        using var inRange = CliRunner.Run("quotes", "--from", "2024-03-01", "--to", "2024-03-06", "--json", "--data", data.Path).Json();
        using var after = CliRunner.Run("quotes", "--from", "2024-03-07", "--json", "--data", data.Path).Json();
        using var otherOutlet = CliRunner.Run("quotes", "--outlet", "وكالة أخرى", "--json", "--data", data.Path).Json();

        Assert.Equal(3, inRange.RootElement.GetProperty("quotes").GetArrayLength());
        Assert.Equal(0, after.RootElement.GetProperty("quotes").GetArrayLength());
        Assert.Equal(0, otherOutlet.RootElement.GetProperty("quotes").GetArrayLength());
    }

    [Fact]
    public void SavingAnArticlesQuotesAgainReplacesTheEarlierOnes()
    {
        using var input = new TempFolder();
        using var data = new TempFolder();
        CliRunner.Run("analyze", WriteArticle(input), "--data", data.Path);

        using var store = Marsad.Storage.MarsadStore.Open(data.Path);
        var repository = new QuoteRepository(store);
        var stored = repository.List(new QuoteQuery());
        Assert.Equal(3, stored.Count);
        using (var transaction = store.BeginTransaction())
        {
            repository.Save(stored[0].ArticleId, [stored[1].Quote with { Id = "q1" }], transaction);
            transaction.Commit();
        }

        var again = Assert.Single(repository.List(new QuoteQuery()));
        Assert.Equal(stored[1].Quote.Text, again.Quote.Text);
        Assert.Equal(stored[1].Quote.Speaker, again.Quote.Speaker);
    }

    [Fact]
    public void BadDateIsAUsageErrorAndTheTableEscapesArticleMarkup()
    {
        using var input = new TempFolder();
        using var data = new TempFolder();
        CliRunner.Run("analyze", WriteArticle(input, outlet: "[red]outlet[/]"), "--data", data.Path);

        var bad = CliRunner.Run("quotes", "--from", "March", "--data", data.Path);
        var table = CliRunner.Run("quotes", "--data", data.Path);

        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("YYYY-MM-DD", bad.Stderr);
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("[red]outlet[/]", table.Stdout);
    }

    [Fact]
    public void ArticleJsonCarriesTheQuotesContract()
    {
        using var input = new TempFolder();
        using var data = new TempFolder();
        var result = CliRunner.Run("analyze", WriteArticle(input), "--json", "--data", data.Path);

        using var json = result.Json();
        var quote = json.RootElement.GetProperty("articles")[0].GetProperty("quotes")[0];
        Assert.Equal(["id", "start", "end", "text", "kind", "cue", "speaker", "sentence"], quote.EnumerateObject().Select(p => p.Name));
        Assert.Equal("q1", quote.GetProperty("id").GetString());
        Assert.Equal(["text", "start", "end"], quote.GetProperty("cue").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["entity_id", "text", "start", "end"], quote.GetProperty("speaker").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["start", "end"], quote.GetProperty("sentence").EnumerateObject().Select(p => p.Name));
    }
}
