using System.Data;
using System.Data.Common;
using System.Globalization;
using System.Text;
using Npgsql;

namespace Marsad.Storage.PostgreSql;

/// <summary>
/// A command of <see cref="PgConnection"/>. Marsad's SQL names parameters <c>$name</c> (SQLite's form); Npgsql wants
/// <c>@name</c>, so the text is rewritten (outside quoted strings and identifiers) and parameters renamed just before it
/// runs. Values are bound as SQLite binds them: booleans and enums as integers, dates as ISO text.
/// </summary>
internal sealed class PgCommand(PgConnection connection, NpgsqlCommand inner) : DbCommand
{
    private string _text = "";
    private string? _rewrittenFrom;

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

    protected override DbParameterCollection DbParameterCollection => inner.Parameters;

    protected override DbTransaction? DbTransaction
    {
        get => inner.Transaction;
        set => inner.Transaction = (NpgsqlTransaction?)value;
    }

    public override void Cancel() => inner.Cancel();

    // Npgsql prepares on its own (Max Auto Prepare); preparing here would fix parameter types before values are known.
    public override void Prepare() { }

    protected override DbParameter CreateDbParameter() => inner.CreateParameter();

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
        return new PgReader(inner.Transaction is null ? reader : PgReader.Buffered(reader));
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
        if (!ReferenceEquals(_rewrittenFrom, _text))
        {
            inner.CommandText = Rewrite(_text);
            _rewrittenFrom = _text;
        }
        foreach (NpgsqlParameter parameter in inner.Parameters)
        {
            if (parameter.ParameterName.StartsWith('$')) parameter.ParameterName = parameter.ParameterName[1..];
            parameter.Value = Bind(parameter.Value);
        }
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

    /// <summary><c>$name</c> → <c>@name</c> outside '…' strings, "…" identifiers and $$ bodies.</summary>
    internal static string Rewrite(string sql)
    {
        if (!sql.Contains('$')) return sql;
        var result = new StringBuilder(sql.Length);
        char? quote = null;
        var dollarBody = false;
        for (var i = 0; i < sql.Length; i++)
        {
            var c = sql[i];
            if (dollarBody)
            {
                if (c == '$' && i + 1 < sql.Length && sql[i + 1] == '$') { dollarBody = false; result.Append("$$"); i++; continue; }
            }
            else if (quote is { } q)
            {
                if (c == q) quote = null;
            }
            else if (c is '\'' or '"') quote = c;
            else if (c == '$' && i + 1 < sql.Length && sql[i + 1] == '$') { dollarBody = true; result.Append("$$"); i++; continue; }
            else if (c == '$' && i + 1 < sql.Length && (char.IsLetter(sql[i + 1]) || sql[i + 1] == '_')) c = '@';
            result.Append(c);
        }
        return result.ToString();
    }
}
