using System.Diagnostics;
using Marsad.Api;

namespace Marsad.Bench;

/// <summary>
/// <c>GET /api/search</c> under a bounded loopback load: the API in this process (Kestrel on a free 127.0.0.1 port, as
/// <c>marsad serve</c> builds it), <see cref="Clients"/> clients each sending the benchmark's queries in turn until
/// <see cref="Requests"/> have been answered. Requests per second over the whole run and the latency of each request.
/// </summary>
internal static class ApiLoad
{
    public const int Clients = 4;
    public const int Requests = 400;

    public static IEnumerable<(string, string)> Run(string dataFolder, List<BenchQuery> queries)
    {
        using var app = MarsadApi.Build(new MarsadApiOptions { DataFolder = dataFolder }, "http://127.0.0.1:0");
        app.StartAsync().GetAwaiter().GetResult();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri(app.Urls.First()) };
            // Warm-up: JIT, the shared searcher, the OS page cache.
            foreach (var query in queries) Get(http, query);
            var latencies = new List<double>(Requests);
            var next = -1;
            var failures = 0;
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var watch = Stopwatch.StartNew();
            Parallel.For(0, Clients, new ParallelOptions { MaxDegreeOfParallelism = Clients }, _ =>
            {
                int i;
                while ((i = Interlocked.Increment(ref next)) < Requests)
                {
                    var started = Stopwatch.GetTimestamp();
                    if (!Get(http, queries[i % queries.Count])) Interlocked.Increment(ref failures);
                    var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
                    lock (latencies) latencies.Add(ms);
                }
            });
            var seconds = watch.Elapsed.TotalSeconds;
            var cpuMs = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalMilliseconds;
            latencies.Sort();
            yield return ($"API GET /api/search ({Clients} clients, {Requests} requests) req/s", $"{Requests / seconds:F0}{(failures > 0 ? $" ({failures} failed)" : "")}");
            yield return ("  API p50 / p99", $"{QueryPass.Percentile(latencies, 0.5):F1} / {QueryPass.Percentile(latencies, 0.99):F1} ms");
            yield return ("  API CPU per request (server and clients)", $"{cpuMs / Requests:F2} ms");
        }
        finally
        {
            app.StopAsync().GetAwaiter().GetResult();
        }
    }

    private static bool Get(HttpClient http, BenchQuery query)
    {
        using var response = http.GetAsync(query.ToApiPath()).GetAwaiter().GetResult();
        response.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        return response.IsSuccessStatusCode;
    }
}
