using System.Globalization;
using System.Text;
using Marsad.Search;
using Spectre.Console;

namespace Marsad.Cli;

/// <summary>
/// A search result for a person: each hit with its outlet, date and near-duplicate count, its snippets with the
/// matched words highlighted, then the facets. Article text is inert here: Spectre markup is escaped, and control
/// characters (terminal escape sequences) and bidi overrides are shown as spaces, never sent to the terminal.
/// </summary>
internal static class SearchRendering
{
    private const int FacetRows = 10;

    public static void Write(SearchResult result, IAnsiConsole console)
    {
        console.MarkupLine($"[bold]{result.Total:N0}[/] hit(s){(result.Hits.Count < result.Total ? $", the first {result.Hits.Count:N0}" : "")}");
        var rank = 0;
        foreach (var hit in result.Hits)
        {
            rank++;
            var article = hit.Article;
            var date = article.Published?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "undated";
            var duplicates = hit.Duplicates > 0 ? $" [grey](+{hit.Duplicates} near duplicate{(hit.Duplicates == 1 ? "" : "s")})[/]" : "";
            console.WriteLine();
            console.MarkupLine($"[bold]{rank}. {Safe(article.Title ?? "(no title)")}[/]{duplicates}");
            console.MarkupLine($"   [grey]{Safe(article.Outlet ?? "unknown outlet")} · {date} · {Safe(article.Id)} · score {hit.Score.ToString("0.00", CultureInfo.InvariantCulture)}[/]");
            foreach (var snippet in hit.Snippets) console.MarkupLine("   … " + Highlighted(snippet) + " …");
        }
        WriteFacet(console, "outlets", result.Facets.Outlet);
        WriteFacet(console, "days", result.Facets.Day);
        WriteFacet(console, "entities", result.Facets.Entity);
    }

    private static string Highlighted(Snippet snippet)
    {
        var markup = new StringBuilder();
        var at = snippet.Start;
        foreach (var span in snippet.Highlights)
        {
            markup.Append(Safe(snippet.Text[(at - snippet.Start)..(span.Start - snippet.Start)]));
            markup.Append("[bold yellow]").Append(Safe(snippet.Text[(span.Start - snippet.Start)..(span.End - snippet.Start)])).Append("[/]");
            at = span.End;
        }
        markup.Append(Safe(snippet.Text[(at - snippet.Start)..]));
        return markup.ToString();
    }

    private static void WriteFacet(IAnsiConsole console, string name, IReadOnlyList<KeyValuePair<string, long>> counts)
    {
        if (counts.Count == 0) return;
        var shown = counts.Take(FacetRows).Select(p => $"{Safe(p.Key)} [grey]{p.Value:N0}[/]");
        var more = counts.Count > FacetRows ? $" [grey]… {counts.Count - FacetRows} more (--json lists all)[/]" : "";
        console.WriteLine();
        console.MarkupLine($"[bold]{name}:[/] {string.Join(" · ", shown)}{more}");
    }

    /// <summary>Text from an article made inert for the terminal: markup escaped, controls and bidi overrides blanked.</summary>
    private static string Safe(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
            clean.Append(char.IsControl(c) || c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069' ? ' ' : c);
        return Markup.Escape(clean.ToString());
    }
}
