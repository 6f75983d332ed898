using System.Text.Json;
using Marsad.Search;
using Marsad.Tests.Support;

namespace Marsad.Tests.Search;

/// <summary>
/// A search index that has lost a file (a process killed mid-write, a disk tidied by hand) never costs a write what it
/// stores: the articles are stored, the command succeeds, and the index says it is out of date until it is rebuilt.
/// </summary>
public sealed class IndexFileLossTests
{
    private static string WriteArticle(TempFolder folder, string name, string text) =>
        folder.Write($"{name}/article.jsonl", JsonSerializer.Serialize(new { outlet = "وكالة الاختبار", published = "2024-05-02T10:00:00+03:00", title = "خبر", text }) + "\n");

    [Fact]
    public void AnIngestIntoAnIndexMissingASegmentFileStoresTheArticleAndSaysTheIndexWasNotUpdated()
    {
        using var folder = new TempFolder();
        using var target = TestStore.Create(StoreKind.Sqlite);
        var first = WriteArticle(folder, "a", "اجتمع وزراء الخارجية في الرياض لبحث الهجوم على الشبكة.");
        Assert.Equal(0, CliRunner.Run(target.With("ingest", first)).ExitCode);
        var index = SearchIndex.PathIn(target.DataFolder);
        var segmentFiles = Directory.GetFiles(index).Where(f => !Path.GetFileName(f).StartsWith("segments", StringComparison.Ordinal) && Path.GetFileName(f) != "write.lock").ToList();
        Assert.NotEmpty(segmentFiles);
        foreach (var file in segmentFiles.Where(f => f.EndsWith(".cfs", StringComparison.Ordinal) || f.EndsWith(".fdx", StringComparison.Ordinal))) File.Delete(file);

        var second = CliRunner.Run(target.With("ingest", WriteArticle(folder, "b", "أعلنت الحكومة في القاهرة خطة جديدة للنقل العام.")));

        Assert.True(second.ExitCode == 0, second.Stderr);
        Assert.Contains("search index not updated", second.Stderr);
        Assert.Contains("the index could not be updated (FileNotFoundException", second.Stderr);
        using (var store = target.Open()) Assert.Equal(2L, store.Articles.Count());
        Assert.Equal(0, CliRunner.Run(target.With("reindex")).ExitCode);
        using var found = CliRunner.Run(target.With("search", "القاهرة", "--json")).Json();
        Assert.True(found.RootElement.GetProperty("index").GetProperty("fresh").GetBoolean());
        Assert.Equal(1, found.RootElement.GetProperty("total").GetInt32());
    }
}
