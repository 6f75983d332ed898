using Marsad.Views;

namespace Marsad.Export;

/// <summary>
/// Every export and every format, for the CLI's <c>marsad export</c> and the API's <c>/api/export</c> alike.
/// A new kind of fact is one <see cref="ITableExport"/> file and one line in <see cref="Tables"/>; a new format one
/// <see cref="IExportFormat"/> file and one line in <see cref="Formats"/>.
/// </summary>
public static class ExportCatalog
{
    public static readonly IReadOnlyList<ITableExport> Tables =
    [
        new ArticlesExport(),
        new EntitiesExport(),
        new EventsExport(),
        new QuotesExport(),
        new StoriesExport(),
    ];

    public static readonly IReadOnlyList<IExportFormat> Formats =
    [
        new JsonLinesFormat(),
        new CsvFormat(),
        new ParquetFormat(),
        new PloverFormat(),
    ];

    public static ITableExport Table(string name) =>
        Tables.FirstOrDefault(t => string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw ViewException.Invalid($"Nothing called '{name}' can be exported: choose one of {string.Join(", ", Tables.Select(t => t.Name))}.");

    public static IExportFormat Format(string? name, ITableExport table)
    {
        var format = Formats.FirstOrDefault(f => string.Equals(f.Name, name ?? "jsonl", StringComparison.OrdinalIgnoreCase))
            ?? throw ViewException.Invalid($"Unknown export format '{name}': choose one of {string.Join(", ", Formats.Select(f => f.Name))}.");
        if (!format.Supports(table))
            throw ViewException.Invalid($"The {format.Name} format does not fit {table.Name}: choose one of {string.Join(", ", Formats.Where(f => f.Supports(table)).Select(f => f.Name))}.");
        return format;
    }

    /// <summary>Refuses a fact filter the table does not honour (a --speaker on events), rather than ignoring it.</summary>
    public static void Check(ITableExport table, ExportFilter filter)
    {
        var unsupported = filter.Set().Where(f => !table.Filters.Contains(f)).ToList();
        if (unsupported.Count > 0)
            throw ViewException.Invalid($"{table.Name} cannot be filtered by {string.Join(", ", unsupported)}"
                + (table.Filters.Count == 0 ? " (only --outlet, --from, --to)." : $": it takes {string.Join(", ", table.Filters)}, --outlet, --from, --to."));
    }
}
