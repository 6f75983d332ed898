namespace Marsad.Export;

/// <summary>The value kinds an export column holds; every format maps them to its own types (Parquet INT64, CSV text…).</summary>
public enum ExportType
{
    Text,
    Integer,
    Number,
    Boolean,
}

/// <summary>One column of a table export: its name (snake_case, the same in every format) and kind. Every column may be null.</summary>
public sealed record ExportColumn(string Name, ExportType Type)
{
    public static ExportColumn Text(string name) => new(name, ExportType.Text);

    public static ExportColumn Integer(string name) => new(name, ExportType.Integer);

    public static ExportColumn Number(string name) => new(name, ExportType.Number);

    public static ExportColumn Boolean(string name) => new(name, ExportType.Boolean);
}
