using Marsad.Storage;
using Marsad.Storage.Migrations;
using Marsad.Tests.Support;
using Microsoft.Data.Sqlite;

namespace Marsad.Tests.Storage;

public sealed class MarsadStoreTests
{
    [Fact]
    public void OpeningCreatesTheDatabaseInTheDataFolderWithWal()
    {
        using var folder = new TempFolder();
        var data = Path.Combine(folder.Path, "nested", "data");
        Assert.False(MarsadStore.Exists(data));
        using var store = MarsadStore.Open(data);
        Assert.True(MarsadStore.Exists(data));
        Assert.Equal(Path.Combine(data, "marsad.db"), store.DatabasePath);
        Assert.True(File.Exists(store.DatabasePath));
        Assert.Equal("wal", store.JournalMode());
        Assert.Equal(1L, Pragma(store, "synchronous")); // NORMAL
        Assert.Equal(1L, Pragma(store, "foreign_keys"));
    }

    [Fact]
    public void MigrationsRunOnceAndRecordTheirVersions()
    {
        using var folder = new TempFolder();
        var clock = new SteppingClock(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using (var first = MarsadStore.Open(folder.Path, clock)) { }
        using var again = MarsadStore.Open(folder.Path, clock);

        var applied = again.AppliedMigrations();
        Assert.Equal(SchemaMigrations.All.Select(m => (m.Version, m.Name)), applied.Select(m => (m.Version, m.Name)));
        Assert.Equal((1, "articles"), (applied[0].Version, applied[0].Name));
        Assert.Equal(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero), applied[0].AppliedAt);
    }

    [Fact]
    public void ANewMigrationIsAppliedOnceOnTopOfExistingOnes()
    {
        using var folder = new TempFolder();
        var clock = new SteppingClock(new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero));
        using (MarsadStore.Open(folder.Path, clock)) { }
        var next = SchemaMigrations.All[^1].Version + 1;
        var withNext = SchemaMigrations.All.Append(new Migration(next, "notes", "CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")).ToList();

        using (MarsadStore.Open(folder.Path, withNext, clock)) { }
        using var store = MarsadStore.Open(folder.Path, withNext, clock);

        Assert.Equal(withNext.Select(m => (m.Version, m.Name)), store.AppliedMigrations().Select(m => (m.Version, m.Name)));
        Assert.Equal(clock.Start.AddSeconds(SchemaMigrations.All.Count), store.AppliedMigrations()[^1].AppliedAt);
    }

    [Fact]
    public void ADatabaseFromANewerMarsadIsRefusedWithItsCode()
    {
        using var folder = new TempFolder();
        var withNext = SchemaMigrations.All.Append(new Migration(SchemaMigrations.All[^1].Version + 1, "future", "CREATE TABLE future (x)")).ToList();
        using (MarsadStore.Open(folder.Path, withNext, TimeProvider.System)) { }

        var error = Assert.Throws<MarsadStoreException>(() => MarsadStore.Open(folder.Path));
        Assert.Equal(MarsadStoreException.NewerSchema, error.Code);
    }

    [Fact]
    public void AFileThatIsNotADatabaseIsRefusedWithItsCode()
    {
        using var folder = new TempFolder();
        folder.Write("marsad.db", "هذا ليس ملف قاعدة بيانات، بل نص عادي يكفي طوله ليقرأه محرك SQLite ويرفضه.");
        var error = Assert.Throws<MarsadStoreException>(() => MarsadStore.Open(folder.Path));
        Assert.Equal(MarsadStoreException.CannotOpen, error.Code);
        Assert.Contains(folder.Path, error.Message);
    }

    [Fact]
    public void DataFolderComesFromTheOptionThenTheEnvironmentThenTheDefault()
    {
        var saved = Environment.GetEnvironmentVariable(DataFolder.EnvironmentVariable);
        try
        {
            Environment.SetEnvironmentVariable(DataFolder.EnvironmentVariable, "/tmp/from-env");
            Assert.Equal("/tmp/from-option", DataFolder.Resolve("/tmp/from-option"));
            Assert.Equal("/tmp/from-env", DataFolder.Resolve(null));
            Environment.SetEnvironmentVariable(DataFolder.EnvironmentVariable, null);
            Assert.Equal(Path.Combine(Environment.CurrentDirectory, "marsad-data"), DataFolder.Resolve(null));
        }
        finally
        {
            Environment.SetEnvironmentVariable(DataFolder.EnvironmentVariable, saved);
        }
    }

    private static long Pragma(MarsadStore store, string name)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = $"PRAGMA {name}";
        return (long)command.ExecuteScalar()!;
    }
}

/// <summary>A clock that advances one second each time it is read, so successive timestamps are distinct and known.</summary>
internal sealed class SteppingClock(DateTimeOffset start) : TimeProvider
{
    private int _reads;

    public DateTimeOffset Start { get; } = start;

    public override DateTimeOffset GetUtcNow() => Start.AddSeconds(_reads++);
}
