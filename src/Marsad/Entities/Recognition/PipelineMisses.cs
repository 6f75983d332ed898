namespace Marsad.Entities.Recognition;

/// <summary>
/// Sorts the gold names the pipeline missed by cause, comparing the pipeline's spans with the tagger's on the same
/// sentence: where recall is lost between the tagger and the linker.
/// </summary>
public static class PipelineMisses
{
    /// <param name="gold">gold spans of one sentence</param>
    /// <param name="pipeline">the pipeline's spans</param>
    /// <param name="tagger">the tagger's spans the pipeline keeps (over its thresholds)</param>
    /// <param name="taggerAll">every span the tagger found, whatever its confidence</param>
    public static IEnumerable<(EntitySpan Gold, PipelineMissCause Cause)> Classify(
        IReadOnlyCollection<EntitySpan> gold, IReadOnlyCollection<EntitySpan> pipeline,
        IReadOnlyCollection<EntitySpan> tagger, IReadOnlyCollection<EntitySpan> taggerAll)
    {
        foreach (var g in gold)
        {
            if (pipeline.Contains(g)) continue;
            if (pipeline.Any(p => p.Start == g.Start && p.End == g.End)) yield return (g, PipelineMissCause.TypeDiffers);
            else if (pipeline.Any(p => p.Start < g.End && g.Start < p.End)) yield return (g, PipelineMissCause.SpanDiffers);
            else if (tagger.Contains(g)) yield return (g, PipelineMissCause.LinkerDropped);
            else if (taggerAll.Contains(g)) yield return (g, PipelineMissCause.BelowThreshold);
            else yield return (g, PipelineMissCause.TaggerMissed);
        }
    }
}
