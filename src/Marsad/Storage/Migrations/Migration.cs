namespace Marsad.Storage.Migrations;

/// <summary>One step of the schema, applied once, in <see cref="Version"/> order, in its own transaction.</summary>
public sealed record Migration(int Version, string Name, string Sql);
