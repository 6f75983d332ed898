using System.Text.Json.Nodes;
using Marsad.Tests.Support;

namespace Marsad.Tests.Storage;

/// <summary>
/// The same commands on the same articles give the same JSON on SQLite and on PostgreSQL: the samples ingested and
/// analysed into each store, then every query command compared (only where the data lives may differ).
/// </summary>
public sealed class StoreParityTests
{
    private static readonly string[][] Queries =
    [
        ["stats"],
        ["entities"],
        ["entities", "--type", "PER"],
        ["entity", "gpe:jordan"],
        ["list", "--limit", "5"],
        ["events"],
        ["quotes"],
        ["duplicates"],
        ["stories"],
        // By date: two reposts with equal scores are ordered by Lucene document number, which segment merges may change.
        ["search", "هجوم", "--sort", "date"],
        ["search", "الأردن OR مصر", "--sort", "date"],
        ["search", "\"هجوم إلكتروني\"", "--sort", "date"],
        ["incidents"],
        ["export", "entities", "--format", "jsonl"],
        ["export", "articles", "--format", "csv"],
        ["export", "events", "--format", "jsonl"],
        ["export", "events", "--format", "plover"],
        ["export", "quotes", "--format", "csv"],
        ["export", "stories", "--format", "jsonl"],
        ["export", "stix"],
    ];

    [Fact]
    public void EveryQueryCommandAnswersTheSameOnBothStores()
    {
        using var sqlite = TestStore.Create(StoreKind.Sqlite);
        using var postgres = TestStore.Create(StoreKind.PostgreSql);
        foreach (var store in new[] { sqlite, postgres })
        {
            var analyzed = CliRunner.Run(store.With("analyze", RepoPaths.Samples, "--json"));
            Assert.True(analyzed.ExitCode == 0, analyzed.Stderr);
        }

        foreach (var query in Queries)
        {
            var onSqlite = Answer(sqlite, query);
            var onPostgres = Answer(postgres, query);
            Assert.True(onSqlite.Length > 20, $"{string.Join(' ', query)} printed too little: {onSqlite}");
            Assert.True(onSqlite == onPostgres, $"{string.Join(' ', query)}:\n{onSqlite}\n{onPostgres}");
        }
    }

    private static string Answer(TestStore store, string[] query)
    {
        var result = CliRunner.Run(store.With([.. query, "--json"]));
        Assert.True(result.ExitCode == 0, $"{string.Join(' ', query)} on {store.Kind}: {result.Stderr}");
        if (query[0] == "export") return result.Stdout;
        var json = JsonNode.Parse(result.Stdout)!;
        if (json is JsonObject root)
        {
            // Where the data lives and its size on disk are the store's own.
            root.Remove("data_folder");
            root.Remove("database_bytes");
            root.Remove("store");
            // The analysis rate is of the last minute, which is wall-clock time.
            (root["analysis"] as JsonObject)?.Remove("articles_per_second");
        }
        return json.ToJsonString();
    }
}
