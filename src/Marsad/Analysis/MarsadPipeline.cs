using Marsad.Entities;
using Marsad.Events;
using Marsad.Pipeline;
using Marsad.Quotes;
using Marsad.Stories;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Analysis;

/// <summary>The composition root: every step Marsad runs by default, in order.</summary>
public static class MarsadPipeline
{
    private static readonly Lazy<AnalysisPipeline> s_default = new(() => CreateBuilder().Build());

    /// <summary>The default pipeline, built once and shared (pipelines are immutable and thread-safe).</summary>
    public static AnalysisPipeline Default => s_default.Value;

    /// <summary>A builder holding the default steps, for callers that add or replace steps.</summary>
    public static PipelineBuilder CreateBuilder() => new PipelineBuilder()
        .UseText()
        // Time before entities: it dates undated articles, and office holders are looked up by date.
        .UseTime()
        .UseEntities()
        // Quotes after entities: speakers are entity mentions.
        .UseQuotes()
        // Events after entities (their actors) and after quotes (events inside a quote are attributed to its speaker).
        .UseEvents()
        // Stories last: they compare what the other steps found (entities, events) across articles.
        .UseStories();
}
