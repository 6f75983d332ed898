using System.Data.Common;
using Marsad.Storage;
using Marsad.Tests.Support;

namespace Marsad.Tests.Storage;

public sealed class SqliteStoreTransactionQueueTests() : StoreTransactionQueueTests(StoreKind.Sqlite);

public sealed class PostgreSqlStoreTransactionQueueTests() : StoreTransactionQueueTests(StoreKind.PostgreSql);

/// <summary>
/// <see cref="StoreTransaction.Queue"/> on each kind of store: queued writes (sent in batches on PostgreSQL) are seen by
/// the transaction's next read, arrive in the order queued, and are committed or rolled back with their transaction.
/// </summary>
public abstract class StoreTransactionQueueTests(StoreKind kind)
{
    private const string Insert = "INSERT INTO story_state (key, value) VALUES ($key, $value)";

    [Fact]
    public void AQueuedWriteIsSeenByTheNextReadOfItsTransaction()
    {
        using var target = TestStore.Create(kind);
        using var store = target.Open();
        using var transaction = store.BeginTransaction();
        transaction.Queue(Insert, ("$key", "الأخبار"), ("$value", 7));

        using var read = transaction.Command("SELECT value FROM story_state WHERE key = $key");
        read.Parameters.AddWithValue("$key", "الأخبار");

        Assert.Equal(7L, Convert.ToInt64(read.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public void QueuedWritesArriveInTheOrderQueuedPastTheSizeOfOneBatch()
    {
        using var target = TestStore.Create(kind);
        using var store = target.Open();
        using (var transaction = store.BeginTransaction())
        {
            transaction.Queue(Insert, ("$key", "bits"), ("$value", 0));
            // 1,300 updates (more than two batches): value = value * 3 + i % 3 depends on their order, kept below 2^62.
            for (var i = 0; i < 1300; i++)
                transaction.Queue("UPDATE story_state SET value = (value * 3 + $digit) % 1000000007 WHERE key = 'bits'", ("$digit", i % 3));
            transaction.Commit();
        }
        var expected = 0L;
        for (var i = 0; i < 1300; i++) expected = (expected * 3 + i % 3) % 1000000007;

        Assert.Equal(expected, Value(store, "bits"));
    }

    [Fact]
    public void QueuedWritesOfATransactionNotCommittedAreNotStored()
    {
        using var target = TestStore.Create(kind);
        using var store = target.Open();
        using (var transaction = store.BeginTransaction())
            transaction.Queue(Insert, ("$key", "مسودة"), ("$value", 1));

        Assert.Null(Value(store, "مسودة"));
    }

    [Fact]
    public void AQueuedWriteThatFailsFailsItsTransactionAndNothingOfItIsStored()
    {
        using var target = TestStore.Create(kind);
        using var store = target.Open();
        using (var transaction = store.BeginTransaction())
        {
            transaction.Queue(Insert, ("$key", "أول"), ("$value", 1));
            Assert.ThrowsAny<DbException>(() =>
            {
                transaction.Queue(Insert, ("$key", "أول"), ("$value", 2)); // the same key twice: a primary key violation
                transaction.Commit();
            });
        }

        Assert.Null(Value(store, "أول"));
    }

    private static long? Value(MarsadStore store, string key)
    {
        using var transaction = store.BeginTransaction();
        using var read = transaction.Command("SELECT value FROM story_state WHERE key = $key");
        read.Parameters.AddWithValue("$key", key);
        return read.ExecuteScalar() is { } value and not DBNull ? Convert.ToInt64(value, System.Globalization.CultureInfo.InvariantCulture) : null;
    }
}
