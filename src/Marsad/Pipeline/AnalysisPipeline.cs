using Marsad.Documents;

namespace Marsad.Pipeline;

/// <summary>
/// An ordered, immutable list of annotators, checked when built. Thread-safe: share one instance.
/// </summary>
public sealed class AnalysisPipeline
{
    internal AnalysisPipeline(IReadOnlyList<IAnnotator> annotators) => Annotators = annotators;

    public IReadOnlyList<IAnnotator> Annotators { get; }

    public Document Run(Article article)
    {
        var document = new Document(article);
        Run(document);
        return document;
    }

    public void Run(Document document)
    {
        foreach (var annotator in Annotators)
            annotator.Annotate(document);
    }

    public T? Find<T>() where T : class, IAnnotator => Annotators.OfType<T>().FirstOrDefault();
}
