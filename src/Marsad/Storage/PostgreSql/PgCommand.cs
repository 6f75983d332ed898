using System.Data;
using System.Data.Common;
using System.Globalization;
using Npgsql;

namespace Marsad.Storage.PostgreSql;

/// <summary>
/// A command of <see cref="PgConnection"/>. Marsad's SQL names parameters <c>$name</c> (SQLite's form); the command
/// keeps the parameters as they were added, by name, and just before it runs gives Npgsql the text's PostgreSQL form
/// (<see cref="PgStatement"/>: numbered parameters) with the values in their places. Values are bound as SQLite binds
/// them: booleans and enums as integers, dates as ISO text.
/// </summary>
internal sealed class PgCommand(PgConnection connection, NpgsqlCommand inner) : DbCommand
{
    private string _text = "";
    private PgStatement? _statement;
    private string? _statementOf;

    // The parameters as the caller added them (Npgsql's own collection, held by a command that never runs).
    private readonly NpgsqlParameterCollection _parameters = new NpgsqlCommand().Parameters;

#pragma warning disable CS8765 // the base property is declared with [AllowNull]
    public override string CommandText
    {
        get => _text;
        set => _text = value ?? "";
    }
#pragma warning restore CS8765

    public override int CommandTimeout
    {
        get => inner.CommandTimeout;
        set => inner.CommandTimeout = value;
    }

    public override CommandType CommandType
    {
        get => inner.CommandType;
        set => inner.CommandType = value;
    }

    public override bool DesignTimeVisible { get; set; }

    public override UpdateRowSource UpdatedRowSource
    {
        get => inner.UpdatedRowSource;
        set => inner.UpdatedRowSource = value;
    }

    protected override DbConnection? DbConnection
    {
        get => connection;
        set => throw new NotSupportedException("A Marsad PostgreSQL command stays on its connection.");
    }

    protected override DbParameterCollection DbParameterCollection => _parameters;

    protected override DbTransaction? DbTransaction
    {
        get => inner.Transaction;
        set => inner.Transaction = (NpgsqlTransaction?)value;
    }

    public override void Cancel() => inner.Cancel();

    // Npgsql prepares on its own (Max Auto Prepare); preparing here would fix parameter types before values are known.
    public override void Prepare() { }

    protected override DbParameter CreateDbParameter() => new NpgsqlParameter();

    public override int ExecuteNonQuery()
    {
        Ready();
        return inner.ExecuteNonQuery();
    }

    public override object? ExecuteScalar()
    {
        Ready();
        return PgReader.Normalize(inner.ExecuteScalar());
    }

    protected override DbDataReader ExecuteDbDataReader(CommandBehavior behavior)
    {
        Ready();
        var reader = inner.ExecuteReader(behavior);
        return new PgReader(inner.Transaction is null ? reader : new PgBufferedReader(reader));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }

    private void Ready()
    {
        // Writes queued in this connection's transaction go first, so this command sees them.
        connection.Flush();
        if (inner.Transaction is null) inner.Connection = connection.ForCommand();
        if (!ReferenceEquals(_statementOf, _text))
        {
            _statement = PgStatement.Of(_text);
            _statementOf = _text;
            inner.CommandText = _statement.Text;
        }
        var values = new (string Name, object? Value)[_parameters.Count];
        for (var i = 0; i < values.Length; i++) values[i] = (_parameters[i].ParameterName, _parameters[i].Value);
        _statement!.Bind(inner.Parameters, values);
    }

    internal static object? Bind(object? value) => value switch
    {
        bool b => b ? 1L : 0L,
        Enum e => Convert.ToInt64(e, CultureInfo.InvariantCulture),
        char c => c.ToString(),
        DateTimeOffset d => d.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture),
        DateTime d => d.ToString("yyyy-MM-dd HH:mm:ss.FFFFFFF", CultureInfo.InvariantCulture),
        null => DBNull.Value,
        _ => value,
    };
}
