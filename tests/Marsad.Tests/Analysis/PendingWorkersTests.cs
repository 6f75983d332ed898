using System.Data.Common;
using System.Diagnostics;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Marsad.Storage;
using Marsad.Tests.Ingest;
using Marsad.Tests.Support;

namespace Marsad.Tests.Analysis;

/// <summary>
/// <c>marsad analyze --pending</c>: workers share the analysis queue through the store. Two worker processes, one killed
/// with SIGKILL while it holds a chunk: the other waits out the lease, takes the chunk, and the store ends exactly as
/// after one worker alone (every article analysed once: same counts, same checksum of every stored layer); on SQLite,
/// where both share the data folder's search index, that index holds every article once, as a rebuild would.
/// </summary>
public sealed class PendingWorkersTests
{
    private const int Articles = 40;

    private static readonly string[] Openings = [ArabicSamples.Hospital, ArabicSamples.Maintenance, ArabicSamples.Market, ArabicSamples.Rain, ArabicSamples.Library];

    private static readonly string[] Outlets = ["صحيفة الوادي", "وكالة الساحل", "نشرة المدينة"];

    /// <summary>Articles written for the test: a sample opening, then a sentence of its own with a figure and a day.</summary>
    private static string WriteArticles(TempFolder folder)
    {
        var lines = Enumerable.Range(0, Articles).Select(i => JsonSerializer.Serialize(new
        {
            outlet = Outlets[i % Outlets.Length],
            title = $"تقرير رقم {i + 1}",
            published = new DateTimeOffset(2024, 5, 1 + i % 28, 9, 0, 0, TimeSpan.FromHours(3)).ToString("O"),
            text = $"{Openings[i % Openings.Length]} وأضاف التقرير أن عدد المستفيدين بلغ {100 + i * 37} شخصاً في المرحلة {i + 1} من المشروع.",
        }));
        return folder.Write("articles.jsonl", string.Join('\n', lines) + "\n");
    }

    [Fact]
    public void IngestQueuesArticlesAndPendingAnalysisEmptiesTheQueueThenExitsZeroWithNothingLeft()
    {
        using var input = new TempFolder();
        using var store = TestStore.Create(StoreKind.Sqlite);
        Assert.Equal(0, CliRunner.Run(store.With("ingest", WriteArticles(input))).ExitCode);
        using (var json = CliRunner.Run(store.With("stats", "--json")).Json())
        {
            var analysis = json.RootElement.GetProperty("analysis");
            Assert.Equal((Articles, 0, 0), (analysis.GetProperty("pending").GetInt32(), analysis.GetProperty("claimed").GetInt32(), analysis.GetProperty("done").GetInt32()));
            Assert.Equal("sqlite", json.RootElement.GetProperty("store").GetString());
        }

        var run = CliRunner.Run(store.With("analyze", "--pending", "--workers", "2", "--chunk", "7", "--json"));
        Assert.True(run.ExitCode == 0, run.Stderr);
        using (var json = run.Json())
        {
            Assert.Equal(Articles, json.RootElement.GetProperty("analyzed").GetInt32());
            Assert.Equal(2, json.RootElement.GetProperty("workers").GetArrayLength());
            Assert.Equal(0, json.RootElement.GetProperty("progress").GetProperty("pending").GetInt32());
            Assert.Equal(Articles, json.RootElement.GetProperty("progress").GetProperty("done").GetInt32());
        }
        var again = CliRunner.Run(store.With("analyze", "--pending", "--json"));
        Assert.Equal(0, again.ExitCode);
        using (var json = again.Json()) Assert.Equal(0, json.RootElement.GetProperty("analyzed").GetInt32());
    }

    [Fact]
    public void QueueOptionsWithoutPendingAndPendingWithAPathAreUsageErrors()
    {
        using var store = TestStore.Create(StoreKind.Sqlite);
        Assert.Equal(2, CliRunner.Run(store.With("analyze", "--workers", "2")).ExitCode);
        Assert.Equal(2, CliRunner.Run(store.With("analyze", "--pending", RepoPaths.Samples)).ExitCode);
        Assert.Equal(2, CliRunner.Run(store.With("analyze", "--pending", "--workers", "0")).ExitCode);
        Assert.Equal(2, CliRunner.Run(store.With("stats", "--no-such-option")).ExitCode);
    }

    [Theory]
    [InlineData(StoreKind.PostgreSql)]
    [InlineData(StoreKind.Sqlite)]
    public void AWorkerKilledMidChunkLosesNothingAndEveryArticleIsAnalysedOnce(StoreKind kind)
    {
        using var input = new TempFolder();
        var articles = WriteArticles(input);

        using var single = TestStore.Create(kind);
        Assert.Equal(0, CliRunner.Run(single.With("ingest", articles)).ExitCode);
        var alone = CliRunner.Run(single.With("analyze", "--pending", "--chunk", "4"));
        Assert.True(alone.ExitCode == 0, alone.Stderr);

        using var shared = TestStore.Create(kind);
        Assert.Equal(0, CliRunner.Run(shared.With("ingest", articles)).ExitCode);
        using var workerFolders = new TempFolder();
        using var doomed = StartWorker(shared, workerFolders.File("a"));
        var deadline = DateTime.UtcNow.AddMinutes(3);
        // The second worker starts once the first holds a chunk: started together on a loaded machine, the second could
        // take every chunk before the first had claimed one (CI run 35 at load 33).
        using (var store = shared.Open()) WaitUntilHolding(store, doomed, deadline);
        using var survivor = StartWorker(shared, workerFolders.File("b"));

        using (var store = shared.Open())
        {
            // Killed while it holds a claimed chunk it has not saved, the other worker running beside it.
            WaitUntilHolding(store, doomed, deadline);
            doomed.Kill();
            doomed.WaitForExit();
            Assert.True(Held(store, doomed.Id) > 0, "the killed worker's chunk is still claimed by it");
        }

        Assert.True(survivor.WaitForExit(TimeSpan.FromMinutes(4)), "the surviving worker did not finish");
        var survivorErrors = survivor.StandardError.ReadToEnd();
        Assert.True(survivor.ExitCode == 0, survivorErrors);

        using var expected = single.Open();
        using var actual = shared.Open();
        Assert.Equal(0L, Scalar(actual, "SELECT COUNT(*) FROM analysis_queue"));
        Assert.Equal((long)Articles, Scalar(actual, "SELECT COUNT(*) FROM analyses"));
        foreach (var table in new[] { "analyses", "entity_mentions", "quotes", "events" })
            Assert.Equal(Scalar(expected, $"SELECT COUNT(*) FROM {table}"), Scalar(actual, $"SELECT COUNT(*) FROM {table}"));
        Assert.Equal(Checksum(expected), Checksum(actual));
        if (kind == StoreKind.Sqlite)
        {
            // On SQLite both workers wrote the data folder's one search index, in turns; what the killed one saved and
            // did not index, the survivor did (issue 13: two writers at once lost segment files).
            Assert.DoesNotContain("search index not updated", survivorErrors);
            Search.SharedIndexWritersTests.AssertHoldsEveryArticleOnceAsARebuildWould(shared, Articles);
        }
    }

    /// <summary>Each worker its own data folder on PostgreSQL (search index); on SQLite the store's (its database).</summary>
    private static Process StartWorker(TestStore store, string dataFolder) =>
        CliProcess.Start(store, ["analyze", "--pending", "--chunk", "4", "--lease", "3", "--json"], dataFolder);

    private static void WaitUntilHolding(MarsadStore store, Process worker, DateTime deadline)
    {
        while (Held(store, worker.Id) == 0)
        {
            Assert.False(worker.HasExited, "the first worker finished before it could be killed");
            Assert.True(DateTime.UtcNow < deadline, "the first worker never claimed a chunk");
            Thread.Sleep(20);
        }
    }

    private static long Held(MarsadStore store, int pid) =>
        Scalar(store, $"SELECT COUNT(*) FROM analysis_queue WHERE worker LIKE '%:{pid}' AND lease_until IS NOT NULL");

    private static long Scalar(MarsadStore store, string sql)
    {
        using var command = store.Connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar());
    }

    /// <summary>SHA-256 over every stored layer of every article, in key order (not when or by whom it was analysed).</summary>
    private static string Checksum(MarsadStore store)
    {
        string[] queries =
        [
            "SELECT article_id, pipeline, published, published_estimated, published_evidence, layers FROM analyses ORDER BY article_id",
            "SELECT * FROM entity_mentions ORDER BY article_id, span_start, span_end, entity_id",
            "SELECT id, type, name_ar, match_key, known, mention_count, article_count FROM entities ORDER BY id",
            "SELECT * FROM quotes ORDER BY article_id, id",
            "SELECT * FROM events ORDER BY article_id, id",
        ];
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var sql in queries)
        {
            using var command = store.Connection.CreateCommand();
            command.CommandText = sql;
            using DbDataReader reader = command.ExecuteReader();
            while (reader.Read())
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    var value = reader.GetValue(i);
                    hash.AppendData(value is byte[] bytes ? bytes : Encoding.UTF8.GetBytes(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) + "\u001f"));
                }
        }
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
