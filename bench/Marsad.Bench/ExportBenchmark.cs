using System.Diagnostics;
using System.Globalization;
using Marsad.Export;
using Marsad.Storage;
using Spectre.Console;

namespace Marsad.Bench;

/// <summary>
/// Exports in constant memory: builds two synthetic stores (N/10 and N events and quotes, default N = 1,000,000; 20
/// events and 20 quotes per article of ~1,000 characters of Arabic, so every row cuts its sentence from its article
/// text like a real export), then exports each table in each format to a counting null stream, measuring rows/s and the
/// peak working set and managed heap during each export (sampled every 5 ms), the peak live heap (a full collection every
/// 250 ms, then what survives it: what the export really holds, plus buffers pools keep from earlier exports of the same
/// process) and the CPU time (of the whole process: GC threads and those forced collections too). Constant memory shows
/// as the same live peak at N/10 and at N rows (the working set and heap peaks also reflect how lazily the server GC
/// collects). Run one format per process (--formats) for clean live figures. Args: [N]
/// [--tables events,quotes] [--formats jsonl,csv,parquet,plover] [--keep DIR] (reuse stores built there).
/// </summary>
public sealed class ExportBenchmark : IBenchmark
{
    private const int FactsPerArticle = 20;

    public string Name => "export";

    public string Description => "table exports (jsonl, csv, parquet, plover) from synthetic stores of N/10 and N rows: rows/s and peak memory";

    public int Run(string[] args)
    {
        var rows = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 1_000_000;
        var tables = (BenchArgs.String(args, "--tables") ?? "events,quotes").Split(',').Select(ExportCatalog.Table).ToList();
        var formats = BenchArgs.String(args, "--formats")?.Split(',') ?? [.. ExportCatalog.Formats.Select(f => f.Name)];
        var keep = BenchArgs.String(args, "--keep");
        var root = keep ?? Path.Combine(Path.GetTempPath(), "marsad-export-bench-" + Guid.NewGuid().ToString("N")[..8]);
        try
        {
            var results = new Table().AddColumns("table", "format", "rows", "wall", "rows/s", "CPU", "rows/CPU s", "peak working set", "peak heap", "peak live heap");
            foreach (var size in new[] { rows / 10, rows })
            {
                var folder = Path.Combine(root, size.ToString(CultureInfo.InvariantCulture));
                var build = Stopwatch.StartNew();
                if (!File.Exists(Path.Combine(folder, "marsad.db"))) Build(folder, size);
                build.Stop();
                Console.Error.WriteLine($"store of {size:N0} rows ready in {build.Elapsed.TotalSeconds:F1} s");
                using var store = MarsadStore.Open(folder);
                foreach (var table in tables)
                    foreach (var format in ExportCatalog.Formats.Where(f => f.Supports(table) && formats.Contains(f.Name)))
                    {
                        var m = Measure(() => format.Write(table, table.Rows(store, ExportFilter.All), new NullStream(), new ExportOptions()));
                        results.AddRow(table.Name, format.Name, $"{m.Rows:N0}", $"{m.Wall.TotalSeconds:F1} s", $"{m.Rows / m.Wall.TotalSeconds:N0}",
                            $"{m.Cpu.TotalSeconds:F1} s", $"{m.Rows / m.Cpu.TotalSeconds:N0}", Mib(m.PeakWorkingSet), Mib(m.PeakHeap), Mib(m.PeakLive));
                    }
            }
            AnsiConsole.Write(results);
            Console.WriteLine($"processors: {Environment.ProcessorCount}; load average: {LoadAverage()}; GC server: {System.Runtime.GCSettings.IsServerGC}");
            return 0;
        }
        finally
        {
            if (keep is null && Directory.Exists(root)) Directory.Delete(root, recursive: true);
        }
    }

    private static string Mib(long bytes) => $"{bytes / 1048576.0:N0} MiB";

    private sealed record Measured(long Rows, TimeSpan Wall, TimeSpan Cpu, long PeakWorkingSet, long PeakHeap, long PeakLive);

    private static Measured Measure(Func<long> export)
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        var process = Process.GetCurrentProcess();
        long peakSet = 0, peakHeap = 0, peakLive = 0;
        using var done = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            var live = Stopwatch.StartNew();
            while (!done.IsCancellationRequested)
            {
                process.Refresh();
                peakSet = Math.Max(peakSet, process.WorkingSet64);
                peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false));
                if (live.ElapsedMilliseconds >= 250)
                {
                    peakLive = Math.Max(peakLive, GC.GetTotalMemory(forceFullCollection: true));
                    live.Restart();
                }
                try { await Task.Delay(5, done.Token); } catch (TaskCanceledException) { }
            }
        });
        var cpu = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        var count = export();
        watch.Stop();
        process.Refresh();
        var cpuTime = process.TotalProcessorTime - cpu;
        done.Cancel();
        sampler.Wait();
        return new Measured(count, watch.Elapsed, cpuTime, peakSet, peakHeap, peakLive);
    }

    /// <summary>Articles of Arabic sentences with events and quotes whose spans fall in them, written straight into the tables.</summary>
    private static void Build(string folder, int rows)
    {
        Directory.CreateDirectory(folder);
        using var store = MarsadStore.Open(folder);
        string[] sentences =
        [
            "أعلنت وزارة الخارجية في بيان صدر مساء الأحد أن الوزير سيزور العاصمة الأسبوع المقبل لبحث التعاون الثنائي.",
            "وقال المتحدث باسم الحكومة إن المفاوضات ستستأنف بعد عطلة العيد بمشاركة وفود من عدة دول.",
            "واتهمت الحكومة جهات خارجية بالوقوف وراء الهجوم الإلكتروني الذي عطل مواقع رسمية لساعات.",
            "وأدانت الجامعة العربية القرار ودعت إلى ضبط النفس والعودة إلى طاولة الحوار في أقرب وقت.",
            "ونقلت وكالة الأنباء الرسمية عن مصدر مطلع أن الاجتماع انتهى دون التوصل إلى اتفاق نهائي.",
        ];
        var articles = (rows + FactsPerArticle - 1) / FactsPerArticle;
        using var transaction = store.BeginTransaction();
        using var article = transaction.Command("""
            INSERT INTO articles (id, outlet, url, title, published, published_utc, text, ingested_at)
            VALUES ($id, $outlet, $url, $title, $published, $utc, $text, $published)
            """);
        using var insertEvent = transaction.Command("""
            INSERT INTO events (article_id, id, type, mode, cameo, contexts, modality, source_entity_id, source_text, source_start, source_end,
                source_country, source_sector, target_text, target_start, target_end, target_country, date, trigger_text, trigger_start, trigger_end,
                sentence_start, sentence_end, mention_count, mentions_json)
            VALUES ($article, $id, 'CONSULT', 'visit', '042', 'diplomatic', 'planned', 'gpe:egypt', 'الوزير', $s, $s + 6, 'EGY', 'GOV',
                'العاصمة', $s + 30, $s + 37, NULL, '2024-03-10', 'سيزور', $s + 10, $s + 15, $s, $e, 1, '[]')
            """);
        using var insertQuote = transaction.Command("""
            INSERT INTO quotes (article_id, id, span_start, span_end, text, kind, cue_text, cue_start, cue_end, speaker_entity_id, speaker_text,
                speaker_start, speaker_end, sentence_start, sentence_end)
            VALUES ($article, $id, $s + 20, $e - 1, $text, 'indirect', 'وقال', $s, $s + 4, NULL, 'المتحدث باسم الحكومة', $s + 5, $s + 25, $s, $e)
            """);
        var written = 0;
        for (var a = 0; a < articles && written < rows; a++)
        {
            var id = a.ToString("x16", CultureInfo.InvariantCulture);
            var text = string.Join(" ", Enumerable.Range(0, 10).Select(i => sentences[(a + i) % sentences.Length]));
            var day = new DateTimeOffset(2024, 1, 1, 9, 0, 0, TimeSpan.FromHours(3)).AddMinutes(a);
            StoreTransaction.Set(article, ("$id", id), ("$outlet", "المرصد " + (a % 7)), ("$url", $"https://bench.example/{id}"), ("$title", sentences[a % 5][..40]),
                ("$published", day.ToString("O", CultureInfo.InvariantCulture)), ("$utc", ArticleFilter.Sortable(day)), ("$text", text));
            article.ExecuteNonQuery();
            var starts = new List<int> { 0 };
            for (var at = text.IndexOf(". ", StringComparison.Ordinal); at >= 0; at = text.IndexOf(". ", at + 1, StringComparison.Ordinal)) starts.Add(at + 2);
            for (var f = 0; f < FactsPerArticle && written < rows; f++, written++)
            {
                var s = starts[f % starts.Count];
                var e = text.IndexOf('.', s) + 1;
                StoreTransaction.Set(insertEvent, ("$article", id), ("$id", $"e{f + 1}"), ("$s", s), ("$e", e));
                insertEvent.ExecuteNonQuery();
                StoreTransaction.Set(insertQuote, ("$article", id), ("$id", $"q{f + 1}"), ("$s", s), ("$e", e), ("$text", text[(s + 20)..(e - 1)]));
                insertQuote.ExecuteNonQuery();
            }
        }
        transaction.Commit();
    }

    private static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "?";

    /// <summary>A sink that counts bytes, so the bench measures producing the export, not a disk.</summary>
    private sealed class NullStream : Stream
    {
        public long Written { get; private set; }

        public override bool CanRead => false;

        public override bool CanSeek => false;

        public override bool CanWrite => true;

        public override long Length => Written;

        public override long Position { get => Written; set => throw new NotSupportedException(); }

        public override void Flush() { }

        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => Written += count;

        public override void Write(ReadOnlySpan<byte> buffer) => Written += buffer.Length;
    }
}
