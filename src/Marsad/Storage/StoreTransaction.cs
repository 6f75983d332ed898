using System.Data.Common;
using Marsad.Storage.PostgreSql;
using Npgsql;

namespace Marsad.Storage;

/// <summary>
/// One write transaction on the store, handed to every step that saves results so a chunk of articles is saved
/// whole or not at all. Commands it creates are enlisted in it.
/// </summary>
public sealed class StoreTransaction : IDisposable
{
    private readonly DbTransaction _transaction;

    internal StoreTransaction(MarsadStore store)
    {
        Store = store;
        _transaction = store.Connection.BeginTransaction();
    }

    public MarsadStore Store { get; }

    internal DbTransaction Inner => _transaction;

    /// <summary>A command enlisted in this transaction; set parameters with <see cref="Set"/>.</summary>
    public DbCommand Command(string sql)
    {
        var command = Store.Connection.CreateCommand();
        command.Transaction = _transaction;
        command.CommandText = sql;
        return command;
    }

    private readonly Dictionary<string, DbCommand> _prepared = new(StringComparer.Ordinal);

    /// <summary>
    /// A command for <paramref name="sql"/> kept for the whole transaction, prepared once and reused for every article
    /// of the chunk (the transaction disposes it): a step saving many articles pays SQL compilation once.
    /// </summary>
    public DbCommand Prepared(string sql)
    {
        if (_prepared.TryGetValue(sql, out var command)) return command;
        command = Command(sql);
        _prepared[sql] = command;
        return command;
    }

    /// <summary>Sets (adding when new) the named parameters, null as SQL NULL: one prepared command serves every row.</summary>
    public static void Set(DbCommand command, params (string Name, object? Value)[] values)
    {
        foreach (var (name, value) in values) command.Parameters.AddWithValue(name, value);
    }

    /// <summary>The first column of the first row of <paramref name="sql"/> as <typeparamref name="T"/>, or default when there is no row or it is NULL.</summary>
    public T? Scalar<T>(string sql, params (string Name, object? Value)[] values)
    {
        using var command = Command(sql);
        Set(command, values);
        var result = command.ExecuteScalar();
        return result is null or DBNull ? default : (T)Convert.ChangeType(result, Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T), System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Runs <paramref name="sql"/> at once (unlike <see cref="Queue"/>), for a statement later commands must see done.</summary>
    public void Execute(string sql, params (string Name, object? Value)[] values)
    {
        using var command = Command(sql);
        Set(command, values);
        command.ExecuteNonQuery();
    }

    /// <summary>
    /// Runs a write whose result the caller does not read. On PostgreSQL it is queued and sent with the next ones in one
    /// round trip (before any other command of the store runs, and at the latest on <see cref="Commit"/>), so saving an
    /// article costs a few round trips instead of one per row; on SQLite, in process, it runs at once as a prepared command.
    /// A queued write that fails fails the next command or the commit, and the transaction rolls back as a whole.
    /// </summary>
    public void Queue(string sql, params (string Name, object? Value)[] values)
    {
        if (Store.Connection is PgConnection postgres)
        {
            postgres.Enqueue((NpgsqlTransaction)_transaction, sql, values);
            return;
        }
        var command = Prepared(sql);
        Set(command, values);
        command.ExecuteNonQuery();
    }

    public void Commit()
    {
        (Store.Connection as PgConnection)?.Flush();
        _transaction.Commit();
    }

    public void Dispose()
    {
        (Store.Connection as PgConnection)?.Discard();
        foreach (var command in _prepared.Values) command.Dispose();
        _prepared.Clear();
        _transaction.Dispose();
    }
}
