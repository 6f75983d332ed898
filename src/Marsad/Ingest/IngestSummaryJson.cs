using System.Text.Json;

namespace Marsad.Ingest;

/// <summary>An ingest summary's JSON fields, written into an open object by <c>marsad ingest --json</c> and <c>POST /api/ingest</c> alike.</summary>
public static class IngestSummaryJson
{
    public static void WriteFields(IngestSummary summary, Utf8JsonWriter writer)
    {
        writer.WriteNumber("files", summary.Files);
        writer.WriteNumber("read", summary.Read);
        writer.WriteNumber("added", summary.Added);
        writer.WriteStartArray("duplicates");
        foreach (var duplicate in summary.Duplicates)
        {
            writer.WriteStartObject();
            writer.WriteString("id", duplicate.Id);
            writer.WriteString("source_path", duplicate.SourcePath);
            writer.WriteString("source_id", duplicate.SourceId);
            writer.WriteString("stored_source_path", duplicate.StoredSourcePath);
            writer.WriteString("stored_source_id", duplicate.StoredSourceId);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
        WriteProblems(summary.Problems, writer);
        writer.WriteString("date_order", summary.DateOrder.ToString().ToLowerInvariant());
        if (summary.StoreFailure is { } failure)
        {
            writer.WriteStartObject("store_error");
            writer.WriteString("code", failure.Code);
            writer.WriteString("message", failure.Message);
            writer.WriteEndObject();
        }
    }

    /// <summary>The <c>problems</c> array: each input that was rejected, or stored but not analysed, with its code.</summary>
    public static void WriteProblems(IEnumerable<IngestProblem> problems, Utf8JsonWriter writer)
    {
        writer.WriteStartArray("problems");
        foreach (var problem in problems)
        {
            writer.WriteStartObject();
            writer.WriteString("path", problem.Path);
            writer.WriteString("code", problem.Code);
            writer.WriteString("message", problem.Message);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
