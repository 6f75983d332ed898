using Lucene.Net.Index;
using Lucene.Net.Store;
using Lucene.Net.Util;
using Marsad.Search;
using Marsad.Storage;
using Marsad.Tests.Support;

namespace Marsad.Tests.Search;

public sealed class IndexLayoutTests
{
    [Fact]
    public void AnIndexOfAnOlderLayoutReportsItselfStaleIsNotUpdatedAndReindexRebuildsIt()
    {
        using var folder = new TempFolder();
        Assert.Equal(0, CliRunner.Run("ingest", Path.Combine(RepoPaths.Samples, "nile-water"), "--data", folder.Path).ExitCode);
        string current;
        using (var store = MarsadStore.Open(folder.Path))
        {
            current = IndexStamp.Read(store).Terms;
            Assert.EndsWith("+" + IndexDocument.Layout, current);
            Assert.True(SearchIndex.Status(store).Fresh);
        }
        // An index written by a Marsad whose documents had the layout before this one, as that Marsad recorded it.
        var older = current.Replace("+" + IndexDocument.Layout, "+layout-2", StringComparison.Ordinal);
        MarkIndexAs(folder.Path, current, older);

        using (var store = MarsadStore.Open(folder.Path))
        {
            var status = SearchIndex.Status(store);
            Assert.True(status.Stale);
            Assert.Equal([$"the index was made with search terms '{older}', this Marsad makes '{current}'"], status.Reasons);
            // An update would mix layouts: ingest stores and leaves the index to reindex.
            using var indexing = new SearchIndexing(store);
            Assert.Equal($"search index not updated. {status.Describe()}", indexing.Warning);
        }

        Assert.Equal(0, CliRunner.Run("reindex", "--data", folder.Path).ExitCode);

        using (var store = MarsadStore.Open(folder.Path))
        {
            Assert.True(SearchIndex.Status(store).Fresh);
            using var service = SearchService.Open(store);
            Assert.Equal(3, service.Search(new SearchQuery("*")).Total);
        }
    }

    private static void MarkIndexAs(string dataFolder, string current, string older)
    {
        using (var store = MarsadStore.Open(dataFolder))
        using (var command = store.Connection.CreateCommand())
        {
            command.CommandText = "UPDATE search_index SET stamp = replace(stamp, $current, $older)";
            command.Parameters.AddWithValue("$current", current);
            command.Parameters.AddWithValue("$older", older);
            Assert.Equal(1, command.ExecuteNonQuery());
        }
        using var directory = FSDirectory.Open(SearchIndex.PathIn(dataFolder));
        using var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new MarsadAnalyzer()) { OpenMode = OpenMode.APPEND });
        var data = new Dictionary<string, string>(DirectoryReader.ListCommits(directory)[^1].UserData);
        data[SearchIndex.StampKey] = data[SearchIndex.StampKey].Replace(current, older, StringComparison.Ordinal);
        writer.SetCommitData(data);
        writer.Commit();
    }
}
