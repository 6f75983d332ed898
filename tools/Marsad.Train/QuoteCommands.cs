using System.Globalization;
using System.Text;
using System.Text.Json;
using Marsad.Analysis;
using Marsad.Bench;
using Marsad.Documents;
using Marsad.Entities;
using Marsad.Quotes;
using Marsad.Text.Normalization;

namespace Marsad.Train;

/// <summary>
/// Measures quote recognition against hand-labelled quotes, and draws a sample of quotes from real news to check by hand.
/// <list type="bullet">
/// <item><c>eval-quotes --set team</c>: the team's own sentences (eval/quotes.jsonl, every quote of each text labelled),
/// so precision counts every quote found.</item>
/// <item><c>eval-quotes --set snn</c>: 70 quotes labelled in real SaudiNewsNet articles (../shared/data/saudinewsnet/dev/
/// quotes.jsonl; offsets in code points). Only some quotes of each article are labelled, so precision is counted on the
/// quotes found in the sentences that hold a labelled quote.</item>
/// </list>
/// A found quote matches a labelled one when their spans overlap (one to one, largest overlap first). Kind: direct, or
/// indirect (labelled "mixed" is indirect speech with verbatim parts). Speaker: right when the labelled speaker is unnamed
/// and the found one has no entity, or when the found speaker's words overlap the labelled speaker's, name the same entity
/// (a mention there links to it) or are the same name (matching keys).
/// </summary>
internal static class QuoteCommands
{
    public static int Evaluate(Options options)
    {
        var set = options.Get("set", "both");
        var verbose = options.Get("verbose", "no") == "yes";
        var dumpPath = options.Get("dump", "");
        using var dump = dumpPath.Length == 0 ? null : new StreamWriter(dumpPath);
        var ok = true;
        if (set is "team" or "both") ok &= Report("team (eval/quotes.jsonl)", TeamCases(options.Get("file", "eval/quotes.jsonl")), verbose, dump);
        if (set is "snn" or "both") ok &= Report("saudinewsnet dev (70 real quotes)", SnnCases(options.Get("shared", SharedFolder.Root)), verbose, dump);
        return ok ? 0 : 1;
    }

    /// <summary>Draws quotes at random (fixed seed) from the first N articles of SaudiNewsNet, for checking by hand.</summary>
    public static int Sample(Options options)
    {
        var path = SaudiNewsNet.LocateOrSay(options.Get("corpus", null!));
        if (path is null) return 1;
        var articles = options.Get("articles", 10_000);
        var count = options.Get("count", 50);
        var random = new Random(options.Get("seed", 7));
        var pipeline = MarsadPipeline.Default;
        // In corpus order whatever the threads, so the same seed draws the same quotes.
        var all = SaudiNewsNet.Read(path, articles).AsParallel().AsOrdered()
            .SelectMany(record => pipeline.Run(new Article { Id = record.Id, Text = record.Text, Outlet = record.Outlet })
                .Get(QuoteLayers.Quotes).Select(quote => (Record: record, Quote: quote)))
            .ToList();
        Console.WriteLine($"{all.Count:N0} quotes in {articles:N0} articles ({all.Count * 1000.0 / articles:F0} per 1,000); {count} drawn with seed {options.Get("seed", 7)}:");
        var drawn = all.OrderBy(_ => random.Next()).Take(count).ToList();
        var n = 0;
        foreach (var (record, quote) in drawn)
        {
            Console.WriteLine();
            Console.WriteLine($"#{++n} {record.Id} {record.Outlet} {quote.Id} {QuoteJson.KindName(quote.Kind)} cue={quote.Cue?.Text ?? "-"}");
            Console.WriteLine($"  speaker: {quote.Speaker?.Text ?? "-"} [{quote.Speaker?.EntityId ?? "null"}]");
            Console.WriteLine($"  quote:   {quote.Text}");
            Console.WriteLine($"  sentence: {quote.Sentence.Slice(record.Text)}");
        }
        return 0;
    }

    private sealed record GoldQuote(string Id, TextSpan Span, bool Direct, IReadOnlyList<TextSpan> SpeakerSpans, bool Unnamed, string? SpeakerName);

    private sealed record Case(string Id, string Text, DateTimeOffset? Published, IReadOnlyList<GoldQuote> Gold, bool Exhaustive);

    /// <param name="dump">With <c>--dump FILE</c>: every judged quote and every miss with its cue, speaker and sentence, to
    /// class the errors by reading them.</param>
    private static bool Report(string title, IReadOnlyList<Case>? cases, bool verbose, StreamWriter? dump)
    {
        if (cases is null) return false;
        var pipeline = MarsadPipeline.Default;
        int gold = 0, found = 0, counted = 0, matched = 0, kindRight = 0, speakerRight = 0;
        var misses = new List<string>();
        foreach (var c in cases)
        {
            var document = pipeline.Run(new Article { Id = c.Id, Text = c.Text, Published = c.Published });
            var quotes = document.Get(QuoteLayers.Quotes);
            var entities = document.Get(EntityLayers.Entities);
            gold += c.Gold.Count;
            found += quotes.Count;
            // Where not every quote is labelled, only quotes in sentences that hold a labelled one are judged.
            var judged = c.Exhaustive ? quotes : quotes.Where(q => c.Gold.Any(g => q.Sentence.Contains(g.Span.Start) || g.Span.Overlaps(q.Span))).ToList();
            counted += judged.Count;
            var pairs = Match(c.Gold, judged);
            matched += pairs.Count;
            foreach (var g in c.Gold)
            {
                if (!pairs.TryGetValue(g, out var q))
                {
                    misses.Add($"MISSED {c.Id}/{g.Id}: «{Clip(g.Span.Slice(c.Text))}»");
                    continue;
                }
                if (g.Direct == (q.Kind == QuoteKind.Direct)) kindRight++;
                else if (verbose) misses.Add($"KIND {c.Id}/{g.Id}: found {q.Kind}, labelled {(g.Direct ? "direct" : "indirect")}");
                if (SpeakerRight(g, q, c.Text, entities)) speakerRight++;
                else misses.Add($"SPEAKER {c.Id}/{g.Id}: found {q.Speaker?.Text ?? "-"} [{q.Speaker?.EntityId ?? "null"}], labelled {g.SpeakerName ?? (g.Unnamed ? "unnamed" : "?")} «{Clip(g.Span.Slice(c.Text))}»");
            }
            if (verbose)
                foreach (var q in judged.Where(q => !pairs.ContainsValue(q)))
                    misses.Add($"EXTRA {c.Id}: {q.Speaker?.Text ?? "-"} «{Clip(q.Text)}»");
            if (dump is not null) Dump(dump, c, judged, pairs);
        }
        var precision = counted == 0 ? 0 : (double)matched / counted;
        var recall = gold == 0 ? 0 : (double)matched / gold;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        Console.WriteLine($"== {title}: {cases.Count} texts, {gold} labelled quotes, {found} found ({counted} judged)");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"detection (span overlap)  P {precision:F3}  R {recall:F3}  F1 {f1:F3}"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"kind accuracy            {(matched == 0 ? 0 : (double)kindRight / matched):F3}  ({kindRight}/{matched} matched)"));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"speaker accuracy         {(matched == 0 ? 0 : (double)speakerRight / matched):F3}  ({speakerRight}/{matched} matched; {(gold == 0 ? 0 : (double)speakerRight / gold):F3} of all labelled)"));
        foreach (var m in misses) Console.WriteLine("  " + m);
        return true;
    }

    private static void Dump(StreamWriter dump, Case c, IReadOnlyList<Quote> judged, Dictionary<GoldQuote, Quote> pairs)
    {
        foreach (var q in judged)
        {
            var gold = pairs.FirstOrDefault(p => p.Value == q).Key;
            dump.WriteLine($"{(gold is null ? "EXTRA" : "MATCH")} {c.Id}/{gold?.Id ?? q.Id} {QuoteJson.KindName(q.Kind)} cue={q.Cue?.Text ?? "-"} speaker={q.Speaker?.Text ?? "-"} [{q.Speaker?.EntityId ?? "null"}]{(gold is null ? "" : $" labelled={gold.SpeakerName ?? "unnamed"}")}");
            dump.WriteLine($"  quote:    {q.Text}");
            dump.WriteLine($"  sentence: {q.Sentence.Slice(c.Text)}");
        }
        foreach (var g in c.Gold.Where(g => !pairs.ContainsKey(g)))
        {
            dump.WriteLine($"MISSED {c.Id}/{g.Id} labelled={g.SpeakerName ?? "unnamed"}");
            dump.WriteLine($"  quote:    {g.Span.Slice(c.Text)}");
        }
    }

    private static Dictionary<GoldQuote, Quote> Match(IReadOnlyList<GoldQuote> gold, IReadOnlyList<Quote> found)
    {
        var candidates = from g in gold
                         from q in found
                         let overlap = Math.Min(g.Span.End, q.Span.End) - Math.Max(g.Span.Start, q.Span.Start)
                         where overlap > 0
                         orderby overlap descending
                         select (g, q);
        var pairs = new Dictionary<GoldQuote, Quote>();
        var used = new HashSet<Quote>();
        foreach (var (g, q) in candidates)
        {
            if (pairs.ContainsKey(g) || used.Contains(q)) continue;
            pairs[g] = q;
            used.Add(q);
        }
        return pairs;
    }

    private static bool SpeakerRight(GoldQuote g, Quote q, string text, ArticleEntities entities)
    {
        if (q.Speaker is not { } s) return false;
        if (g.Unnamed) return s.EntityId is null;
        foreach (var span in g.SpeakerSpans)
        {
            if (span.Overlaps(s.Span)) return true;
            if (s.EntityId is { } id && entities.Mentions.Any(m => m.EntityId == id && m.Span.Overlaps(span))) return true;
            if (MatchingKey.Of(span.Slice(text)) == MatchingKey.Of(s.Text)) return true;
        }
        return false;
    }

    private static List<Case>? TeamCases(string file)
    {
        if (!File.Exists(file))
        {
            Console.Error.WriteLine($"MARSAD-T002 {file} not found: run from the repository root or pass --file PATH.");
            return null;
        }
        var cases = new List<Case>();
        foreach (var line in File.ReadLines(file).Where(l => l.Trim().Length > 0))
        {
            using var row = JsonDocument.Parse(line);
            var r = row.RootElement;
            var text = r.GetProperty("text").GetString()!;
            var published = r.TryGetProperty("published", out var p) && p.GetString() is { } day
                ? DateTimeOffset.Parse(day + "T12:00:00Z", CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
            var gold = new List<GoldQuote>();
            foreach (var q in r.GetProperty("quotes").EnumerateArray())
            {
                var quote = q.GetProperty("quote").GetString()!;
                var at = text.IndexOf(quote, StringComparison.Ordinal);
                if (at < 0) continue;
                var form = q.GetProperty("speaker_form").GetString();
                var name = q.TryGetProperty("speaker", out var sp) && sp.ValueKind == JsonValueKind.String ? sp.GetString() : null;
                var unnamed = form == "unnamed";
                var spans = name is null ? [] : Occurrences(text, name);
                gold.Add(new GoldQuote(q.TryGetProperty("id", out var id) ? id.GetString()! : $"{gold.Count + 1}", new TextSpan(at, at + quote.Length),
                    q.GetProperty("kind").GetString() == "direct", spans, unnamed, name));
            }
            cases.Add(new Case(r.GetProperty("id").GetString()!, text, published, gold, Exhaustive: true));
        }
        return cases;
    }

    private static List<Case>? SnnCases(string shared)
    {
        var labels = Path.Combine(shared, "data/saudinewsnet/dev/quotes.jsonl");
        var corpus = SaudiNewsNet.LocateOrSay(Path.Combine(shared, SaudiNewsNet.RelativePath));
        if (corpus is null || !File.Exists(labels))
        {
            Console.Error.WriteLine($"MARSAD-T002 {labels} not found: pass --shared PATH.");
            return null;
        }
        var rows = File.ReadLines(labels).Where(l => l.Trim().Length > 0).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        var wanted = rows.Select(r => r.GetProperty("article_id").GetString()!).ToHashSet(StringComparer.Ordinal);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var record in SaudiNewsNet.Read(corpus, int.MaxValue))
        {
            if (wanted.Contains(record.Id)) texts[record.Id] = record.Text;
            if (texts.Count == wanted.Count) break;
        }
        var cases = new List<Case>();
        foreach (var article in rows.GroupBy(r => r.GetProperty("article_id").GetString()!))
        {
            if (!texts.TryGetValue(article.Key, out var text)) continue;
            var units = CodePointOffsets(text);
            var gold = new List<GoldQuote>();
            foreach (var r in article)
            {
                var span = new TextSpan(units[r.GetProperty("quote_start").GetInt32()], units[r.GetProperty("quote_end").GetInt32()]);
                var start = r.GetProperty("speaker_start");
                var speakerSpans = start.ValueKind == JsonValueKind.Number
                    ? new[] { new TextSpan(units[start.GetInt32()], units[r.GetProperty("speaker_end").GetInt32()]) }
                    : [];
                gold.Add(new GoldQuote(r.GetProperty("id").GetString()!, span, r.GetProperty("kind").GetString() == "direct", speakerSpans,
                    r.GetProperty("speaker_form").GetString() == "unnamed", r.GetProperty("speaker").GetString()));
            }
            cases.Add(new Case(article.Key, text, null, gold, Exhaustive: false));
        }
        return cases;
    }

    /// <summary>UTF-16 offset of every code point offset (the labels count code points, as Python does).</summary>
    private static int[] CodePointOffsets(string text)
    {
        var offsets = new List<int>(text.Length + 1);
        for (var i = 0; i < text.Length; i++)
        {
            offsets.Add(i);
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
        }
        offsets.Add(text.Length);
        return [.. offsets];
    }

    private static TextSpan[] Occurrences(string text, string value)
    {
        var spans = new List<TextSpan>();
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + 1, StringComparison.Ordinal))
            spans.Add(new TextSpan(at, at + value.Length));
        return [.. spans];
    }

    private static string Clip(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
