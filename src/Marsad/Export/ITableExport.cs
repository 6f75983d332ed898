using Marsad.Storage;

namespace Marsad.Export;

/// <summary>
/// A kind of fact exported as a table, one row per fact (an article, an entity mention, an event…), each row carrying
/// its article id, outlet, date, and where it has them its sentence and spans into the original text. Rows stream from
/// the store: an implementation reads with an open cursor and never collects them. Adding one (events, quotes, stories)
/// is one file implementing this and one line in <see cref="ExportCatalog"/>; every format then writes it.
/// </summary>
public interface ITableExport
{
    /// <summary>The name used on the command line and in the route: <c>marsad export NAME</c>, <c>GET /api/export/NAME</c>.</summary>
    string Name { get; }

    string Description { get; }

    IReadOnlyList<ExportColumn> Columns { get; }

    /// <summary>The fact filters of <see cref="ExportFilter"/> it honours beyond the article filter ("type", "speaker"…).</summary>
    IReadOnlyList<string> Filters => [];

    /// <summary>The rows, each an array of <see cref="Columns"/>' values in order (string, long, double, bool or null).</summary>
    IEnumerable<object?[]> Rows(MarsadStore store, ExportFilter filter);
}
