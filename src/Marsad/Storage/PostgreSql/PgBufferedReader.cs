using System.Collections;
using System.Data.Common;
using Npgsql;

namespace Marsad.Storage.PostgreSql;

/// <summary>
/// Every result set of a command read into memory, rows as the values Npgsql read, so the connection is free for the
/// transaction's next command while the caller still reads (see <see cref="PgReader"/>). Plain arrays: a DataTable did
/// the same with change tracking and per-row bookkeeping, which cost a PostgreSQL save more client CPU than the reads.
/// </summary>
internal sealed class PgBufferedReader : DbDataReader
{
    private sealed record ResultSet(string[] Names, Type[] Types, string[] TypeNames, List<object[]> Rows);

    private readonly List<ResultSet> _sets = [];
    private readonly int _recordsAffected;
    private int _set;
    private int _row = -1;
    private bool _closed;

    /// <summary>Reads <paramref name="reader"/> whole and closes it.</summary>
    public PgBufferedReader(NpgsqlDataReader reader)
    {
        using (reader)
        {
            do
            {
                var count = reader.FieldCount;
                var names = new string[count];
                var types = new Type[count];
                var typeNames = new string[count];
                for (var i = 0; i < count; i++)
                {
                    names[i] = reader.GetName(i);
                    types[i] = reader.GetFieldType(i);
                    typeNames[i] = reader.GetDataTypeName(i);
                }
                var rows = new List<object[]>();
                while (reader.Read())
                {
                    var values = new object[count];
                    reader.GetValues(values);
                    rows.Add(values);
                }
                _sets.Add(new ResultSet(names, types, typeNames, rows));
            }
            while (reader.NextResult());
            _recordsAffected = reader.RecordsAffected;
        }
    }

    private ResultSet Current => _sets[_set];

    private object[] Row => _row >= 0 && _row < Current.Rows.Count ? Current.Rows[_row] : throw new InvalidOperationException("No row is current: call Read first.");

    public override bool Read()
    {
        if (_closed || _row >= Current.Rows.Count) return false;
        return ++_row < Current.Rows.Count;
    }

    public override bool NextResult()
    {
        if (_closed || _set + 1 >= _sets.Count) return false;
        _set++;
        _row = -1;
        return true;
    }

    public override object GetValue(int ordinal) => Row[ordinal];

    public override int GetValues(object[] values)
    {
        var count = Math.Min(values.Length, FieldCount);
        Array.Copy(Row, values, count);
        return count;
    }

    public override bool IsDBNull(int ordinal) => Row[ordinal] is DBNull;

    public override int FieldCount => Current.Names.Length;

    public override string GetName(int ordinal) => Current.Names[ordinal];

    public override int GetOrdinal(string name)
    {
        var names = Current.Names;
        for (var i = 0; i < names.Length; i++)
            if (names[i].Equals(name, StringComparison.Ordinal)) return i;
        for (var i = 0; i < names.Length; i++)
            if (names[i].Equals(name, StringComparison.OrdinalIgnoreCase)) return i;
        throw new IndexOutOfRangeException($"No column is named {name}.");
    }

    public override Type GetFieldType(int ordinal) => Current.Types[ordinal];

    public override string GetDataTypeName(int ordinal) => Current.TypeNames[ordinal];

    public override bool HasRows => Current.Rows.Count > 0;

    public override bool IsClosed => _closed;

    public override int RecordsAffected => _recordsAffected;

    public override int Depth => 0;

    public override void Close() => _closed = true;

    public override object this[int ordinal] => GetValue(ordinal);

    public override object this[string name] => GetValue(GetOrdinal(name));

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) =>
        Copy((byte[])Row[ordinal], dataOffset, buffer, bufferOffset, length);

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) =>
        Copy(((string)Row[ordinal]).ToCharArray(), dataOffset, buffer, bufferOffset, length);

    // ADO.NET's contract: with no buffer, the whole length; else as many as fit from the offset.
    private static long Copy<T>(T[] source, long offset, T[]? buffer, int bufferOffset, int length)
    {
        if (buffer is null) return source.Length;
        var count = (int)Math.Max(0, Math.Min(length, source.Length - offset));
        if (count == 0) return 0;
        Array.Copy(source, offset, buffer, bufferOffset, count);
        return count;
    }

    public override bool GetBoolean(int ordinal) => (bool)Row[ordinal];

    public override byte GetByte(int ordinal) => (byte)Row[ordinal];

    public override char GetChar(int ordinal) => (char)Row[ordinal];

    public override DateTime GetDateTime(int ordinal) => (DateTime)Row[ordinal];

    public override decimal GetDecimal(int ordinal) => (decimal)Row[ordinal];

    public override double GetDouble(int ordinal) => (double)Row[ordinal];

    public override float GetFloat(int ordinal) => (float)Row[ordinal];

    public override Guid GetGuid(int ordinal) => (Guid)Row[ordinal];

    public override short GetInt16(int ordinal) => (short)Row[ordinal];

    public override int GetInt32(int ordinal) => (int)Row[ordinal];

    public override long GetInt64(int ordinal) => (long)Row[ordinal];

    public override string GetString(int ordinal) => (string)Row[ordinal];

    public override IEnumerator GetEnumerator() => new DbEnumerator(this, closeReader: false);
}
