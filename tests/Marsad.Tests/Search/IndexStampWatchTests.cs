using Marsad.Documents;
using Marsad.Search;
using Marsad.Storage;
using Marsad.Tests.Support;

namespace Marsad.Tests.Search;

/// <summary>The stamp the API's caches key on: read again after any other connection commits, not on every request.</summary>
public sealed class IndexStampWatchTests
{
    private const string Text = "أعلنت الهيئة الوطنية للأمن السيبراني تعرض وزارة المالية لهجوم إلكتروني شل خدماتها.";

    [Fact]
    public void TheWatchKeepsItsStampUntilAnotherConnectionCommitsThenReadsTheNewOne()
    {
        using var folder = new TempFolder();
        using var writer = MarsadStore.Open(folder.Path);
        using var watch = new IndexStampWatch(writer.Location);

        var first = watch.Current(writer);
        var unchanged = watch.Current(writer);
        writer.Articles.AddBatch([new Article { Id = ArticleIdentity.Of(Text), Text = Text, Outlet = "واس" }]);
        var afterCommit = watch.Current(writer);

        Assert.Same(first, unchanged);
        Assert.Equal(0, first.Articles);
        Assert.Equal(1, afterCommit.Articles);
        Assert.Equal(IndexStamp.Read(writer), afterCommit);
    }

    [Fact]
    public void TheWatchsVersionStaysWhileNothingIsCommittedAndMovesWithAnotherConnectionsCommit()
    {
        using var folder = new TempFolder();
        using var writer = MarsadStore.Open(folder.Path);
        using var watch = new IndexStampWatch(writer.Location);

        var first = watch.Version();
        var again = watch.Version();
        writer.Articles.AddBatch([new Article { Id = ArticleIdentity.Of(Text), Text = Text, Outlet = "واس" }]);
        var afterCommit = watch.Version();

        Assert.NotNull(first);
        Assert.Equal(first, again);
        Assert.NotEqual(first, afterCommit);
    }
}
