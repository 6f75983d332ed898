using Marsad.Documents;
using Marsad.Entities;
using Marsad.Pipeline;
using Marsad.Text;

namespace Marsad.Tests.Entities;

/// <summary>The text steps and entity recognition, built once for the entity tests.</summary>
internal static class EntityTestPipeline
{
    private static readonly Lazy<AnalysisPipeline> s_pipeline = new(() => new PipelineBuilder().UseText().UseEntities().Build());

    public static ArticleEntities Analyze(string text, DateTimeOffset? published = null, string id = "test") =>
        s_pipeline.Value.Run(new Article { Id = id, Text = text, Published = published }).Get(EntityLayers.Entities);

    public static LinkedEntity Entity(this ArticleEntities entities, string id) =>
        entities.Find(id) ?? throw new Xunit.Sdk.XunitException(
            $"Entity {id} not found. Found: {string.Join(", ", entities.Entities.Select(e => $"{e.Id} [{string.Join(" | ", e.Mentions.Select(m => m.Text))}]"))}");
}
