using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Marsad.Fuzz;
using SharpFuzz;

// dotnet run -c Release --project tools/Marsad.Fuzz -- MODE HARNESS [options]; tools/Marsad.Fuzz/run.sh runs them all.
if (args.Length < 2 || !Harnesses.All.TryGetValue(args[1], out var harness))
{
    Console.Error.WriteLine($"""
        usage: Marsad.Fuzz MODE HARNESS [options]
          mutate HARNESS [--inputs 1000000] [--seconds S] [--seed 1] [--bound-seconds 2] [--out DIR]   deterministic mutation driver
          afl HARNESS                                                                    under afl-fuzz (SharpFuzz, instrumented Marsad.dll)
          libfuzzer HARNESS                                                              under libfuzzer-dotnet
          replay HARNESS FILE…                                                           run saved inputs, print each outcome
          seeds HARNESS DIR                                                              write the harness's seed inputs (afl-fuzz -i)
        harnesses: {string.Join(", ", Harnesses.All.Keys)}
        """);
    return 2;
}

switch (args[0])
{
    case "afl":
        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            harness(buffer.ToArray());
        });
        return 0;
    case "libfuzzer":
        Fuzzer.LibFuzzer.Run(span => harness(span.ToArray()));
        return 0;
    case "replay":
        var failed = 0;
        foreach (var file in args[2..])
        {
            try
            {
                harness(File.ReadAllBytes(file));
                Console.WriteLine($"{file}: ok");
            }
            catch (Exception ex)
            {
                failed++;
                Console.WriteLine($"{file}: {ex.GetType().Name}: {ex.Message}\n{ex.StackTrace}");
            }
        }
        return failed == 0 ? 0 : 1;
    case "seeds":
        Directory.CreateDirectory(args[2]);
        var seeds = Seeds.For(args[1]);
        for (var i = 0; i < seeds.Count; i++) File.WriteAllBytes(Path.Combine(args[2], $"seed-{i}.bin"), seeds[i]);
        return 0;
    case "mutate":
        return MutationRun.Run(args[1], harness, args[2..]);
    default:
        Console.Error.WriteLine($"unknown mode {args[0]}");
        return 2;
}

/// <summary>
/// Runs a harness on its seeds and then on deterministic mutations of them, each input under a time bound kept by a
/// watchdog thread: an input still running past the bound is a hang, saved and reported, and the run stops (a .NET
/// thread cannot be aborted). Exceptions are crashes: each distinct one (type and throwing frame) is saved once.
/// Stops after --inputs inputs or --seconds, whichever comes first. Prints one line: harness, inputs run, crashes,
/// distinct crashes, hangs, seconds, slowest input.
/// </summary>
internal static class MutationRun
{
    private const int MaxLength = 1 << 16;

    public static int Run(string name, Action<byte[]> harness, string[] options)
    {
        var inputs = long.Parse(Option(options, "--inputs") ?? "1000000", CultureInfo.InvariantCulture);
        var seed = int.Parse(Option(options, "--seed") ?? "1", CultureInfo.InvariantCulture);
        var bound = TimeSpan.FromSeconds(double.Parse(Option(options, "--bound-seconds") ?? "2", CultureInfo.InvariantCulture));
        var output = Option(options, "--out") ?? "fuzz-out";
        var budget = Option(options, "--seconds") is { } seconds ? TimeSpan.FromSeconds(double.Parse(seconds, CultureInfo.InvariantCulture)) : TimeSpan.MaxValue;
        Directory.CreateDirectory(Path.Combine(output, "crashes"));
        Directory.CreateDirectory(Path.Combine(output, "hangs"));

        var seeds = Seeds.For(name);
        var mutator = new Mutator(seeds, seed, MaxLength);
        var clock = Stopwatch.StartNew();
        byte[] current = [];
        long started = -1;                                   // clock ticks when the current input started; -1 between inputs
        var watchdog = new Thread(() =>
        {
            while (true)
            {
                Thread.Sleep(100);
                var at = Interlocked.Read(ref started);
                if (at < 0 || clock.Elapsed - TimeSpan.FromTicks(at) <= bound) continue;
                var path = Save(output, "hangs", name, Volatile.Read(ref current));
                Console.WriteLine($"{name}: HANG over {bound.TotalSeconds:F1} s on {path}");
                Environment.Exit(3);
            }
        }) { IsBackground = true };
        watchdog.Start();

        long crashes = 0;
        var distinct = new Dictionary<string, string>();
        var slowest = TimeSpan.Zero;
        long run = 0;
        for (long i = 0; i < inputs && clock.Elapsed < budget; i++, run++)
        {
            var input = i < seeds.Count ? seeds[(int)i] : mutator.Next();
            Volatile.Write(ref current, input);
            var begin = clock.Elapsed;
            Interlocked.Exchange(ref started, begin.Ticks);
            try
            {
                harness(input);
            }
            catch (Exception ex)
            {
                crashes++;
                var site = $"{ex.GetType().Name} at {ex.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}";
                if (!distinct.ContainsKey(site))
                {
                    distinct[site] = Save(output, "crashes", name, input);
                    Console.WriteLine($"{name}: CRASH {site} ({ex.Message}) saved as {distinct[site]}");
                }
            }
            Interlocked.Exchange(ref started, -1);
            var took = clock.Elapsed - begin;
            if (took > slowest) slowest = took;
        }
        Console.WriteLine($"{name}\tinputs {run}\tcrashes {crashes}\tdistinct {distinct.Count}\thangs 0\tseconds {clock.Elapsed.TotalSeconds:F0}\tslowest {slowest.TotalMilliseconds:F0} ms");
        return distinct.Count == 0 ? 0 : 1;
    }

    private static string Save(string output, string kind, string name, byte[] input)
    {
        var path = Path.Combine(output, kind, $"{name}-{Convert.ToHexString(SHA256.HashData(input))[..16].ToLowerInvariant()}.bin");
        File.WriteAllBytes(path, input);
        return path;
    }

    private static string? Option(string[] options, string name)
    {
        var at = Array.IndexOf(options, name);
        return at >= 0 && at + 1 < options.Length ? options[at + 1] : null;
    }
}
