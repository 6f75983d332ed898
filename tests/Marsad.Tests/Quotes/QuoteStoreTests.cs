using System.Text.Json;
using Marsad.Quotes;
using Marsad.Tests.Support;

namespace Marsad.Tests.Quotes;

public sealed class SqliteQuoteStoreTests() : QuoteStoreTests(StoreKind.Sqlite);

public sealed class PostgreSqlQuoteStoreTests() : QuoteStoreTests(StoreKind.PostgreSql);

/// <summary>Quotes saved by analysis and listed by <c>marsad quotes</c>, on each kind of store.</summary>
public abstract class QuoteStoreTests(StoreKind kind)
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
        using var data = TestStore.Create(kind);
        CliRunner.Run(data.With("analyze", WriteArticle(input)));

        var result = CliRunner.Run(data.With("quotes", "--json"));

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
        using var data = TestStore.Create(kind);
        CliRunner.Run(data.With("analyze", WriteArticle(input)));

        using var byName = CliRunner.Run(data.With("quotes", "--speaker", "Ayman Safadi", "--json")).Json();
        using var byArabic = CliRunner.Run(data.With("quotes", "--speaker", "الصفدي", "--json")).Json();
        using var unnamed = CliRunner.Run(data.With("quotes", "--speaker", "مصدر دبلوماسي", "--json")).Json();

        Assert.Equal(2, byName.RootElement.GetProperty("quotes").GetArrayLength());
        Assert.Equal(2, byArabic.RootElement.GetProperty("quotes").GetArrayLength());
        var source = Assert.Single(unnamed.RootElement.GetProperty("quotes").EnumerateArray());
        Assert.Equal("جولة جديدة من المحادثات ستعقد الأسبوع المقبل", source.GetProperty("text").GetString());
    }

    [Fact]
    public void DateAndOutletFiltersKeepOnlyMatchingArticles()
    {
        using var input = new TempFolder();
        using var data = TestStore.Create(kind);
        CliRunner.Run(data.With("analyze", WriteArticle(input)));

        using var inRange = CliRunner.Run(data.With("quotes", "--from", "2024-03-01", "--to", "2024-03-06", "--json")).Json();
        using var after = CliRunner.Run(data.With("quotes", "--from", "2024-03-07", "--json")).Json();
        using var otherOutlet = CliRunner.Run(data.With("quotes", "--outlet", "وكالة أخرى", "--json")).Json();

        Assert.Equal(3, inRange.RootElement.GetProperty("quotes").GetArrayLength());
        Assert.Equal(0, after.RootElement.GetProperty("quotes").GetArrayLength());
        Assert.Equal(0, otherOutlet.RootElement.GetProperty("quotes").GetArrayLength());
    }

    [Fact]
    public void SavingAnArticlesQuotesAgainReplacesTheEarlierOnes()
    {
        using var input = new TempFolder();
        using var data = TestStore.Create(kind);
        CliRunner.Run(data.With("analyze", WriteArticle(input)));

        using var store = data.Open();
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
        using var data = TestStore.Create(kind);
        CliRunner.Run(data.With("analyze", WriteArticle(input, outlet: "[red]outlet[/]")));

        var bad = CliRunner.Run(data.With("quotes", "--from", "March"));
        var table = CliRunner.Run(data.With("quotes"));

        Assert.NotEqual(0, bad.ExitCode);
        Assert.Contains("YYYY-MM-DD", bad.Stderr);
        Assert.Equal(0, table.ExitCode);
        Assert.Contains("[red]outlet[/]", table.Stdout);
    }

    [Fact]
    public void ArticleJsonCarriesTheQuotesContract()
    {
        using var input = new TempFolder();
        using var data = TestStore.Create(kind);
        var result = CliRunner.Run(data.With("analyze", WriteArticle(input), "--json"));

        using var json = result.Json();
        var quote = json.RootElement.GetProperty("articles")[0].GetProperty("quotes")[0];
        Assert.Equal(["id", "start", "end", "text", "kind", "cue", "speaker", "sentence"], quote.EnumerateObject().Select(p => p.Name));
        Assert.Equal("q1", quote.GetProperty("id").GetString());
        Assert.Equal(["text", "start", "end"], quote.GetProperty("cue").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["entity_id", "text", "start", "end"], quote.GetProperty("speaker").EnumerateObject().Select(p => p.Name));
        Assert.Equal(["start", "end"], quote.GetProperty("sentence").EnumerateObject().Select(p => p.Name));
    }
}
