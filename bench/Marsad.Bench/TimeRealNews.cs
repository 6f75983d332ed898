using System.Globalization;
using Marsad.Time;
using Spectre.Console;

namespace Marsad.Bench;

/// <summary>
/// Marsad's time recognizer on real news it was not written for: bench/time/realnews-sample.tsv labels every time
/// expression of 40 SaudiNewsNet articles (read from ../shared by id). Recognition is judged by overlap (a label is
/// found when some expression overlaps it; an expression is right when it overlaps some label); resolution by
/// <see cref="TimeJudge"/>'s value rule on the expressions overlapping a found label. «right» is the share of labels
/// found with the right value, the figure issue #9 aims at (≥ 0.95). <c>time real [FILE] --misses</c> lists every error;
/// FILE is another labelled draw in the same format (bench/time/realnews-sample-seed11.tsv).
/// </summary>
internal static class TimeRealNews
{
    private sealed record Label(string Article, DateOnly Anchor, int Start, int End, string Type, string Value);

    public static int Run(string[] args)
    {
        // A sample file may be named (another draw, e.g. bench/time/realnews-sample-seed11.tsv); the first draw by default.
        var named = args.FirstOrDefault(a => !a.StartsWith("--", StringComparison.Ordinal));
        var samplePath = named is not null && File.Exists(named) ? named : TimeBenchmark.Locate(named ?? "bench/time/realnews-sample.tsv");
        if (SaudiNewsNet.LocateOrSay() is not { } corpus) return 2;
        var labels = Load(samplePath);
        var articles = labels.Select(l => l.Article).ToHashSet();
        var texts = SaudiNewsNet.Read(corpus, int.MaxValue).Where(r => articles.Contains(r.Id)).ToDictionary(r => r.Id, r => r.Text);
        var missing = articles.Where(a => !texts.ContainsKey(a)).ToList();
        if (missing.Count > 0)
        {
            Console.Error.WriteLine($"MARSAD-B002 articles not in the corpus: {string.Join(", ", missing)}");
            return 2;
        }

        var showErrors = args.Contains("--misses");
        int gold = 0, found = 0, valued = 0, resolved = 0, right = 0, system = 0, systemRight = 0;
        foreach (var group in labels.GroupBy(l => l.Article))
        {
            var text = texts[group.Key];
            var expressions = TimeRecognizer.Default.Recognize(text, group.First().Anchor);
            var real = group.Where(l => l.Type != "NONE").ToList();
            system += expressions.Count;
            foreach (var t in expressions)
            {
                if (real.Any(l => Overlaps(l, t))) systemRight++;
                else if (showErrors) Console.WriteLine($"{group.Key} FALSE «{t.Text}»={t.Value} [{t.Rule}]");
            }
            foreach (var l in real)
            {
                gold++;
                var overlapping = expressions.Where(t => Overlaps(l, t)).ToList();
                var labelText = text[l.Start..l.End];
                if (overlapping.Count == 0)
                {
                    if (showErrors) Console.WriteLine($"{group.Key} MISSED «{labelText}»={l.Value} …{Context(text, l)}…");
                    continue;
                }
                found++;
                if (l.Value == "?") continue;
                valued++;
                var answers = overlapping.Select(t => (t.Span.Start, t.Span.End, (DateTime?)null, (string?)t.Value)).ToList();
                if (TimeJudge.Correct(l.Type, l.Value, (l.Start, l.End), answers)) { resolved++; right++; }
                else if (showErrors)
                    Console.WriteLine($"{group.Key} WRONG «{labelText}»={l.Value} found {string.Join(" | ", overlapping.Select(t => $"«{t.Text}»={t.Value} [{t.Rule}]"))}");
            }
        }

        var valuedGold = labels.Count(l => l.Type != "NONE" && l.Value != "?");
        string F(double x) => x.ToString("0.000", CultureInfo.InvariantCulture);
        var table = new Table().AddColumns("articles", "labels", "found", "recognition P", "recognition R", "resolution (of found)", "right (of labels with a value)");
        table.AddRow(articles.Count.ToString(CultureInfo.InvariantCulture), gold.ToString(CultureInfo.InvariantCulture), found.ToString(CultureInfo.InvariantCulture),
            F((double)systemRight / Math.Max(1, system)), F((double)found / Math.Max(1, gold)),
            F((double)resolved / Math.Max(1, valued)), F((double)right / Math.Max(1, valuedGold)));
        AnsiConsole.MarkupLine($"[bold]Real news[/] (SaudiNewsNet sample labelled by reading; {Markup.Escape(samplePath)})");
        AnsiConsole.Write(table);
        Console.WriteLine($"real news: {gold} labels, recognition P {F((double)systemRight / Math.Max(1, system))} R {F((double)found / Math.Max(1, gold))}, resolution {F((double)resolved / Math.Max(1, valued))} of found, right {right}/{valuedGold} = {F((double)right / Math.Max(1, valuedGold))}");
        return 0;
    }

    private static bool Overlaps(Label l, TimeExpression t) => t.Span.Start < l.End && l.Start < t.Span.End;

    private static string Context(string text, Label l)
    {
        var from = Math.Max(0, l.Start - 30);
        var to = Math.Min(text.Length, l.End + 20);
        return text[from..to].ReplaceLineEndings(" ");
    }

    private static List<Label> Load(string path) =>
        File.ReadLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(f => f[4] == "NONE"
                ? new Label(f[0], DateOnly.Parse(f[1], CultureInfo.InvariantCulture), 0, 0, "NONE", "-")
                : new Label(f[0], DateOnly.Parse(f[1], CultureInfo.InvariantCulture), int.Parse(f[2], CultureInfo.InvariantCulture), int.Parse(f[3], CultureInfo.InvariantCulture), f[4], f[5]))
            .ToList();
}
