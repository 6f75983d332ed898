using Marsad.Documents;
using Marsad.Ingest;
using Marsad.Pipeline;

namespace Marsad.Analysis;

/// <summary>An article a step failed on, as the problem a batch reports beside the ingest's own.</summary>
public static class AnalysisFailure
{
    public static IngestProblem Problem(Article article, StepFailedException failure) =>
        new(article.SourcePath ?? article.Id, IngestProblemCodes.AnalysisFailed,
            $"{failure.Message}; the article is stored (id {article.Id}) and 'marsad analyze' without a PATH tries it again.");
}
