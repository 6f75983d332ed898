namespace Marsad.Storage.Migrations;

/// <summary>
/// One step of the schema, applied once, in <see cref="Version"/> order, in its own transaction. <see cref="Sql"/> is the
/// SQLite form; on PostgreSQL it is translated (<see cref="SqlDialect.Translate"/>) unless the migration gives its own
/// PostgreSQL form, which is then the one place its dialect difference lives.
/// </summary>
public sealed record Migration(int Version, string Name, string Sql)
{
    /// <summary>The PostgreSQL form when translating <see cref="Sql"/> is not enough; null to translate.</summary>
    public string? PostgreSql { get; init; }

    public string SqlFor(SqlDialect dialect) => dialect.IsPostgreSql ? PostgreSql ?? dialect.Translate(Sql) : Sql;
}
