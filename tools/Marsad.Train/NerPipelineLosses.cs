using Marsad.Entities;
using Marsad.Entities.Recognition;
using Spectre.Console;

namespace Marsad.Train;

/// <summary>
/// Where the pipeline loses names the tagger alone gets right, and where it wins: every gold name the tagger (in the
/// same documents) has exactly and the pipeline not, sorted by cause and by the rule of the pipeline's name there (the
/// names both miss are one row, listed by --loss-examples both: read them on the half that chooses variants, even); the
/// names the pipeline gets right and the tagger not, by rule; and the pipeline's wrong names, by rule. Error analysis
/// belongs on the training split (--test train.bio): there the tagger is nearly always right, so what the pipeline
/// loses is what its passes do.
/// </summary>
internal static class NerPipelineLosses
{
    public static void Print(
        IReadOnlyList<BioSentence> sentences, IReadOnlyList<IReadOnlyList<string>> tagger,
        IReadOnlyList<IReadOnlyList<PipelineName>> pipeline, IReadOnlyList<IReadOnlyList<EntitySpan>> taggerInPipeline,
        string showCause)
    {
        var losses = new Dictionary<(string Cause, string Type), int>();
        var lossRules = new Dictionary<string, int>();
        var gains = new Dictionary<string, int>();
        var wrong = new Dictionary<string, int>();
        for (var k = 0; k < sentences.Count; k++)
        {
            var gold = NerEvaluation.Spans(sentences[k].Tags).ToHashSet();
            var byTagger = NerEvaluation.Spans(tagger[k]).ToHashSet();
            var names = pipeline[k];
            var tokens = sentences[k].Tokens;
            string Show(EntitySpan e) => $"{string.Join(' ', tokens.Skip(e.Start).Take(e.End - e.Start))}/{e.Type}";
            string Near(EntitySpan g) => string.Join(" ; ", names.Where(n => n.Span.Start < g.End && g.Start < n.Span.End).Select(n => $"{Show(n.Span)}({n.Type} {n.Kind} {n.Rule})"));
            string Context(EntitySpan g) => string.Join(' ', tokens.Skip(Math.Max(0, g.Start - 4)).Take(g.End - Math.Max(0, g.Start - 4) + 4));
            foreach (var g in gold.Where(g => !byTagger.Contains(g) && !names.Any(n => n.Span == g)))
            {
                losses[("both missed", g.Type)] = losses.GetValueOrDefault(("both missed", g.Type)) + 1;
                if (showCause.Length > 0 && "both missed".StartsWith(showCause, StringComparison.Ordinal))
                    Console.WriteLine($"both missed: {Show(g)}  tagger: {string.Join(" ; ", byTagger.Where(t => t.Start < g.End && g.Start < t.End).Select(Show))}  pipeline: {Near(g)}  | {Context(g)}");
            }
            foreach (var g in gold.Where(byTagger.Contains))
            {
                if (names.Any(n => n.Span == g)) continue;
                var (cause, rule) = Cause(g, names, taggerInPipeline[k]);
                losses[(cause, g.Type)] = losses.GetValueOrDefault((cause, g.Type)) + 1;
                lossRules[$"{cause} {rule}"] = lossRules.GetValueOrDefault($"{cause} {rule}") + 1;
                if (showCause.Length > 0 && cause.StartsWith(showCause, StringComparison.Ordinal))
                    Console.WriteLine($"{cause}: {Show(g)}  pipeline: {Near(g)}  | {Context(g)}");
            }
            foreach (var n in names)
            {
                if (!gold.Contains(n.Span))
                {
                    var where = Where(n.Span, gold);
                    wrong[$"{where} {n.Rule}"] = wrong.GetValueOrDefault($"{where} {n.Rule}") + 1;
                    if (showCause.Length > 0 && $"wrong {where}".StartsWith(showCause, StringComparison.Ordinal))
                        Console.WriteLine($"wrong {where}: {Show(n.Span)}({n.Type} {n.Kind} {n.Rule})  gold: {string.Join(" ; ", gold.Where(g => g.Start < n.Span.End && n.Span.Start < g.End).Select(Show))}");
                }
                else if (!byTagger.Contains(n.Span)) gains[n.Rule] = gains.GetValueOrDefault(n.Rule) + 1;
            }
        }
        var types = new[] { "LOC", "MISC", "ORG", "PER" };
        var table = new Table().AddColumns(["gold names the pipeline misses", .. types, "all"]);
        foreach (var cause in losses.Keys.Select(c => c.Cause).Distinct().Order())
            table.AddRow([cause, .. types.Select(t => losses.GetValueOrDefault((cause, t)).ToString()),
                types.Sum(t => losses.GetValueOrDefault((cause, t))).ToString()]);
        AnsiConsole.Write(table);
        Console.WriteLine("losses by cause and the pipeline's rule there: " + Join(lossRules));
        Console.WriteLine($"pipeline right, tagger not ({gains.Values.Sum()}), by rule: " + Join(gains));
        Console.WriteLine($"pipeline wrong ({wrong.Values.Sum()}), by where the gold is and rule: " + Join(wrong));
    }

    /// <summary>Where a wrong name of the pipeline lies against the gold names: the same tokens, around one, inside one, across one, or none.</summary>
    private static string Where(EntitySpan n, IReadOnlyCollection<EntitySpan> gold) =>
        gold.Any(g => g.Start == n.Start && g.End == n.End) ? "type"
        : gold.Any(g => n.Start <= g.Start && g.End <= n.End) ? "longer"
        : gold.Any(g => g.Start <= n.Start && n.End <= g.End) ? "shorter"
        : gold.Any(g => g.Start < n.End && n.Start < g.End) ? "crossing"
        : "spurious";

    private static string Join(Dictionary<string, int> counts) =>
        string.Join(", ", counts.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).Select(c => $"{c.Key} {c.Value}"));

    /// <summary>Why the pipeline has not the gold name <paramref name="g"/>, and the rule of its own name there.</summary>
    private static (string Cause, string Rule) Cause(EntitySpan g, IReadOnlyList<PipelineName> names, IReadOnlyList<EntitySpan> taggerKept)
    {
        if (names.FirstOrDefault(n => n.Span.Start == g.Start && n.Span.End == g.End) is { Rule: not null } same)
            return ($"type {g.Type}→{same.Type}", same.Rule);
        if (names.FirstOrDefault(n => n.Span.Start <= g.Start && g.End <= n.Span.End) is { Rule: not null } outer)
            return ("longer", outer.Rule);
        if (names.FirstOrDefault(n => g.Start <= n.Span.Start && n.Span.End <= g.End) is { Rule: not null } inner)
            return ("shorter", inner.Rule);
        if (names.FirstOrDefault(n => n.Span.Start < g.End && g.Start < n.Span.End) is { Rule: not null } crossing)
            return ("crossing", crossing.Rule);
        return taggerKept.Contains(g) ? ("dropped by a pass", "-") : ("tagger under threshold", "-");
    }
}
