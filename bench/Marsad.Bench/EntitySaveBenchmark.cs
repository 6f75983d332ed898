using System.Diagnostics;
using Marsad.Documents;
using Marsad.Entities;
using Marsad.Pipeline;
using Marsad.Storage;
using Marsad.Text;
using Spectre.Console;

namespace Marsad.Bench;

/// <summary>
/// Saving entities as the store grows: the first N SaudiNewsNet articles (default 6,000) are analysed up to entities on
/// all cores (untimed), then saved into a fresh store in chunks (default 500, one transaction each, as analyze saves),
/// and each chunk's save time is printed: a constant-cost save keeps the last chunk as fast as the first.
/// Args: [N] [--path FILE] [--chunk N].
/// </summary>
public sealed class EntitySaveBenchmark : IBenchmark
{
    public string Name => "entity-save";

    public string Description => "entity saves chunk by chunk into a growing store: ms and CPU ms per article, first chunk against last";

    public int Run(string[] args)
    {
        var count = args.Length > 0 && int.TryParse(args[0], out var n) ? n : 6_000;
        if (SaudiNewsNet.LocateOrSay(BenchArgs.String(args, "--path")) is not { } path) return 2;
        var chunk = BenchArgs.Int(args, "--chunk") ?? 500;

        var pipeline = new PipelineBuilder().UseText().UseEntities().Build();
        var articles = SaudiNewsNet.Read(path, count).Select(r => new Article { Id = r.Id, Text = r.Text, Outlet = r.Outlet }).ToList();
        var documents = articles.AsParallel().AsOrdered().Select(pipeline.Run).ToList();

        var folder = Path.Combine(Path.GetTempPath(), "marsad-bench-entity-save-" + Guid.NewGuid().ToString("N"));
        try
        {
            using var store = MarsadStore.Open(folder);
            store.Articles.AddBatch(articles);
            var table = new Table().AddColumns("chunk", "articles saved before", "mentions", "wall ms/article", "CPU ms/article");
            var process = Process.GetCurrentProcess();
            var k = 0;
            foreach (var part in documents.Chunk(chunk))
            {
                process.Refresh();
                var cpu = process.TotalProcessorTime;
                var clock = Stopwatch.StartNew();
                using (var transaction = store.BeginTransaction())
                {
                    var repository = new EntityRepository(store);
                    foreach (var document in part) repository.SaveArticleEntities(document, transaction);
                    transaction.Commit();
                }
                clock.Stop();
                process.Refresh();
                var used = process.TotalProcessorTime - cpu;
                table.AddRow($"{++k}", $"{(k - 1) * chunk:N0}", $"{part.Sum(d => d.Get(EntityLayers.Entities).Mentions.Count):N0}",
                    $"{clock.Elapsed.TotalMilliseconds / part.Length:F3}", $"{used.TotalMilliseconds / part.Length:F3}");
            }
            AnsiConsole.Write(table);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
        return 0;
    }
}
