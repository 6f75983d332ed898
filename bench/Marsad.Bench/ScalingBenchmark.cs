using System.Diagnostics;
using System.Globalization;
using System.Text;
using Marsad.Analysis;
using Marsad.Documents;
using Marsad.Pipeline;
using Marsad.Text;
using Spectre.Console;

namespace Marsad.Bench;

/// <summary>
/// Whether analysis cost grows linearly with the input on the worst shape of input: one run-on article with no
/// punctuation and no line break (a scraped page glued into one line), of 25k, 100k and 400k tokens. Each size runs in
/// its own process (so peak memory is that size's alone): the whole default pipeline on one article, after a warm-up
/// on a small article. The table gives time, peak working set, and time per token relative to the smallest size
/// (goal: within 1.2× of linear, i.e. at most 1.20 at 400k).
/// The words are those of SaudiNewsNet articles in corpus order with punctuation and line breaks removed (the shape of
/// the hostile input: a long text without punctuation), or, when ../shared is absent, a fixed vocabulary written for this
/// harness drawn in a fixed pseudo-random order (denser in names and roles than news, so slower per token).
/// </summary>
public sealed class ScalingBenchmark : IBenchmark
{
    private static readonly int[] s_sizes = [25_000, 100_000, 400_000];

    // Ordinary news words of several classes (verbs, nouns, names, numbers, function words), so every step has work.
    private static readonly string[] s_words =
    [
        "قال", "أعلنت", "الحكومة", "اليوم", "في", "مدينة", "القاهرة", "وزير", "الخارجية", "محمد", "أحمد", "بن", "سلمان",
        "الرئيس", "اجتماع", "مع", "وفد", "من", "الأمم", "المتحدة", "يوم", "الخميس", "الماضي", "بعد", "ثلاثة", "أيام",
        "على", "إن", "المفاوضات", "ستستمر", "حتى", "نهاية", "الشهر", "المقبل", "عام", "2024", "مليون", "دولار", "لبنان",
        "والأردن", "الشركة", "السعودية", "للنفط", "أرامكو", "رئيس", "الوزراء", "مجلس", "النواب", "وأكد", "المتحدث",
    ];

    public string Name => "scaling";

    public string Description => "analyze time and peak memory on one run-on article of 25k, 100k, 400k tokens: scaling [SIZES…]";

    public int Run(string[] args)
    {
        if (args.Length == 2 && args[0] == "--one") return RunOne(int.Parse(args[1], CultureInfo.InvariantCulture));
        if (args.Length == 2 && args[0] == "--steps") return RunSteps(int.Parse(args[1], CultureInfo.InvariantCulture));

        var sizes = args.Length > 0 ? args.Select(a => int.Parse(a, CultureInfo.InvariantCulture)).ToArray() : s_sizes;
        var table = new Table().AddColumns("tokens", "characters", "sentences", "analyze s", "peak MB", "time/token vs smallest");
        double? baseline = null;
        foreach (var size in sizes)
        {
            // Run as `dotnet Marsad.Bench.dll` or as the apphost `dotnet run` starts: only the former needs the dll named.
            var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true, UseShellExecute = false };
            if (Path.GetFileNameWithoutExtension(Environment.ProcessPath!) == "dotnet") start.ArgumentList.Add(typeof(ScalingBenchmark).Assembly.Location);
            foreach (var arg in new[] { Name, "--one", size.ToString(CultureInfo.InvariantCulture) }) start.ArgumentList.Add(arg);
            var child = Process.Start(start)!;
            var output = child.StandardOutput.ReadToEnd().Trim().Split(' ');
            child.WaitForExit();
            if (child.ExitCode != 0 || output.Length != 4)
            {
                Console.Error.WriteLine($"size {size}: the child run failed (exit {child.ExitCode}): {string.Join(' ', output)}");
                return 1;
            }
            var seconds = double.Parse(output[0], CultureInfo.InvariantCulture);
            var perToken = seconds / size;
            baseline ??= perToken;
            table.AddRow(size.ToString("N0"), long.Parse(output[2], CultureInfo.InvariantCulture).ToString("N0"), output[3],
                seconds.ToString("F2"), output[1], (perToken / baseline.Value).ToString("F2"));
        }
        AnsiConsole.Write(table);
        return 0;
    }

    private static int RunOne(int tokens)
    {
        var pipeline = MarsadPipeline.Default;
        pipeline.Run(Article(RunOn(2_000, seed: 7)));                // warm-up: load data files, JIT

        var article = Article(RunOn(tokens, seed: 1));
        var clock = Stopwatch.StartNew();
        var document = pipeline.Run(article);
        clock.Stop();
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        var sentences = document.GetOrDefault(TextLayers.Sentences)?.Count ?? 0;
        Console.WriteLine(string.Join(' ', clock.Elapsed.TotalSeconds.ToString("F3", CultureInfo.InvariantCulture),
            (process.PeakWorkingSet64 >> 20).ToString(CultureInfo.InvariantCulture), article.Text.Length.ToString(CultureInfo.InvariantCulture),
            sentences.ToString(CultureInfo.InvariantCulture)));
        return 0;
    }

    /// <summary>Seconds per pipeline step on one run-on article, to find the step that stops scaling.</summary>
    private static int RunSteps(int tokens)
    {
        var pipeline = MarsadPipeline.Default;
        pipeline.Run(Article(RunOn(2_000, seed: 7)));
        var document = new Document(Article(RunOn(tokens, seed: 1)));
        foreach (var annotator in pipeline.Annotators)
        {
            var clock = Stopwatch.StartNew();
            annotator.Annotate(document);
            Console.WriteLine($"{annotator.Name,-14} {clock.Elapsed.TotalSeconds,8:F3} s");
        }
        return 0;
    }

    private static Article Article(string text) => new() { Id = ArticleIdentity.Of(text), Text = text };

    /// <summary><paramref name="tokens"/> words separated by single spaces: no punctuation, no line break.</summary>
    internal static string RunOn(int tokens, int seed)
    {
        if (SaudiNewsNet.Locate() is { } corpus)
        {
            var words = SaudiNewsNet.Read(corpus, int.MaxValue)
                .SelectMany(r => r.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
                .Select(w => new string(w.Where(c => !char.IsPunctuation(c) && !char.IsSymbol(c)).ToArray()))
                .Where(w => w.Length > 0)
                .Skip(seed == 1 ? 0 : 1_000_000)
                .Take(tokens);
            return string.Join(' ', words);
        }
        var random = new Random(seed);
        var text = new StringBuilder(tokens * 6);
        for (var i = 0; i < tokens; i++)
        {
            if (i > 0) text.Append(' ');
            text.Append(s_words[random.Next(s_words.Length)]);
        }
        return text.ToString();
    }
}
