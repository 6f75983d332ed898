using System.Text.Json;
using Marsad.Reporting;
using Marsad.Storage;

namespace Marsad.Views;

/// <summary>
/// What the data folder holds, the object of <c>marsad stats --json</c> and <c>GET /api/stats</c>:
/// <c>{"articles", "outlets", "by_outlet": [{"outlet", "articles"}], "earliest_published", "latest_published", "database_bytes", "data_folder",
/// "store", "analysis": {"pending", "claimed", "done", "articles_per_second"}}</c>: <c>store</c> is "sqlite" or
/// "postgresql", <c>analysis</c> the queue the workers of <c>analyze --pending</c> share.
/// </summary>
public sealed class StatsView
{
    private StatsView(StoreStats stats, string dataFolder, string store, Analysis.AnalysisProgress progress)
    {
        Stats = stats;
        DataFolder = dataFolder;
        Store = store;
        Progress = progress;
    }

    public StoreStats Stats { get; }

    public string DataFolder { get; }

    /// <summary>"sqlite" or "postgresql".</summary>
    public string Store { get; }

    public Analysis.AnalysisProgress Progress { get; }

    public static StatsView Read(MarsadStore store) =>
        new(store.Articles.Stats(), Path.GetFullPath(store.Folder), store.Dialect.Name, new Analysis.AnalysisQueue(store).Progress());

    /// <summary>The <c>analysis</c> object: <c>{"pending", "claimed", "done", "articles_per_second"}</c>.</summary>
    public static void WriteProgress(Utf8JsonWriter w, Analysis.AnalysisProgress progress)
    {
        w.WriteStartObject();
        w.WriteNumber("pending", progress.Pending);
        w.WriteNumber("claimed", progress.Claimed);
        w.WriteNumber("done", progress.Done);
        w.WriteNumber("articles_per_second", progress.ArticlesPerSecond);
        w.WriteEndObject();
    }

    public void Write(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteNumber("articles", Stats.Articles);
        w.WriteNumber("outlets", Stats.Outlets);
        w.WriteStartArray("by_outlet");
        foreach (var o in Stats.ByOutlet)
        {
            w.WriteStartObject();
            w.WriteString("outlet", o.Outlet);
            w.WriteNumber("articles", o.Articles);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        ArticleJsonWriter.WriteDate(w, "earliest_published", Stats.EarliestPublished);
        ArticleJsonWriter.WriteDate(w, "latest_published", Stats.LatestPublished);
        w.WriteNumber("database_bytes", Stats.DatabaseBytes);
        w.WriteString("data_folder", DataFolder);
        w.WriteString("store", Store);
        w.WritePropertyName("analysis");
        WriteProgress(w, Progress);
        w.WriteEndObject();
    }
}
