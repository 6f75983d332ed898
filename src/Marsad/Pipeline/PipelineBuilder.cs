using Marsad.Documents;

namespace Marsad.Pipeline;

/// <summary>Collects annotators in order and builds a checked <see cref="AnalysisPipeline"/>.</summary>
public sealed class PipelineBuilder
{
    private readonly List<IAnnotator> _annotators = [];

    public PipelineBuilder Add(IAnnotator annotator)
    {
        _annotators.Add(annotator);
        return this;
    }

    /// <summary>
    /// Fails with a message naming the annotator, the missing layer and who can produce it
    /// when an annotator runs before the layers it requires (MARSAD-P001), or before a step that produces a layer it
    /// optionally reads (MARSAD-P002).
    /// </summary>
    public AnalysisPipeline Build()
    {
        var produced = new HashSet<Layer>();
        for (var position = 0; position < _annotators.Count; position++)
        {
            var annotator = _annotators[position];
            foreach (var layer in annotator.Reads)
            {
                if (produced.Contains(layer)) continue;
                var later = _annotators.Skip(position + 1).FirstOrDefault(a => a.Produces.Contains(layer));
                if (later is null) continue;
                throw new PipelineException(
                    $"MARSAD-P002 Annotator '{annotator.Name}' reads layer '{layer.Name}' when present, but '{later.Name}', which produces it, " +
                    $"comes after it: move '{later.Name}' before '{annotator.Name}'. Annotators: {string.Join(", ", _annotators.Select(a => a.Name))}.");
            }
            foreach (var layer in annotator.Requires)
            {
                if (produced.Contains(layer)) continue;
                var producer = _annotators.FirstOrDefault(a => a.Produces.Contains(layer));
                var hint = producer is null
                    ? "No annotator in this pipeline produces it."
                    : $"'{producer.Name}' produces it: add it before '{annotator.Name}'.";
                throw new PipelineException(
                    $"MARSAD-P001 Annotator '{annotator.Name}' requires layer '{layer.Name}', which is not produced before it. {hint} " +
                    $"Annotators: {string.Join(", ", _annotators.Select(a => a.Name))}.");
            }
            foreach (var layer in annotator.Produces) produced.Add(layer);
        }
        return new AnalysisPipeline([.. _annotators]);
    }
}
