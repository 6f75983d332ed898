using System.Text.Json;
using System.Text.Json.Nodes;

namespace Marsad.Ingest;

/// <summary>
/// Metadata for <c>NAME.txt</c> (or <c>NAME.html</c>) kept next to it in <c>NAME.meta.json</c> or, failing that,
/// <c>NAME.json</c>: a JSON object with outlet, url, published, title (and any other fields, kept as extras).
/// Decoded like the article itself (<see cref="SourceTextDecoder"/>): sidecars written by old Arabic systems come in
/// Windows-1256 too, and a damaged byte is reported rather than turning the title into mojibake.
/// </summary>
internal static class Sidecar
{
    /// <summary>Metadata is a few fields; a sidecar this big is not one.</summary>
    private const long MaxBytes = 1 << 20;

    public static string? PathFor(string articlePath)
    {
        var stem = Path.Combine(Path.GetDirectoryName(articlePath) ?? "", Path.GetFileNameWithoutExtension(articlePath));
        foreach (var candidate in (string[])[stem + ".meta.json", stem + ".json"])
            if (File.Exists(candidate)) return candidate;
        return null;
    }

    /// <summary>The sidecar's fields, null when there is none; a sidecar that cannot be used is a problem but never stops its article.</summary>
    public static ArticleFields.Metadata? Read(string articlePath, DateOrder order, out IngestProblem? problem, out IReadOnlyList<DecodeIssue> issues)
    {
        problem = null;
        issues = [];
        var path = PathFor(articlePath);
        if (path is null) return null;
        if (FileType.SpecialName(path) is { } special)
        {
            problem = new IngestProblem(path, IngestProblemCodes.SpecialFile,
                $"{path} is {special}, not a regular file, so it was not read as metadata for {articlePath}.");
            return null;
        }
        try
        {
            if (new FileInfo(path).Length > MaxBytes)
            {
                problem = new IngestProblem(path, IngestProblemCodes.TooLarge,
                    $"{path} is over {MaxBytes:N0} bytes, too large for an article's metadata, so it was not applied to {articlePath}.");
                return null;
            }
            var decoded = SourceTextDecoder.Decode(File.ReadAllBytes(path));
            if (!decoded.Succeeded)
            {
                problem = new IngestProblem(path, decoded.ProblemCode!,
                    $"{path} could not be read as text ({decoded.Reason}), so its metadata was not applied to {articlePath}; save it as UTF-8.");
                return null;
            }
            issues = decoded.IssuesOrEmpty;
            if (JsonNode.Parse(decoded.Text!) is JsonObject record) return ArticleFields.Read(record, order);
            problem = new IngestProblem(path, IngestProblemCodes.MalformedJson,
                $"{path} is not a JSON object, so its metadata was not applied to {articlePath}; make it an object with outlet, url, published, title.");
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            problem = new IngestProblem(path, IngestProblemCodes.MalformedJson,
                $"{path} is not valid JSON ({ex.Message.Split(". ")[0]}), so its metadata was not applied to {articlePath}; fix it.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            problem = new IngestProblem(path, IngestProblemCodes.Unreadable, $"{path} could not be read, so its metadata was not applied to {articlePath}: {ex.Message}");
        }
        return null;
    }
}
