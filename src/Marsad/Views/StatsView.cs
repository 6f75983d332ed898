using System.Text.Json;
using Marsad.Reporting;
using Marsad.Storage;

namespace Marsad.Views;

/// <summary>
/// What the data folder holds, the object of <c>marsad stats --json</c> and <c>GET /api/stats</c>:
/// <c>{"articles", "outlets", "by_outlet": [{"outlet", "articles"}], "earliest_published", "latest_published", "database_bytes", "data_folder"}</c>.
/// </summary>
public sealed class StatsView
{
    private StatsView(StoreStats stats, string dataFolder)
    {
        Stats = stats;
        DataFolder = dataFolder;
    }

    public StoreStats Stats { get; }

    public string DataFolder { get; }

    public static StatsView Read(MarsadStore store) => new(store.Articles.Stats(), Path.GetFullPath(store.Folder));

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
        w.WriteEndObject();
    }
}
