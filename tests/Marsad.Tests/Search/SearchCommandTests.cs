using System.Text.Json;
using Marsad.Documents;
using Marsad.Search;
using Marsad.Storage;
using Marsad.Tests.Support;

namespace Marsad.Tests.Search;

public sealed class SqliteSearchCommandTests() : SearchCommandTests(StoreKind.Sqlite);

public sealed class PostgreSqlSearchCommandTests() : SearchCommandTests(StoreKind.PostgreSql);

/// <summary><c>marsad search</c> on each kind of store: the same query gives the same hits, snippets and index status.</summary>
public abstract class SearchCommandTests(StoreKind kind)
{
    // Written for these tests: tatweel, vowel marks and a right-to-left mark inside the words searched for,
    // Arabic-Indic digits, and hostile text (Spectre markup and a terminal escape sequence).
    private const string Marked = "\u200Fأعلنت الوزارة أنّ الهـــجُومَ على الشبكة وقع في ٢٠٢٤ وأن إيران نفت أي صلة به، وقالت [red]عاجل[/] \u001b[31mتحذير";

    // JSON Lines, so the escape character travels as \u001b (a .txt holding it is refused as binary).
    private static string WriteArticle(TempFolder folder, string name, string text, string outlet, string published, string title) =>
        folder.Write($"in/{name}.jsonl", JsonSerializer.Serialize(new { outlet, published, title, text }) + "\n");

    [Fact]
    public void JsonFollowsTheContractAndHighlightsPointAtTheWordsInTheOriginalText()
    {
        using var folder = new TempFolder();
        using var target = TestStore.Create(kind);
        WriteArticle(folder, "marked", Marked, "وكالة الاختبار", "2024-05-02T10:00:00+03:00", "الوزارة: هجوم على الشبكة");
        Assert.Equal(0, CliRunner.Run(target.With("ingest", folder.File("in"))).ExitCode);

        var result = CliRunner.Run(target.With("search", "هجوم", "--json"));

        Assert.Equal(0, result.ExitCode);
        using var json = result.Json();
        var root = json.RootElement;
        Assert.Equal(["total", "hits", "facets", "index"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, root.GetProperty("total").GetInt32());
        var hit = root.GetProperty("hits")[0];
        Assert.Equal(["article", "score", "duplicates", "snippets"], hit.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["id", "source_id", "outlet", "title", "published"], hit.GetProperty("article").EnumerateObject().Select(p => p.Name));
        Assert.Equal("2024-05-02T10:00:00+03:00", hit.GetProperty("article").GetProperty("published").GetString());
        Assert.Equal(0, hit.GetProperty("duplicates").GetInt32());
        var snippet = hit.GetProperty("snippets")[0];
        var (start, end) = (snippet.GetProperty("start").GetInt32(), snippet.GetProperty("end").GetInt32());
        Assert.Equal(Marked[start..end], snippet.GetProperty("text").GetString());
        var highlight = snippet.GetProperty("highlights")[0];
        Assert.Equal("الهـــجُومَ", Marked[highlight.GetProperty("start").GetInt32()..highlight.GetProperty("end").GetInt32()]);
        Assert.Equal(["outlet", "day", "entity"], root.GetProperty("facets").EnumerateObject().Select(p => p.Name));
        Assert.Equal(1, root.GetProperty("facets").GetProperty("outlet").GetProperty("وكالة الاختبار").GetInt32());
        Assert.Equal(1, root.GetProperty("facets").GetProperty("day").GetProperty("2024-05-02").GetInt32());
        Assert.True(root.GetProperty("index").GetProperty("fresh").GetBoolean());
    }

    [Fact]
    public void APluralHighlightsItsSingularWithItsCliticsAtItsSpanInTheOriginalText()
    {
        // Written for this test: the singular with a proclitic, tatweel and a vowel mark, after a bidi mark.
        const string text = "\u200Fدانت الحكومة أمس بالهجـومِ الذي استهدف شبكة الكهرباء، وقالت إن التحقيق جار.";
        using var folder = new TempFolder();
        using var target = TestStore.Create(kind);
        WriteArticle(folder, "clitic", text, "وكالة الاختبار", "2024-05-03T09:00:00+03:00", "الحكومة تدين");
        Assert.Equal(0, CliRunner.Run(target.With("ingest", folder.File("in"))).ExitCode);

        using var json = CliRunner.Run(target.With("search", "الهجمات", "--json")).Json();

        var snippet = json.RootElement.GetProperty("hits")[0].GetProperty("snippets")[0];
        var highlights = snippet.GetProperty("highlights").EnumerateArray()
            .Select(h => (h.GetProperty("start").GetInt32(), h.GetProperty("end").GetInt32())).ToList();
        var at = text.IndexOf("بالهجـومِ", StringComparison.Ordinal);
        Assert.Equal([(at, at + "بالهجـومِ".Length)], highlights);
        Assert.Equal(text[snippet.GetProperty("start").GetInt32()..snippet.GetProperty("end").GetInt32()], snippet.GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("٢٠٢٤")]
    [InlineData("ايران")]
    [InlineData("إيران")]
    [InlineData("\"الهجوم على الشبكة\"")]
    public void SpellingAndDigitVariantsFindTheArticle(string query)
    {
        using var folder = new TempFolder();
        using var target = TestStore.Create(kind);
        WriteArticle(folder, "marked", Marked, "وكالة الاختبار", "2024-05-02T10:00:00+03:00", "الوزارة: هجوم على الشبكة");
        CliRunner.Run(target.With("ingest", folder.File("in")));

        using var json = CliRunner.Run(target.With("search", query, "--json")).Json();

        Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public void TheTerminalShowsHostileMarkupAsTextAndNeverAnEscapeSequence()
    {
        using var folder = new TempFolder();
        using var target = TestStore.Create(kind);
        WriteArticle(folder, "marked", Marked, "وكالة [bold]الاختبار", "2024-05-02T10:00:00+03:00", "[link=x]عنوان[/]");
        CliRunner.Run(target.With("ingest", folder.File("in")));

        var result = CliRunner.Run(target.With("search", "عاجل"));

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("[red]عاجل[/]", result.Stdout);
        Assert.Contains("[link=x]عنوان[/]", result.Stdout);
        Assert.DoesNotContain('\u001b', result.Stdout);
    }

    [Fact]
    public void SearchSaysWhenArticlesWereStoredBehindTheIndexAndReindexFixesIt()
    {
        using var folder = new TempFolder();
        using var target = TestStore.Create(kind);
        WriteArticle(folder, "marked", Marked, "وكالة الاختبار", "2024-05-02T10:00:00+03:00", "الوزارة: هجوم على الشبكة");
        CliRunner.Run(target.With("ingest", folder.File("in")));
        using (var store = target.Open())
        {
            // Stored without going through ingest, as an older Marsad or another tool would.
            const string text = "اجتمع وزراء الخارجية لبحث الهجوم على الشبكة.";
            store.Articles.AddBatch([new Article { Id = ArticleIdentity.Of(text), Text = text }]);
            // Such a writer records nothing for the index to pick up (today's repository does: search_pending).
            using var forget = store.Connection.CreateCommand();
            forget.CommandText = "DELETE FROM search_pending";
            forget.ExecuteNonQuery();
        }

        var stale = CliRunner.Run(target.With("search", "الهجوم", "--json"));
        using (var json = stale.Json())
        {
            Assert.False(json.RootElement.GetProperty("index").GetProperty("fresh").GetBoolean());
            Assert.Equal(1, json.RootElement.GetProperty("total").GetInt32());
        }
        Assert.Contains("out of date", stale.Stderr);
        Assert.Contains("1 article(s) stored since the index was built", stale.Stderr);

        // An ingest does not paper over the gap: it leaves the index as it was and says so.
        var ingest = CliRunner.Run(target.With("ingest", folder.File("in")));
        Assert.Contains("search index not updated", ingest.Stderr);
        Assert.Contains("1 article(s) stored without being listed for the index", ingest.Stderr);

        Assert.Equal(0, CliRunner.Run(target.With("reindex")).ExitCode);
        using var fresh = CliRunner.Run(target.With("search", "الهجوم", "--json")).Json();
        Assert.True(fresh.RootElement.GetProperty("index").GetProperty("fresh").GetBoolean());
        Assert.Equal(2, fresh.RootElement.GetProperty("total").GetInt32());
    }

    [Fact]
    public void AStoreWithArticlesButNoIndexAsksForReindex()
    {
        using var target = TestStore.Create(kind);
        using (var store = target.Open())
        {
            const string text = "نص قصير عن الهجوم.";
            store.Articles.AddBatch([new Article { Id = ArticleIdentity.Of(text), Text = text }]);
        }

        var result = CliRunner.Run(target.With("search", "الهجوم"));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(SearchException.NoIndex, result.Stderr);
        Assert.Contains("marsad reindex", result.Stderr);
    }

    [Fact]
    public void BadOptionsAreUsageErrors()
    {
        using var target = TestStore.Create(kind);
        CliRunner.Run(target.With("ingest", Path.Combine(RepoPaths.Samples, "nile-water")));

        Assert.Equal(2, CliRunner.Run(target.With("search", "مصر", "--from", "5/3/2024")).ExitCode);
        Assert.Equal(2, CliRunner.Run(target.With("search", "مصر", "--sort", "oldest")).ExitCode);
        var type = CliRunner.Run(target.With("search", "مصر", "--type", "attack"));
        Assert.Equal(2, type.ExitCode);
        Assert.Contains(SearchException.BadFilter, type.Stderr);
    }

    [Fact]
    public void SeedsAreFoundByMorphologicalAndSpellingVariants()
    {
        var seed0 = SharedData.Seed(0);
        var seed1 = SharedData.Seed(1);
        using var target = TestStore.Create(kind);
        CliRunner.Run(target.With("ingest", seed0, seed1));
        var id0 = ArticleIdentity.Of(File.ReadAllText(seed0));
        var id1 = ArticleIdentity.Of(File.ReadAllText(seed1));

        string[] Ids(string query)
        {
            using var json = CliRunner.Run(target.With("search", query, "--json")).Json();
            return [.. json.RootElement.GetProperty("hits").EnumerateArray().Select(h => h.GetProperty("article").GetProperty("id").GetString()!).Order(StringComparer.Ordinal)];
        }

        string[] both = [.. new[] { id0, id1 }.Order(StringComparer.Ordinal)];
        Assert.Equal(both, Ids("ايران"));
        Assert.Equal(both, Ids("هجمات"));
        Assert.Equal(both, Ids("الهجمات"));
        Assert.Equal(both, Ids("بالهجوم"));
        Assert.Equal(both, Ids("\"الهجمات الإلكترونية\"")); // هجمات إلكترونية in the second
        Assert.Equal(both, Ids("\"قطع علاقتها\"")); // قطع علاقات in the second
        Assert.Empty(Ids("\"علاقتها قطع\""));
    }
}
