using System.Data.Common;
using System.Globalization;
using Marsad.Storage;
using Marsad.Tests.Support;

namespace Marsad.Tests.Storage;

public sealed class SqliteStoreCommandValuesTests() : StoreCommandValuesTests(StoreKind.Sqlite);

public sealed class PostgreSqlStoreCommandValuesTests() : StoreCommandValuesTests(StoreKind.PostgreSql);

/// <summary>
/// What a repository sees of a command on each kind of store: parameters bound by name however the SQL orders or repeats
/// them, one prepared command rebound row after row, and a reader inside a transaction (read whole on PostgreSQL) that
/// hands back text, NULL, integers and blobs as SQLite does while the transaction runs other commands.
/// </summary>
public abstract class StoreCommandValuesTests(StoreKind kind)
{
    [Fact]
    public void ARepeatedParameterAndDollarsInQuotedTextBindAsNamed()
    {
        using var target = TestStore.Create(kind);
        using var store = target.Open();
        using var transaction = store.BeginTransaction();
        using var command = transaction.Command("SELECT $word || ' $word ' || $other || $word");
        // Added in another order than the SQL uses them.
        command.Parameters.AddWithValue("$other", "الرياض");
        command.Parameters.AddWithValue("$word", "مرصد");

        Assert.Equal("مرصد $word الرياضمرصد", command.ExecuteScalar());
    }

    [Fact]
    public void APreparedCommandReboundForEveryRowStoresEachRowsValues()
    {
        using var target = TestStore.Create(kind);
        using var store = target.Open();
        string[] keys = ["جدة", "مكة", "الدمام"];
        using (var transaction = store.BeginTransaction())
        {
            for (var i = 0; i < keys.Length; i++)
            {
                var insert = transaction.Prepared("INSERT INTO story_state (key, value) VALUES ($key, $value)");
                StoreTransaction.Set(insert, ("$key", keys[i]), ("$value", (i + 1) * 10));
                insert.ExecuteNonQuery();
            }
            transaction.Commit();
        }

        using var read = store.BeginTransaction();
        using var select = read.Command("SELECT key, value FROM story_state WHERE key IN ($a, $b, $c) ORDER BY value");
        StoreTransaction.Set(select, ("$a", keys[0]), ("$b", keys[1]), ("$c", keys[2]));
        var rows = new List<(string, long)>();
        using (var reader = select.ExecuteReader())
            while (reader.Read()) rows.Add((reader.GetString(0), reader.GetInt64(1)));

        Assert.Equal([("جدة", 10L), ("مكة", 20L), ("الدمام", 30L)], rows);
    }

    [Fact]
    public void AReaderInATransactionGivesTextNullIntegersAndBlobsWhileOtherCommandsRun()
    {
        using var target = TestStore.Create(kind);
        using var store = target.Open();
        using var transaction = store.BeginTransaction();
        byte[] blob = [0x4D, 0x00, 0xFF, 0x72];
        using var select = transaction.Command("SELECT $text AS name, NULL AS missing, 42 AS number, $blob AS data");
        StoreTransaction.Set(select, ("$text", "وزارة الصحة"), ("$blob", blob));

        using var reader = select.ExecuteReader();
        Assert.True(reader.Read());
        // The transaction runs another command while the reader is still open, as repositories written for SQLite do.
        using (var other = transaction.Command("SELECT 7"))
            Assert.Equal(7L, Convert.ToInt64(other.ExecuteScalar(), CultureInfo.InvariantCulture));

        Assert.Equal("وزارة الصحة", reader.GetString(reader.GetOrdinal("NAME")));
        Assert.True(reader.IsDBNull(1));
        Assert.Equal(DBNull.Value, reader.GetValue(1));
        Assert.Equal(42, reader.GetInt32(2));
        Assert.Equal(42L, reader.GetValue(2));
        Assert.Equal(blob, reader.GetFieldValue<byte[]>(3));
        Assert.False(reader.Read());
    }
}
