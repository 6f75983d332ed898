using System.Globalization;
using System.Data.Common;

namespace Marsad.Storage;

/// <summary>
/// Which articles a listing or an export covers: one outlet, and publication instants in <c>[From, To)</c>. Articles
/// without a publication date are left out as soon as either bound is given.
/// </summary>
public sealed record ArticleFilter(string? Outlet = null, DateTimeOffset? From = null, DateTimeOffset? To = null)
{
    public static readonly ArticleFilter All = new();

    /// <summary>The SQL conditions on the articles table aliased <paramref name="alias"/> (empty when nothing filters), parameters added to <paramref name="command"/>.</summary>
    public IReadOnlyList<string> Conditions(DbCommand command, string alias)
    {
        var conditions = new List<string>();
        if (Outlet is not null)
        {
            conditions.Add($"{alias}.outlet = $filter_outlet");
            command.Parameters.AddWithValue("$filter_outlet", Outlet);
        }
        if (From is { } from)
        {
            conditions.Add($"{alias}.published_utc >= $filter_from");
            command.Parameters.AddWithValue("$filter_from", Sortable(from));
        }
        if (To is { } to)
        {
            conditions.Add($"{alias}.published_utc < $filter_to");
            command.Parameters.AddWithValue("$filter_to", Sortable(to));
        }
        return conditions;
    }

    // The same fixed-width UTC text as articles.published_utc, so comparisons on the text are chronological.
    internal static string Sortable(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture);
}
