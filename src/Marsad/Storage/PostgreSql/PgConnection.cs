using System.Data;
using System.Data.Common;
using Npgsql;

namespace Marsad.Storage.PostgreSql;

/// <summary>
/// An Npgsql connection that behaves like Marsad's SQLite one towards the repositories: its commands take SQLite's
/// <c>$name</c> parameters and loose value types (<see cref="PgCommand"/>) and its readers convert the way SQLite's do
/// (<see cref="PgReader"/>), so the repositories' ADO.NET code is the same for both stores. SQLite lets a command run
/// while a reader of the same connection is still open (exports stream one query and look things up beside it);
/// PostgreSQL does not, so such a command runs on a side connection (<see cref="ForCommand"/>).
/// </summary>
internal sealed class PgConnection(NpgsqlConnection inner) : DbConnection
{
    private readonly List<NpgsqlConnection> _side = [];

    public NpgsqlConnection Inner { get; } = inner;

    /// <summary>The connection a command outside a transaction runs on: this one, unless a reader holds it.</summary>
    internal NpgsqlConnection ForCommand()
    {
        if (!Busy(Inner)) return Inner;
        foreach (var side in _side)
            if (!Busy(side)) return side;
        var added = new NpgsqlConnection(Inner.ConnectionString);
        added.Open();
        _side.Add(added);
        return added;
    }

    // Writes of the open transaction not yet sent (StoreTransaction.Queue).
    private NpgsqlBatch? _queued;

    /// <summary>Enough queued statements to send in one round trip without holding much in memory.</summary>
    private const int QueueLimit = 512;

    /// <summary>
    /// Adds a write to <paramref name="transaction"/>'s queue: statements are sent together, in order, in one round trip
    /// when the queue is full, before any other command of this connection runs (<see cref="PgCommand"/>), and at commit.
    /// </summary>
    internal void Enqueue(NpgsqlTransaction transaction, string sql, (string Name, object? Value)[] values)
    {
        _queued ??= new NpgsqlBatch(Inner, transaction);
        var statement = PgStatement.Of(sql);
        var command = new NpgsqlBatchCommand(statement.Text);
        statement.Bind(command.Parameters, values);
        _queued.BatchCommands.Add(command);
        if (_queued.BatchCommands.Count >= QueueLimit) Flush();
    }

    /// <summary>Sends the queued writes (a failure surfaces here and fails the transaction).</summary>
    internal void Flush()
    {
        if (_queued is null) return;
        using var batch = _queued;
        _queued = null;
        batch.ExecuteNonQuery();
    }

    /// <summary>Forgets queued writes: their transaction is rolling back.</summary>
    internal void Discard()
    {
        _queued?.Dispose();
        _queued = null;
    }

    private static bool Busy(NpgsqlConnection connection) => (connection.FullState & ConnectionState.Fetching) != 0;

#pragma warning disable CS8765 // the base property is declared with [AllowNull]
    public override string ConnectionString
    {
        get => Inner.ConnectionString;
        set => Inner.ConnectionString = value;
    }
#pragma warning restore CS8765

    public override string Database => Inner.Database;

    public override string DataSource => Inner.DataSource;

    public override string ServerVersion => Inner.ServerVersion;

    public override ConnectionState State => Inner.State;

    public override void ChangeDatabase(string databaseName) => Inner.ChangeDatabase(databaseName);

    public override void Close() => Inner.Close();

    public override void Open() => Inner.Open();

    protected override DbTransaction BeginDbTransaction(IsolationLevel isolationLevel) => Inner.BeginTransaction(isolationLevel);

    protected override DbCommand CreateDbCommand() => new PgCommand(this, Inner.CreateCommand());

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Discard();
            foreach (var side in _side) side.Dispose();
            Inner.Dispose();
        }
        base.Dispose(disposing);
    }
}
