using System.Text.Json;
using Marsad.Documents;
using Marsad.Search;
using Marsad.Storage;
using Marsad.Tests.Support;

namespace Marsad.Tests.Search;

public sealed class SqliteSnippetTextReachTests() : SnippetTextReachTests(StoreKind.Sqlite);

public sealed class PostgreSqlSnippetTextReachTests() : SnippetTextReachTests(StoreKind.PostgreSql);

/// <summary>A hit's text is read from the store only as far as its snippets reach, on each kind of store; the stores
/// count a prefix in code points, the snippets' offsets are UTF-16 units, and the snippets are those of the whole text.</summary>
public abstract class SnippetTextReachTests(StoreKind kind)
{
    // Written for this test: sixty characters beyond the Basic Multilingual Plane (two UTF-16 units each, one code point
    // in the store) before the word searched for, and a long rest of the text without it.
    private static readonly string s_text = string.Concat(Enumerable.Repeat("🌍", 60))
        + " ضرب الزلزال مدينة ساحلية فجر اليوم وأصاب عشرات السكان بجروح طفيفة ودمر عددا من البيوت القديمة في وسط المدينة القديمة. "
        + string.Join(" ", Enumerable.Repeat("وتواصل فرق الإنقاذ عملها بين المباني المنهارة.", 2000));

    [Fact]
    public void AHitsTextIsReadAsFarAsItsSnippetReachesWithOffsetsInUtf16Units()
    {
        using var folder = new TempFolder();
        using var target = TestStore.Create(kind);
        folder.Write("in/quake.jsonl", JsonSerializer.Serialize(new { outlet = "وكالة الساحل", published = "2024-03-05T08:00:00+03:00", title = "أخبار المدن الساحلية", text = s_text }) + "\n");
        Assert.Equal(0, CliRunner.Run(target.With("ingest", folder.File("in"))).ExitCode);
        using var store = target.Open();
        using var service = SearchService.Open(store);
        service.CacheFrom = null;
        service.Search(new SearchQuery("الزلزال"));
        var timings = service.Timings = new SearchTimings();

        var snippet = Assert.Single(Assert.Single(service.Search(new SearchQuery("الزلزال")).Hits).Snippets);

        // The word stands after 120 UTF-16 units of the sixty characters, a space and «ضرب »; the snippet opens on
        // the word before it and closes on the last whole word ending within 120 characters after it.
        Assert.Equal([new TextSpan(125, 132)], snippet.Highlights);
        Assert.Equal((121, 249), (snippet.Start, snippet.End));
        Assert.Equal(s_text[121..249], snippet.Text);
        // The whole text is ~190 KB as a string; its cut, a few hundred bytes.
        Assert.InRange(timings.Allocated(SearchPhase.Articles), 0, 32_000);
    }
}
