using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Marsad.Api;

/// <summary>
/// Keeps what a client posts for ingest as files under <c>DATA/uploads/STAMP-ID/</c>, so every stored article's
/// <c>source_path</c> names a file that still exists. A body is JSON Lines (<c>application/x-ndjson</c>,
/// <c>application/jsonl</c>), a plain text article (<c>text/plain</c>), an HTML page (<c>text/html</c>), or
/// <c>multipart/form-data</c> files of any kind <c>marsad ingest</c> reads. At most <c>limit</c> bytes in all.
/// </summary>
internal static class Uploads
{
    private static readonly Dictionary<string, string> s_bodyExtensions = new(StringComparer.OrdinalIgnoreCase)
    {
        ["application/x-ndjson"] = ".jsonl",
        ["application/jsonl"] = ".jsonl",
        ["application/json-lines"] = ".jsonl",
        ["application/jsonlines"] = ".jsonl",
        ["text/plain"] = ".txt",
        ["text/html"] = ".html",
    };

    /// <summary>The media types a body may have, for the OpenAPI document and the 415 message.</summary>
    public static IReadOnlyCollection<string> BodyTypes => [.. s_bodyExtensions.Keys, "multipart/form-data"];

    /// <summary>Saves the body; throws <see cref="BadHttpRequestException"/> with 413 over the limit, 415 for another media type.</summary>
    public static async Task<string> SaveAsync(HttpRequest request, string dataFolder, long limit, CancellationToken cancellationToken)
    {
        if (request.ContentLength > limit) throw TooLarge(limit);
        var mediaType = (request.ContentType ?? "").Split(';')[0].Trim();
        var folder = Path.Combine(dataFolder, "uploads",
            DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmssfff'Z'", CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(folder);
        try
        {
            if (request.HasFormContentType)
            {
                var form = await request.ReadFormAsync(cancellationToken);
                long total = 0;
                var index = 0;
                foreach (var file in form.Files)
                {
                    total += file.Length;
                    if (total > limit) throw TooLarge(limit);
                    await using var source = file.OpenReadStream();
                    await CopyAsync(source, Path.Combine(folder, $"{++index:D3}-{SafeName(file.FileName)}"), limit, cancellationToken);
                }
            }
            else if (s_bodyExtensions.TryGetValue(mediaType, out var extension))
            {
                await CopyAsync(request.Body, Path.Combine(folder, "body" + extension), limit, cancellationToken);
            }
            else
            {
                throw new BadHttpRequestException(
                    $"A body of type '{mediaType}' cannot be ingested: send one of {string.Join(", ", BodyTypes)}.", StatusCodes.Status415UnsupportedMediaType);
            }
            return folder;
        }
        catch
        {
            Directory.Delete(folder, recursive: true);
            throw;
        }
    }

    private static async Task CopyAsync(Stream source, string path, long limit, CancellationToken cancellationToken)
    {
        await using var target = File.Create(path);
        var buffer = new byte[81920];
        long written = 0;
        int read;
        while ((read = await source.ReadAsync(buffer, cancellationToken)) > 0)
        {
            // Counted as it streams: a chunked body has no Content-Length to check up front.
            written += read;
            if (written > limit) throw TooLarge(limit);
            await target.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
    }

    // A client's file name keeps its extension (it says how to read the file) but loses any folder part.
    private static string SafeName(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        var safe = new string([.. file.Select(c => char.IsLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')]).TrimStart('.');
        return safe.Length == 0 ? "upload" : safe;
    }

    private static BadHttpRequestException TooLarge(long limit) =>
        new($"The request body is over the limit of {limit:N0} bytes; split the input into smaller requests.", StatusCodes.Status413PayloadTooLarge);
}
