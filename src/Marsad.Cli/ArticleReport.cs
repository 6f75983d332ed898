using System.Text.Json;
using Marsad.Reporting;
using Spectre.Console;

namespace Marsad.Cli;

/// <summary>
/// The readable report of one analyzed article, drawn from its JSON object (fresh or stored): what it is, its sentences
/// with their offsets, then one section per step that contributes one (<see cref="IReportContributor"/>).
/// Every piece of article text is escaped: markup in an article prints as text.
/// </summary>
internal static class ArticleReport
{
    public static void Write(JsonElement article, IEnumerable<IReportContributor> contributors, IAnsiConsole console, bool showTokens)
    {
        var text = article.GetProperty("text").GetString()!;
        var title = String(article, "title") ?? FirstLine(text);
        console.Write(new Rule($"[bold]{Markup.Escape(title)}[/]").LeftJustified());
        var published = String(article, "published") is { } date
            ? date + (article.GetProperty("published_estimated").GetBoolean() ? $" (estimated: {String(article, "published_evidence")})" : "")
            : "unknown";
        console.MarkupLine($"[grey]id[/] {Markup.Escape(String(article, "id")!)}  [grey]outlet[/] {Markup.Escape(String(article, "outlet") ?? "unknown")}  [grey]published[/] {Markup.Escape(published)}");
        console.MarkupLine($"[grey]source[/] {Markup.Escape(String(article, "source_path") ?? "-")}");
        if (article.TryGetProperty("analysis", out var analysis))
            console.MarkupLine($"[grey]analysed {Markup.Escape(analysis.GetProperty("analyzed_at").GetString()!)} by pipeline {Markup.Escape(analysis.GetProperty("pipeline").GetString()!)}[/]");

        var sentences = article.TryGetProperty("sentences", out var s) ? s.EnumerateArray().ToList() : [];
        console.MarkupLine($"[grey]{sentences.Count} sentences · {sentences.Sum(x => x.GetProperty("tokens").GetArrayLength())} tokens[/]");
        for (var i = 0; i < sentences.Count; i++)
        {
            var sentence = sentences[i];
            var span = $"[{sentence.GetProperty("start").GetInt32()}, {sentence.GetProperty("end").GetInt32()})";
            console.MarkupLine($"[blue]{i + 1,3}[/] [grey]{Markup.Escape(span)}[/] {Markup.Escape(sentence.GetProperty("text").GetString()!)}");
            if (!showTokens) continue;
            var parts = sentence.GetProperty("tokens").EnumerateArray().Select(token =>
            {
                var norm = Markup.Escape(token.GetProperty("norm").GetString()!);
                return String(token, "base") is { } stem && stem != token.GetProperty("norm").GetString()
                    ? $"{norm}[grey]({Markup.Escape(stem)})[/]"
                    : norm;
            });
            console.MarkupLine("      " + string.Join(" · ", parts));
        }
        foreach (var contributor in contributors)
            if (contributor.Report(article) is { } section) WriteSection(section, console);
        console.WriteLine();
    }

    /// <summary>
    /// The reports of the analysed articles kept for a person (a run keeps the first few hundred), a line saying where the
    /// rest are, then the summary rule: what <c>analyze</c> prints with and without a path.
    /// </summary>
    public static void WriteKept(IReadOnlyList<Documents.Document> kept, int analyzed, Pipeline.AnalysisPipeline pipeline,
        ArticleJsonWriter writer, bool showTokens, string whereTheRestAre)
    {
        var contributors = ArticleJson.Contributors(pipeline);
        foreach (var document in kept) Write(ArticleJson.Of(document, writer), contributors, Terminal.Out, showTokens);
        if (analyzed > kept.Count)
            Terminal.Out.MarkupLine($"[grey]… and {analyzed - kept.Count:N0} more articles analyzed; {Markup.Escape(whereTheRestAre)}.[/]");
        Terminal.Out.Write(new Rule("[bold]summary[/]").LeftJustified());
    }

    private static void WriteSection(ReportSection section, IAnsiConsole console)
    {
        console.MarkupLine($"[bold]{Markup.Escape(section.Title)}[/]");
        foreach (var line in section.Lines)
            console.MarkupLine("  " + string.Concat(line.Select(Render)));
    }

    private static string Render(ReportSpan span)
    {
        var text = Markup.Escape(span.Text);
        return span.Style switch
        {
            ReportStyle.Muted => $"[grey]{text}[/]",
            ReportStyle.Label => $"[blue]{text}[/]",
            ReportStyle.Value => $"[green]{text}[/]",
            ReportStyle.Warning => $"[red]{text}[/]",
            _ => text,
        };
    }

    private static string? String(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string FirstLine(string text)
    {
        var end = text.IndexOf('\n');
        return (end < 0 ? text : text[..end]).Trim();
    }
}
