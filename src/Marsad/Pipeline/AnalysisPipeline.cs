using System.Security.Cryptography;
using System.Text;
using Marsad.Documents;

namespace Marsad.Pipeline;

/// <summary>
/// An ordered, immutable list of annotators, checked when built. Thread-safe: share one instance.
/// </summary>
public sealed class AnalysisPipeline
{
    private readonly Lazy<string> _version;

    internal AnalysisPipeline(IReadOnlyList<IAnnotator> annotators)
    {
        Annotators = annotators;
        _version = new Lazy<string>(ComputeVersion);
    }

    public IReadOnlyList<IAnnotator> Annotators { get; }

    /// <summary>
    /// Names this pipeline's results: its steps in order and the builds of the assemblies that hold them. Builds are
    /// deterministic, so the version changes exactly when code, a model or language data embedded in them changes; the
    /// store records it per article, and <c>marsad analyze</c> re-analyses what an older pipeline analysed.
    /// </summary>
    public string Version => _version.Value;

    public Document Run(Article article)
    {
        var document = new Document(article);
        Run(document);
        return document;
    }

    /// <summary>Runs every step; a step's failure is thrown as <see cref="StepFailedException"/> naming the article and step.</summary>
    public void Run(Document document)
    {
        foreach (var annotator in Annotators)
        {
            try
            {
                annotator.Annotate(document);
            }
            catch (Exception e) when (e is not (OperationCanceledException or OutOfMemoryException or StepFailedException))
            {
                throw new StepFailedException(document.Article.Id, annotator.Name, e);
            }
        }
    }

    /// <summary>
    /// Runs only the steps whose results are not kept with a stored analysis (the text steps), to read an analysis back:
    /// a step is skipped when it contributes stored JSON or needs a layer no earlier step that ran produced.
    /// </summary>
    public Document RunUnstored(Article article)
    {
        var document = new Document(article);
        foreach (var annotator in Annotators)
        {
            if (annotator is IJsonContributor { StoredWithAnalysis: true }) continue;
            if (!annotator.Requires.All(document.Has)) continue;
            annotator.Annotate(document);
        }
        return document;
    }

    public T? Find<T>() where T : class, IAnnotator => Annotators.OfType<T>().FirstOrDefault();

    private string ComputeVersion()
    {
        var parts = Annotators.Select(a => a.Name)
            .Concat(Annotators.Select(a => a.GetType().Assembly).Distinct().Select(a => a.ManifestModule.ModuleVersionId.ToString("N")));
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\n", parts)));
        return Convert.ToHexStringLower(hash)[..16];
    }
}
