using System.Collections;
using System.Data.Common;
using System.Globalization;
using Npgsql;

namespace Marsad.Storage.PostgreSql;

/// <summary>
/// A reader of <see cref="PgCommand"/> that hands values over as SQLite does: integers as <see cref="long"/>, other
/// numbers as <see cref="double"/> (a whole numeric, like SUM of integers, as <see cref="long"/>), booleans as 0/1, and
/// converts on typed reads (<c>GetInt32</c> of a BIGINT, <c>GetString</c> of a number, <c>GetBoolean</c> of an integer).
/// Inside a transaction the rows are read at once (<see cref="PgBufferedReader"/>): code written for SQLite runs other commands of
/// the transaction while it still reads, which one PostgreSQL connection cannot do with a reader open.
/// </summary>
internal sealed class PgReader(DbDataReader inner) : DbDataReader
{
    public static object? Normalize(object? value) => value switch
    {
        int i => (long)i,
        short s => (long)s,
        bool b => b ? 1L : 0L,
        float f => (double)f,
        decimal d => decimal.Truncate(d) == d && d >= long.MinValue && d <= long.MaxValue ? (long)d : (double)d,
        _ => value,
    };

    public override object GetValue(int ordinal) => Normalize(inner.GetValue(ordinal))!;

    public override int GetValues(object[] values)
    {
        var count = Math.Min(values.Length, FieldCount);
        for (var i = 0; i < count; i++) values[i] = GetValue(i);
        return count;
    }

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => GetValue(GetOrdinal(name));

    public override bool GetBoolean(int ordinal) => GetValue(ordinal) switch
    {
        long l => l != 0,
        double d => d != 0,
        string s => s is not ("" or "0"),
        var v => Convert.ToBoolean(v, CultureInfo.InvariantCulture),
    };

    public override byte GetByte(int ordinal) => Convert.ToByte(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override short GetInt16(int ordinal) => Convert.ToInt16(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override int GetInt32(int ordinal) => Convert.ToInt32(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override long GetInt64(int ordinal) => Convert.ToInt64(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override double GetDouble(int ordinal) => Convert.ToDouble(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override float GetFloat(int ordinal) => Convert.ToSingle(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override decimal GetDecimal(int ordinal) => Convert.ToDecimal(GetValue(ordinal), CultureInfo.InvariantCulture);

    public override string GetString(int ordinal) => GetValue(ordinal) switch
    {
        string s => s,
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        var v => Convert.ToString(v, CultureInfo.InvariantCulture)!,
    };

    public override char GetChar(int ordinal) => GetString(ordinal)[0];

    public override DateTime GetDateTime(int ordinal) => GetValue(ordinal) switch
    {
        DateTime d => d,
        var v => DateTime.Parse(Convert.ToString(v, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture),
    };

    public override Guid GetGuid(int ordinal) => inner.GetGuid(ordinal);

    public override int VisibleFieldCount => inner.VisibleFieldCount;

    public override T GetFieldValue<T>(int ordinal)
    {
        var value = GetValue(ordinal);
        if (value is T typed) return typed;
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (value is DBNull && (!typeof(T).IsValueType || target != typeof(T))) return default!;
        if (target == typeof(Stream)) return (T)(object)GetStream(ordinal);
        if (target == typeof(TextReader)) return (T)(object)new StringReader(GetString(ordinal));
        return (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
    }

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) =>
        inner.GetBytes(ordinal, dataOffset, buffer, bufferOffset, length);

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) =>
        inner.GetChars(ordinal, dataOffset, buffer, bufferOffset, length);

    public override Stream GetStream(int ordinal) => inner.GetValue(ordinal) is byte[] bytes ? new MemoryStream(bytes, writable: false) : inner.GetStream(ordinal);

    public override string GetDataTypeName(int ordinal) => inner.GetDataTypeName(ordinal);

    public override Type GetFieldType(int ordinal) => inner.GetFieldType(ordinal) switch
    {
        var t when t == typeof(int) || t == typeof(short) || t == typeof(bool) => typeof(long),
        var t when t == typeof(float) || t == typeof(decimal) => typeof(double),
        var t => t,
    };

    public override string GetName(int ordinal) => inner.GetName(ordinal);

    public override int GetOrdinal(string name) => inner.GetOrdinal(name);

    public override bool IsDBNull(int ordinal) => inner.IsDBNull(ordinal);

    public override int FieldCount => inner.FieldCount;

    public override bool HasRows => inner.HasRows;

    public override bool IsClosed => inner.IsClosed;

    public override int RecordsAffected => inner.RecordsAffected;

    public override int Depth => inner.Depth;

    public override bool NextResult() => inner.NextResult();

    public override bool Read() => inner.Read();

    public override void Close() => inner.Close();

    public override IEnumerator GetEnumerator() => new DbEnumerator(this, closeReader: false);

    protected override void Dispose(bool disposing)
    {
        if (disposing) inner.Dispose();
        base.Dispose(disposing);
    }
}
