namespace Marsad.Pipeline;

/// <summary>
/// One step failed on one article (MARSAD-P003): a bug the article's text exposed, never the input's fault. Batch
/// callers keep the article stored, unanalysed, name it with the step, and go on with the others, so one odd article
/// («بعد 5000000000 سنة» once overflowed the time step) cannot stop a run of thousands.
/// </summary>
public sealed class StepFailedException(string articleId, string step, Exception inner)
    : Exception($"MARSAD-P003 article {articleId}: the '{step}' step failed ({inner.GetType().Name}: {inner.Message})", inner)
{
    public string ArticleId { get; } = articleId;

    public string Step { get; } = step;
}
