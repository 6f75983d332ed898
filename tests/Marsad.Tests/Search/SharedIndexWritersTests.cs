using System.Text.Json;
using Marsad.Documents;
using Marsad.Search;
using Marsad.Tests.Ingest;
using Marsad.Tests.Support;

namespace Marsad.Tests.Search;

/// <summary>
/// Processes sharing a data folder share its search index, and write it one at a time (issue 13: two writers at once
/// committed segments of the same names and deleted each other's files, so a worker found <c>_2.fdx</c> gone). A
/// writer that finds the index held waits for it and then indexes what it stored; an update indexes what any process
/// stored and left unindexed.
/// </summary>
public sealed class SharedIndexWritersTests
{
    private static string WriteArticles(TempFolder folder, string name, params string[] texts) =>
        folder.Write($"{name}.jsonl", string.Join('\n', texts.Select((text, i) => JsonSerializer.Serialize(new
        {
            outlet = "وكالة الاختبار",
            title = $"{name} {i + 1}",
            published = $"2024-05-0{i + 1}T10:00:00+03:00",
            text,
        }))) + "\n");

    [Fact]
    public void AnIngestInAnotherProcessWaitsWhileThisOneHoldsTheIndexThenIndexesWhatItStored()
    {
        using var input = new TempFolder();
        using var target = TestStore.Create(StoreKind.Sqlite);
        Assert.Equal(0, CliRunner.Run(target.With("ingest", WriteArticles(input, "first", ArabicSamples.Hospital, ArabicSamples.Rain))).ExitCode);
        var index = SearchIndex.PathIn(target.DataFolder);

        System.Diagnostics.Process other;
        using (var store = target.Open())
        {
            using var writer = SearchIndexWriter.OpenForUpdate(store, out _)!;
            var before = Files(index);
            other = CliProcess.Start(target, ["ingest", WriteArticles(input, "second", ArabicSamples.Market, ArabicSamples.Library)]);
            var deadline = DateTime.UtcNow.AddMinutes(2);
            while (store.Articles.Count() < 4)
            {
                Assert.False(other.HasExited, other.HasExited ? other.StandardError.ReadToEnd() : "");
                Assert.True(DateTime.UtcNow < deadline, "the other ingest never stored its articles");
                Thread.Sleep(20);
            }
            // Its articles are stored; its index update waits for this writer (up to SearchIndexWriter.LockWait, 30 s):
            // for 10 s it neither finishes nor touches the index.
            var held = DateTime.UtcNow.AddSeconds(10);
            while (DateTime.UtcNow < held)
            {
                Assert.False(other.HasExited, "the other process did not wait for the index this one holds");
                Assert.Equal(before, Files(index));
                Thread.Sleep(100);
            }
        }

        using (other)
        {
            Assert.True(other.WaitForExit(TimeSpan.FromMinutes(2)), "the other ingest did not finish");
            var errors = other.StandardError.ReadToEnd();
            Assert.True(other.ExitCode == 0, errors);
            Assert.DoesNotContain("search index not updated", errors);
        }
        AssertHoldsEveryArticleOnceAsARebuildWould(target, 4);
    }

    [Fact]
    public void AnUpdateIndexesWhatAnotherProcessStoredAndLeftUnindexed()
    {
        using var input = new TempFolder();
        using var target = TestStore.Create(StoreKind.Sqlite);
        Assert.Equal(0, CliRunner.Run(target.With("ingest", WriteArticles(input, "first", ArabicSamples.Hospital))).ExitCode);
        using (var store = target.Open())
        {
            // As a process killed between storing a chunk and indexing it leaves the store: stored, listed, not indexed.
            store.Articles.AddBatch([ArticleOf("وكالة الاختبار", ArabicSamples.Maintenance)]);
            Assert.False(SearchIndex.Status(store).Fresh);
        }

        Assert.Equal(0, CliRunner.Run(target.With("ingest", WriteArticles(input, "third", ArabicSamples.Market))).ExitCode);

        AssertHoldsEveryArticleOnceAsARebuildWould(target, 3);
        using var found = CliRunner.Run(target.With("search", "الصيانة", "--json")).Json();
        Assert.Equal(1, found.RootElement.GetProperty("total").GetInt32());
    }

    private static Article ArticleOf(string outlet, string text) =>
        new() { Id = ArticleIdentity.Of(text), Outlet = outlet, Title = "خبر", Text = text, Published = new DateTimeOffset(2024, 5, 3, 10, 0, 0, TimeSpan.FromHours(3)) };

    /// <summary>
    /// The index says it is fresh, holds <paramref name="articles"/> documents, and answers <c>*</c> with every article
    /// once, with the same hits, near-duplicate counts and facets as an index rebuilt from the store.
    /// </summary>
    internal static void AssertHoldsEveryArticleOnceAsARebuildWould(TestStore target, int articles)
    {
        string[] query = ["search", "*", "--limit", "1000", "--json"];
        using var kept = CliRunner.Run(target.With(query)).Json();
        var status = kept.RootElement.GetProperty("index");
        Assert.True(status.GetProperty("fresh").GetBoolean(), status.GetRawText());
        Assert.Equal(articles, status.GetProperty("documents").GetInt32());
        var hits = Hits(kept);
        Assert.Equal(articles, hits.Sum(h => 1 + h.Duplicates));
        Assert.Equal(hits.Count, hits.Select(h => h.Id).Distinct(StringComparer.Ordinal).Count());

        Assert.Equal(0, CliRunner.Run(target.With("reindex")).ExitCode);
        using var rebuilt = CliRunner.Run(target.With(query)).Json();
        Assert.Equal(Hits(rebuilt), hits);
        Assert.Equal(rebuilt.RootElement.GetProperty("facets").GetRawText(), kept.RootElement.GetProperty("facets").GetRawText());
    }

    private static List<(string Id, int Duplicates)> Hits(JsonDocument search) =>
        [.. search.RootElement.GetProperty("hits").EnumerateArray()
            .Select(h => (h.GetProperty("article").GetProperty("id").GetString()!, h.GetProperty("duplicates").GetInt32()))];

    /// <summary>The index folder's files with their sizes: what a commit by anyone would change.</summary>
    private static List<string> Files(string folder) =>
        [.. Directory.GetFiles(folder).Select(f => $"{Path.GetFileName(f)}:{new FileInfo(f).Length}").Order(StringComparer.Ordinal)];
}
