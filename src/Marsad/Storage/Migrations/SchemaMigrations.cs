namespace Marsad.Storage.Migrations;

/// <summary>
/// Every migration in the order it is applied. Adding one: write <c>M00N_Name.cs</c> next to the others
/// and add its line here. Never edit or reorder a migration that has shipped: databases already carry it.
/// </summary>
public static class SchemaMigrations
{
    public static readonly IReadOnlyList<Migration> All =
    [
        M001_Articles.Migration,
        M002_Entities.Migration,
        M008_IngestFlags.Migration,
    ];
}
