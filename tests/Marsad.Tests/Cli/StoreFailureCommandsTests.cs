using Marsad.Storage;
using Marsad.Tests.Ingest;
using Marsad.Tests.Support;

namespace Marsad.Tests.Cli;

// Unix file modes make the read-only and unreadable folders these tests need.
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class StoreFailureCommandsTests
{
    [Fact]
    public void AFailedWriteExitsThreeWithTheJsonSummaryOfWhatWasCommitted()
    {
        using var folder = new TempFolder();
        using (var store = MarsadStore.Open(folder.File("data")))
        {
            // Injected inside SQLite, where a real failure (disk full, I/O error) would arise.
            using var command = store.Connection.CreateCommand();
            command.CommandText = "CREATE TRIGGER refuse BEFORE INSERT ON articles WHEN NEW.outlet = 'عطل' BEGIN SELECT RAISE(ABORT, 'injected failure'); END";
            command.ExecuteNonQuery();
        }
        var feed = folder.Write("feed.jsonl", string.Join("\n",
            $$"""{"outlet": "الغد", "text": "{{ArabicSamples.Rain}}"}""",
            $$"""{"outlet": "عطل", "text": "{{ArabicSamples.Market}}"}"""));

        var result = CliRunner.Run("ingest", feed, "--data", folder.File("data"), "--json");

        Assert.Equal(3, result.ExitCode);
        var summary = result.Json().RootElement;
        Assert.Equal((0, 0), (summary.GetProperty("read").GetInt32(), summary.GetProperty("added").GetInt32()));
        Assert.Equal(MarsadStoreException.WriteFailed, summary.GetProperty("store_error").GetProperty("code").GetString());
        Assert.StartsWith("marsad: error: MARSAD-S003: Writing to ", result.Stderr);
        Assert.Contains("The 0 articles stored before are committed and kept; the 2 articles being written", result.Stderr);
    }

    [Fact]
    public void AReadOnlyDataFolderCanStillBeQueried()
    {
        Assert.SkipWhen(OperatingSystem.IsWindows(), "file modes are Unix");
        using var folder = new TempFolder();
        var data = folder.File("data");
        folder.Write("in/story.txt", ArabicSamples.Hospital);
        folder.Write("in/story.meta.json", """{"outlet": "الغد", "title": "مستشفى"}""");
        Assert.Equal(0, CliRunner.Run("analyze", folder.File("in"), "--data", data, "--json").ExitCode);
        var database = DataFolder.DatabasePath(data);
        var folderMode = File.GetUnixFileMode(data);
        File.SetUnixFileMode(database, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(data, UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.GroupExecute);
        try
        {
            var before = File.GetLastWriteTimeUtc(database);
            var stats = CliRunner.Run("stats", "--data", data, "--json");
            var list = CliRunner.Run("list", "--data", data, "--json");
            var id = list.Json().RootElement.GetProperty("articles")[0].GetProperty("id").GetString()!;
            var show = CliRunner.Run("show", id[..8], "--data", data, "--json");
            var entities = CliRunner.Run("entities", "--data", data, "--json");

            Assert.Equal((0, 0, 0, 0), (stats.ExitCode, list.ExitCode, show.ExitCode, entities.ExitCode));
            Assert.Equal(1, stats.Json().RootElement.GetProperty("articles").GetInt32());
            Assert.Equal("مستشفى", show.Json().RootElement.GetProperty("title").GetString());
            Assert.Equal("loc:riyadh", entities.Json().RootElement.GetProperty("entities")[0].GetProperty("id").GetString());
            // The index writers' lock file is the analyze's, made before the folder was read-only; the queries add nothing.
            Assert.Equal(["marsad.db", "search-index-write.lock"], Directory.GetFiles(data).Select(Path.GetFileName).Order(StringComparer.Ordinal));
            Assert.Equal(before, File.GetLastWriteTimeUtc(database));
        }
        finally
        {
            File.SetUnixFileMode(data, folderMode);
            File.SetUnixFileMode(database, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }
    }
}
