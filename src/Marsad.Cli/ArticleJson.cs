using System.Text.Json;
using Marsad.Analysis;
using Marsad.Documents;
using Marsad.Pipeline;
using Marsad.Reporting;
using Marsad.Views;

namespace Marsad.Cli;

/// <summary>An article's JSON object in memory, for the readable report, which is drawn from the same contract.</summary>
internal static class ArticleJson
{
    public static JsonElement Of(Document document, ArticleJsonWriter writer) => Build(w => writer.Write(document, w));

    public static IReadOnlyList<IReportContributor> Contributors(AnalysisPipeline pipeline) => [.. pipeline.Annotators.OfType<IReportContributor>()];

    /// <summary>The object a library view writes, in memory.</summary>
    public static JsonElement Of(Action<Utf8JsonWriter> write) => Build(write);

    private static JsonElement Build(Action<Utf8JsonWriter> write) => ViewJson.ToElement(write);
}
