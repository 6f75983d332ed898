using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Text.Json;
using Marsad.Analysis;
using Marsad.Bench;
using Marsad.Documents;
using Marsad.Events;
using Marsad.Text.Normalization;
using Spectre.Console;

namespace Marsad.Train;

/// <summary>
/// <c>eval-events [--set team|snn] [--half even|odd|all] [--id ID,ID] [--misses N] [--dump PATH]</c>: runs the default pipeline on a development set of events and prints
/// per-type precision, recall and F1, type + both actors F1, and modality accuracy.
/// <list type="bullet">
/// <item>team: eval/events.jsonl written by the team (sentences of its own; actors as Arabic text with ISO alpha-3 codes).</item>
/// <item>snn: ../shared/data/saudinewsnet/dev/events.jsonl (real sentences; code-point offsets into saudinewsnet.jsonl.gz;
/// actors as English names with ISO alpha-3 codes), each article analysed whole with its crawl date as anchor.</item>
/// </list>
/// A found event matches a gold event of its sentence with the same type (greedily, closest trigger first). Actors match
/// when their countries agree, or, without a country, when their words overlap (team) or both are named without a state
/// (snn: its null country marks a multinational or transnational body, so a found actor in a state does not match); a missing
/// actor matches only a missing one. Modality accuracy is over type matches.
/// <c>--half even|odd</c> keeps the items at even or odd positions of the set, so rules tuned by reading one half's
/// mismatches are reported honestly on the other. <c>--dump PATH</c> writes every mismatch (MISS, EXTRA, ACTORS, MODALITY)
/// with its sentence, one block per item, for reading error classes.
/// </summary>
internal static class EventEvaluation
{
    private const string TeamSet = "eval/events.jsonl";
    private static readonly string SnnSet = SharedFolder.Path("data/saudinewsnet/dev/events.jsonl");
    private static readonly string SnnCorpus = SharedFolder.Path("data/saudinewsnet/saudinewsnet.jsonl.gz");

    public static int Run(Options options)
    {
        var set = options.Get("set", "team");
        var items = set switch
        {
            "team" => ReadTeam(options.Get("path", TeamSet)),
            "snn" => ReadSnn(options.Get("path", SnnSet), options.Get("corpus", SnnCorpus)),
            _ => throw new ArgumentException($"MARSAD-T002 Unknown set '{set}': use team or snn."),
        };
        if (items is null) return 2;
        var half = options.Get("half", "all");
        if (half is not ("all" or "even" or "odd")) throw new ArgumentException($"MARSAD-T002 Unknown half '{half}': use even, odd or all.");
        if (half != "all") items = items.Where((_, i) => i % 2 == (half == "even" ? 0 : 1)).ToList();
        // --id te-011,te-207: score only those items, to read one error class sentence by sentence.
        if (options.Get("id", "") is { Length: > 0 } ids)
        {
            var wanted = ids.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.Ordinal);
            items = items.Where(item => wanted.Contains(item.Id)).ToList();
        }
        using var dump = options.Get("dump", "") is { Length: > 0 } dumpPath ? new StreamWriter(dumpPath) : null;
        var score = new Score();
        var misses = new List<string>();
        var pipeline = MarsadPipeline.Default;
        var documents = new Dictionary<string, Document>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            if (!documents.TryGetValue(item.Article.Id, out var document)) documents[item.Article.Id] = document = pipeline.Run(item.Article);
            var found = document.Get(EventLayers.Events)
                .SelectMany(e => e.Mentions.Where(m => item.Sentence.Contains(m.Trigger)).Take(1).Select(m => (Event: e, Mention: m)))
                .ToList();
            var before = misses.Count;
            score.Add(item, found, misses, document.Text);
            if (dump is not null && misses.Count > before)
            {
                dump.WriteLine($"## {item.Id}: {item.Sentence.Slice(document.Text)}");
                foreach (var miss in misses.Skip(before)) dump.WriteLine(miss);
                dump.WriteLine();
            }
        }
        score.Print(half == "all" ? set : $"{set} ({half} half)", items.Count);
        var show = options.Get("misses", 0);
        foreach (var miss in misses.Take(show)) Console.WriteLine(miss);
        return 0;
    }

    internal sealed record GoldEvent(string Type, string? Mode, string? Source, string? SourceCountry, string? Target, string? TargetCountry, string Modality, string Trigger, string? Date);

    internal sealed record Item(string Id, Article Article, TextSpan Sentence, IReadOnlyList<GoldEvent> Events);

    private static List<Item>? ReadTeam(string path)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"MARSAD-T003 {path} not found: run from the repository root (the team set lives in eval/).");
            return null;
        }
        var items = new List<Item>();
        foreach (var line in File.ReadLines(path).Where(l => l.Trim().Length > 0))
        {
            using var json = JsonDocument.Parse(line);
            var root = json.RootElement;
            var text = root.GetProperty("text").GetString()!;
            var published = root.TryGetProperty("published", out var p) && p.GetString() is { } date
                ? DateTimeOffset.Parse(date + "T12:00:00Z", CultureInfo.InvariantCulture) : (DateTimeOffset?)null;
            var id = root.GetProperty("id").GetString()!;
            items.Add(new Item(id, new Article { Id = id, Text = text, Published = published }, new TextSpan(0, text.Length), ReadEvents(root)));
        }
        return items;
    }

    private static List<Item>? ReadSnn(string path, string corpus)
    {
        if (!File.Exists(path) || !File.Exists(corpus))
        {
            Console.Error.WriteLine($"MARSAD-T003 {path} or {corpus} not found: set MARSAD_SHARED, or run from the repository root with ../shared beside it.");
            return null;
        }
        var rows = File.ReadLines(path).Where(l => l.Trim().Length > 0).Select(l => JsonDocument.Parse(l)).ToList();
        var wanted = rows.Select(r => r.RootElement.GetProperty("article_id").GetString()!).ToHashSet(StringComparer.Ordinal);
        var articles = new Dictionary<string, Article>(StringComparer.Ordinal);
        using (var reader = new StreamReader(new GZipStream(File.OpenRead(corpus), CompressionMode.Decompress)))
        {
            while (reader.ReadLine() is { } line && articles.Count < wanted.Count)
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                var id = root.GetProperty("id").GetString()!;
                if (!wanted.Contains(id)) continue;
                // The crawl date anchors weekdays (EVENTS_README §4.5).
                var fetched = SaudiNewsNet.CrawlDate(root.TryGetProperty("fetched", out var f) ? f.GetString() : null);
                articles[id] = new Article { Id = id, Text = root.GetProperty("text").GetString()!, Outlet = root.GetProperty("outlet").GetString(), Published = fetched };
            }
        }
        var items = new List<Item>();
        foreach (var row in rows)
        {
            var root = row.RootElement;
            var article = articles[root.GetProperty("article_id").GetString()!];
            var sentence = root.GetProperty("sentence").GetString()!;
            var start = Utf16Offset(article.Text, root.GetProperty("sentence_start").GetInt32());
            items.Add(new Item(root.GetProperty("id").GetString()!, article, new TextSpan(start, start + sentence.Length), ReadEvents(root)));
            row.Dispose();
        }
        return items;
    }

    /// <summary>Python offsets count code points; .NET strings count UTF-16 units.</summary>
    private static int Utf16Offset(string text, int codePoints)
    {
        var units = 0;
        for (var i = 0; i < codePoints && units < text.Length; i++) units += char.IsHighSurrogate(text[units]) ? 2 : 1;
        return units;
    }

    private static List<GoldEvent> ReadEvents(JsonElement root) =>
        root.GetProperty("events").EnumerateArray().Select(e => new GoldEvent(
            e.GetProperty("type").GetString()!, Str(e, "mode"), Str(e, "source"), Str(e, "source_country"), Str(e, "target"), Str(e, "target_country"),
            e.GetProperty("modality").GetString()!, e.GetProperty("trigger").GetString()!, Str(e, "date"))).ToList();

    private static string? Str(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private sealed class Score
    {
        private readonly Dictionary<string, (int Tp, int Fp, int Fn)> _byType = new(StringComparer.Ordinal);
        private int _actorsTp, _actorsFp, _actorsFn, _modalityRight, _modalityAll, _noEventSentences, _noEventClean;
        private readonly Dictionary<string, (int Right, int All)> _byModality = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _actorErrors = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _dates = new(StringComparer.Ordinal);

        public void Add(Item item, List<(Event Event, EventMention Mention)> found, List<string> misses, string text)
        {
            if (item.Events.Count == 0)
            {
                _noEventSentences++;
                if (found.Count == 0) _noEventClean++;
            }
            var unmatched = found.ToList();
            var sentence = item.Sentence.Slice(text);
            foreach (var gold in item.Events)
            {
                var goldAt = item.Sentence.Start + Math.Max(0, sentence.IndexOf(gold.Trigger, StringComparison.Ordinal));
                var candidates = unmatched.Where(f => f.Event.Type.ToString() == gold.Type).OrderBy(f => Math.Abs(f.Mention.Trigger.Start - goldAt)).ToList();
                if (candidates.Count == 0)
                {
                    Bump(gold.Type, fn: 1);
                    _actorsFn++;
                    misses.Add($"MISS {item.Id} {gold.Type}/{gold.Mode} «{gold.Trigger}» {gold.Source} → {gold.Target}");
                    continue;
                }
                var match = candidates.FirstOrDefault(c => ActorsMatch(gold, c.Event));
                var actors = match.Event is not null;
                if (!actors) match = candidates[0];
                unmatched.Remove(match);
                Bump(gold.Type, tp: 1);
                if (actors) _actorsTp++;
                else
                {
                    _actorsFp++;
                    _actorsFn++;
                    Classify("source", gold.Source, gold.SourceCountry, match.Event!.Source);
                    Classify("target", gold.Target, gold.TargetCountry, match.Event!.Target);
                    misses.Add($"ACTORS {item.Id} {gold.Type} «{gold.Trigger}» gold {gold.Source}[{gold.SourceCountry}] → {gold.Target}[{gold.TargetCountry}]; found {Show(match.Event!.Source)} → {Show(match.Event!.Target)}");
                }
                var right = match.Event!.Modality.Name() == gold.Modality;
                _modalityAll++;
                if (right) _modalityRight++;
                else misses.Add($"MODALITY {item.Id} {gold.Type} «{gold.Trigger}» gold {gold.Modality}, found {match.Event.Modality.Name()}");
                var m = _byModality.GetValueOrDefault(gold.Modality);
                _byModality[gold.Modality] = (m.Right + (right ? 1 : 0), m.All + 1);
                var date = DateOutcome(gold.Date, match.Event.Date);
                _dates[date] = _dates.GetValueOrDefault(date) + 1;
                if (date is not ("right" or "both none"))
                    misses.Add($"DATE {item.Id} {gold.Type} «{gold.Trigger}» gold {gold.Date ?? "-"}, found {match.Event.Date ?? "-"}");
            }
            foreach (var extra in unmatched)
            {
                Bump(extra.Event.Type.ToString(), fp: 1);
                _actorsFp++;
                misses.Add($"EXTRA {item.Id} {extra.Event.Type}/{extra.Event.Mode} «{extra.Mention.TriggerText}» {Show(extra.Event.Source)} → {Show(extra.Event.Target)} ({extra.Event.Modality.Name()})");
            }
        }

        /// <summary>Why a type match failed on actors: per role, missing (gold has one, none found), extra (found one, gold has none) or wrong.</summary>
        private void Classify(string role, string? gold, string? country, EventActor? found)
        {
            if (ActorMatches(gold, country, found)) return;
            var kind = gold is null ? "extra" : found is null ? "missing" : "wrong";
            var key = $"{role} {kind}";
            _actorErrors[key] = _actorErrors.GetValueOrDefault(key) + 1;
        }

        /// <summary>How a type match's date compares with the label: the same value, the same day or month at another
        /// granularity (one a prefix of the other: 2015-08 for 2015-08-06), another date, none found, or one found where the
        /// label has none (on snn a bare أمس or اليوم, which the set leaves undated, EVENTS_README §4.5).</summary>
        private static string DateOutcome(string? gold, string? found) => (gold, found) switch
        {
            (null, null) => "both none",
            (null, _) => "found, none labelled",
            (_, null) => "labelled, none found",
            _ when gold == found => "right",
            _ when gold.StartsWith(found, StringComparison.Ordinal) || found.StartsWith(gold, StringComparison.Ordinal) => "other granularity",
            _ => "wrong",
        };

        private static string Show(EventActor? actor) => actor is null ? "-" : $"{actor.Text}[{actor.Country}]";

        private static bool ActorsMatch(GoldEvent gold, Event found) =>
            ActorMatches(gold.Source, gold.SourceCountry, found.Source) && ActorMatches(gold.Target, gold.TargetCountry, found.Target);

        private static bool ActorMatches(string? gold, string? country, EventActor? found)
        {
            if (gold is null) return found is null;
            if (found is null) return false;
            if (country is not null && found.Country is not null) return country == found.Country;
            if (IsArabic(gold))
            {
                var a = MatchingKey.Of(gold);
                var b = MatchingKey.Of(found.Text);
                return a.Contains(b, StringComparison.Ordinal) || b.Contains(a, StringComparison.Ordinal);
            }
            // English names cannot be compared with Arabic text. A gold actor without a state is a multinational or
            // transnational body (the coalition, the UN, FIFA, the Islamic State; EVENTS_README §4.2), so an actor found in
            // a state («روسيا» for FIFA) contradicts the label: only a found actor without a state matches it.
            return country is null && found.Country is null;
        }

        private static bool IsArabic(string text) => text.Any(c => c is >= '\u0600' and <= '\u06FF');

        private void Bump(string type, int tp = 0, int fp = 0, int fn = 0)
        {
            var s = _byType.GetValueOrDefault(type);
            _byType[type] = (s.Tp + tp, s.Fp + fp, s.Fn + fn);
        }

        public void Print(string set, int sentences)
        {
            var table = new Table().AddColumns("type", "gold", "found", "P", "R", "F1");
            foreach (var type in Enum.GetNames<PloverType>())
            {
                var (tp, fp, fn) = _byType.GetValueOrDefault(type);
                table.AddRow(type, $"{tp + fn}", $"{tp + fp}", F(P(tp, fp)), F(R(tp, fn)), F(F1(tp, fp, fn)));
            }
            var all = _byType.Values.Aggregate((Tp: 0, Fp: 0, Fn: 0), (a, s) => (a.Tp + s.Tp, a.Fp + s.Fp, a.Fn + s.Fn));
            table.AddRow("[bold]micro[/]", $"{all.Tp + all.Fn}", $"{all.Tp + all.Fp}", F(P(all.Tp, all.Fp)), F(R(all.Tp, all.Fn)), F(F1(all.Tp, all.Fp, all.Fn)));
            var macro = Enum.GetNames<PloverType>().Where(t => _byType.ContainsKey(t) && _byType[t].Tp + _byType[t].Fn > 0)
                .Select(t => F1(_byType[t].Tp, _byType[t].Fp, _byType[t].Fn)).DefaultIfEmpty(0).Average();
            table.AddRow("[bold]macro (types in gold)[/]", "", "", "", "", F(macro));
            AnsiConsole.MarkupLine($"[bold]events, {set} set[/]: {sentences} sentences");
            AnsiConsole.Write(table);
            var summary = new Table().AddColumns("measure", "value");
            summary.AddRow("type F1 (micro)", F(F1(all.Tp, all.Fp, all.Fn)));
            summary.AddRow("type + both actors F1", F(F1(_actorsTp, _actorsFp, _actorsFn)));
            foreach (var (kind, count) in _actorErrors.OrderBy(e => e.Key, StringComparer.Ordinal))
                summary.AddRow($"  actors: {kind}", $"{count}");
            summary.AddRow("modality accuracy (type matches)", $"{F(_modalityAll == 0 ? 0 : (double)_modalityRight / _modalityAll)} ({_modalityRight}/{_modalityAll})");
            foreach (var (modality, (right, count)) in _byModality.OrderBy(m => m.Key, StringComparer.Ordinal))
                summary.AddRow($"  {modality}", $"{right}/{count}");
            var labelled = new[] { "right", "other granularity", "wrong", "labelled, none found" }.Sum(k => _dates.GetValueOrDefault(k));
            summary.AddRow("date right (type matches with a labelled date)", $"{F(labelled == 0 ? 0 : (double)_dates.GetValueOrDefault("right") / labelled)} ({_dates.GetValueOrDefault("right")}/{labelled})");
            foreach (var kind in new[] { "other granularity", "wrong", "labelled, none found", "found, none labelled", "both none" })
                summary.AddRow($"  date: {kind}", $"{_dates.GetValueOrDefault(kind)}");
            summary.AddRow("sentences without events left empty", $"{_noEventClean}/{_noEventSentences}");
            AnsiConsole.Write(summary);
        }

        private static double P(int tp, int fp) => tp + fp == 0 ? 0 : (double)tp / (tp + fp);
        private static double R(int tp, int fn) => tp + fn == 0 ? 0 : (double)tp / (tp + fn);
        private static double F1(int tp, int fp, int fn) => 2 * tp + fp + fn == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn);
        private static string F(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
    }
}
