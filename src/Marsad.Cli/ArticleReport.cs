using Marsad.Documents;
using Marsad.Entities;
using Marsad.Reporting;
using Marsad.Text;
using Marsad.Time;
using Spectre.Console;

namespace Marsad.Cli;

/// <summary>The readable report of one analyzed article: what it is, then its sentences with their offsets.</summary>
internal static class ArticleReport
{
    public static void Write(Document document, IAnsiConsole console, bool showTokens)
    {
        var article = document.Article;
        var publication = document.GetOrDefault(DocumentLayers.Publication) ?? PublicationDate.FromSource(article);
        console.Write(new Rule($"[bold]{Markup.Escape(article.Title ?? FirstLine(article.Text))}[/]").LeftJustified());
        var published = publication.Value is { } date
            ? ArticleJsonWriter.FormatDate(date) + (publication.Estimated ? $" (estimated: {publication.Evidence})" : "")
            : "unknown";
        console.MarkupLine($"[grey]id[/] {article.Id}  [grey]outlet[/] {Markup.Escape(article.Outlet ?? "unknown")}  [grey]published[/] {Markup.Escape(published)}");
        console.MarkupLine($"[grey]source[/] {Markup.Escape(article.SourcePath ?? "-")}");

        var sentences = document.GetOrDefault(TextLayers.Sentences) ?? [];
        var tokens = document.GetOrDefault(TextLayers.Tokens) ?? [];
        var words = document.GetOrDefault(TextLayers.Words);
        console.MarkupLine($"[grey]{sentences.Count} sentences · {tokens.Count} tokens[/]");
        foreach (var sentence in sentences)
        {
            console.MarkupLine($"[blue]{sentence.Index + 1,3}[/] [grey]{Markup.Escape(sentence.Span.ToString())}[/] {Markup.Escape(sentence.Span.Slice(article.Text))}");
            if (!showTokens) continue;
            var parts = new List<string>();
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var token = tokens[i];
                var analysis = words?[i];
                var word = Markup.Escape(token.Normalized);
                parts.Add(analysis is null || (analysis.Proclitics.Count == 0 && analysis.Enclitics.Count == 0)
                    ? word
                    : $"{word}[grey]({Markup.Escape(string.Join("+", [.. analysis.Proclitics, analysis.Base, .. analysis.Enclitics]))})[/]");
            }
            console.MarkupLine("      " + string.Join(" · ", parts));
        }
        WriteEntities(document, console);
        WriteTimes(document, console);
        console.WriteLine();
    }

    private static void WriteEntities(Document document, IAnsiConsole console)
    {
        var entities = document.GetOrDefault(EntityLayers.Entities)?.Entities;
        if (entities is not { Count: > 0 }) return;
        console.MarkupLine("[bold]entities[/]");
        foreach (var group in entities.GroupBy(e => e.Type).OrderBy(g => g.Key))
        {
            var names = group.Select(e =>
            {
                var forms = e.Mentions.Select(m => m.Text).Distinct().Where(t => t != e.NameAr).ToList();
                var also = forms.Count > 0 ? $" [grey]= {Markup.Escape(string.Join(" = ", forms))}[/]" : "";
                var loaded = e.Mentions.Any(m => m.Loaded) ? " [red](loaded term)[/]" : "";
                return $"{Markup.Escape(e.NameAr)}{also}{loaded}";
            });
            console.MarkupLine($"  [blue]{group.Key}[/] {string.Join(" · ", names)}");
        }
    }

    private static void WriteTimes(Document document, IAnsiConsole console)
    {
        var times = document.GetOrDefault(TimeLayers.Times);
        if (times is not { Count: > 0 }) return;
        console.MarkupLine("[bold]times[/]");
        foreach (var time in times)
        {
            var flags = time.Flags.Count > 0 ? $" [grey]({Markup.Escape(string.Join(", ", time.Flags))})[/]" : "";
            console.MarkupLine($"  {Markup.Escape(time.Text)} [grey]→[/] [green]{Markup.Escape(time.Value)}[/] {time.Type.ToString().ToUpperInvariant()}{flags}");
        }
    }

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n');
        return (end < 0 ? text : text[..end]).Trim();
    }
}
