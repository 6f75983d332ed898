using System.Data.Common;

namespace Marsad;

/// <summary>
/// <c>AddWithValue</c> for any ADO.NET command, as SQLite's has it, so repository code is the same on both stores. Sets
/// the value when the parameter is already there (one prepared command serves every row), null as SQL NULL.
/// </summary>
public static class DbParameters
{
    public static DbParameter AddWithValue(this DbParameterCollection parameters, string name, object? value)
    {
        var existing = parameters.Contains(name) ? parameters[name] : null;
        if (existing is not null)
        {
            existing.Value = value ?? DBNull.Value;
            return existing;
        }
        var parameter = CreateFor(parameters);
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        parameters.Add(parameter);
        return parameter;
    }

    private static DbParameter CreateFor(DbParameterCollection parameters) => parameters switch
    {
        Microsoft.Data.Sqlite.SqliteParameterCollection => new Microsoft.Data.Sqlite.SqliteParameter(),
        Npgsql.NpgsqlParameterCollection => new Npgsql.NpgsqlParameter(),
        _ => throw new NotSupportedException($"No parameters for {parameters.GetType().Name}."),
    };
}
