using Marsad.Pipeline;

namespace Marsad.Quotes;

public static class QuotePipelineExtensions
{
    /// <summary>Adds quote recognition; place it after the entities step, whose mentions name the speakers.</summary>
    public static PipelineBuilder UseQuotes(this PipelineBuilder builder, QuoteRecognizer? recognizer = null) =>
        builder.Add(new QuoteAnnotator(recognizer ?? QuoteRecognizer.Default));
}
