using Marsad.Search;
using Marsad.Storage;
using Marsad.Tests.Support;

namespace Marsad.Tests.Search;

/// <summary>Search collapses the near duplicates the stories step recorded, and only those.</summary>
public sealed class DuplicateCollapseTests
{
    private const string Query = "بالهجوم";

    [Fact]
    public void TheRepostIsCollapsedBecauseTheStoriesStepPairedItAndStandsAloneOnceThePairIsGone()
    {
        using var folder = Analysed();
        using (var store = MarsadStore.Open(folder.Path))
        {
            Assert.Equal(2L, Scalar(store, "SELECT COUNT(*) FROM near_duplicates"));
            Assert.Equal([0, 1], Duplicates(store));
            Execute(store, "DELETE FROM near_duplicates");
        }

        Assert.Equal(0, CliRunner.Run("reindex", "--data", folder.Path).ExitCode);

        using var after = MarsadStore.Open(folder.Path);
        Assert.Equal([0, 0, 0], Duplicates(after));
    }

    [Fact]
    public void AnUpdateRegroupsTheOtherMembersWhenAGroupSplits()
    {
        using var folder = Analysed();
        using var store = MarsadStore.Open(folder.Path);
        var pair = Pair(store);

        // As analyze does: the writer is opened on a fresh index, the stories step re-places an article (here: without
        // its pair), then only that article is indexed again; the other member leaves the group as well.
        using (var writer = SearchIndexWriter.OpenForUpdate(store, out _)!)
        {
            Execute(store, "DELETE FROM near_duplicates");
            writer.Update([pair.Article]);
        }

        Assert.Equal([0, 0, 0], Duplicates(store));
        using var service = SearchService.Open(store);
        Assert.True(service.Status.Fresh);
    }

    [Fact]
    public void AnUpdateJoinsAnIndexedArticleToTheGroupOfANewPair()
    {
        using var folder = Analysed();
        using var store = MarsadStore.Open(folder.Path);
        var pair = Pair(store);
        Execute(store, "DELETE FROM near_duplicates");
        Assert.Equal(0, CliRunner.Run("reindex", "--data", folder.Path).ExitCode);
        Assert.Equal([0, 0, 0], Duplicates(store));

        // The pair comes back (as the stories step records it for a newly analysed article); only that article is updated.
        using (var writer = SearchIndexWriter.OpenForUpdate(store, out _)!)
        {
            Execute(store, $"INSERT INTO near_duplicates VALUES ('{pair.Article}', '{pair.Other}', 0.9, 0.8), ('{pair.Other}', '{pair.Article}', 0.9, 0.8)");
            writer.Update([pair.Article]);
        }

        Assert.Equal([0, 1], Duplicates(store));
    }

    private static TempFolder Analysed()
    {
        var folder = new TempFolder();
        var result = CliRunner.Run("analyze", Path.Combine(RepoPaths.Samples, "amman-cyber"), "--data", folder.Path);
        Assert.True(result.ExitCode == 0, result.Stderr);
        return folder;
    }

    private static int[] Duplicates(MarsadStore store)
    {
        using var service = SearchService.Open(store);
        return [.. service.Search(new SearchQuery(Query)).Hits.Select(h => h.Duplicates).Order()];
    }

    private static (string Article, string Other) Pair(MarsadStore store)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = "SELECT article_id, other_id FROM near_duplicates ORDER BY article_id LIMIT 1";
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        return (reader.GetString(0), reader.GetString(1));
    }

    private static long Scalar(MarsadStore store, string sql)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = sql;
        return (long)command.ExecuteScalar()!;
    }

    private static void Execute(MarsadStore store, string sql)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
