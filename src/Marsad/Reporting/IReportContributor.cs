using System.Text.Json;

namespace Marsad.Reporting;

/// <summary>
/// A step that adds a section to the readable report of an article (<c>marsad analyze</c>, <c>marsad show</c>). It reads
/// the article object of the JSON contract, fresh or stored, so the report always shows what <c>--json</c> would.
/// Returns null when the article has nothing of this kind.
/// </summary>
public interface IReportContributor
{
    ReportSection? Report(JsonElement article);
}
