using System.Net;
using System.Net.Http.Headers;
using System.Security.Authentication;

namespace Marsad.Ingest.Web;

/// <summary>
/// Fetches one URL at a time with a timeout, a size limit and a redirect limit, through the <see cref="AddressGuard"/>
/// (every connection, redirects included, goes to a checked address). Redirects are followed here rather than by the
/// handler so their number, their scheme and their loops are ours to refuse. Failures are returned as named problems
/// (<c>fetch-timeout</c>, <c>fetch-too-large</c>, <c>http-status</c>, <c>blocked-address</c>, <c>fetch-failed</c>,
/// <c>too-many-redirects</c>, <c>unsupported-url</c>); only the caller's cancellation throws.
/// </summary>
public sealed class WebFetcher : IDisposable
{
    private readonly HttpClient _client;
    private readonly FetchOptions _options;
    private readonly long _maxBytes;

    public WebFetcher(FetchOptions? options = null, long maxBytes = 20L * 1024 * 1024, AddressGuard? guard = null)
    {
        _options = options ?? FetchOptions.Default;
        _maxBytes = maxBytes;
        guard ??= new AddressGuard(_options.AllowedHosts);
        var handler = new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            UseProxy = false,
            UseCookies = false,
            AutomaticDecompression = DecompressionMethods.All,
            ConnectCallback = guard.ConnectAsync,
            ConnectTimeout = _options.Timeout,
            MaxResponseHeadersLength = 64,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
        _client = new HttpClient(handler) { Timeout = System.Threading.Timeout.InfiniteTimeSpan };
        _client.DefaultRequestHeaders.UserAgent.ParseAdd(_options.UserAgent);
        _client.DefaultRequestHeaders.Accept.ParseAdd("text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5");
        _client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("ar,en;q=0.5");
    }

    public async Task<FetchOutcome> FetchAsync(Uri url, CancellationToken cancellationToken)
    {
        var source = url.OriginalString;
        if (!IsWeb(url))
            return Fail(source, IngestProblemCodes.UnsupportedUrl, $"{source} is not an http or https URL; Marsad fetches web pages and feeds only.");
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        var current = url;
        var visited = new HashSet<Uri> { url };
        try
        {
            for (var redirects = 0; ; redirects++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, current);
                using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
                var status = (int)response.StatusCode;
                if (status is >= 300 and < 400 && response.Headers.Location is { } location)
                {
                    var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                    if (!IsWeb(next))
                        return Fail(source, IngestProblemCodes.UnsupportedUrl, $"{source} redirects to {next}, which is not an http or https URL; it was not followed.");
                    if (redirects >= _options.MaxRedirects || !visited.Add(next))
                        return Fail(source, IngestProblemCodes.TooManyRedirects,
                            $"{source} redirects more than {_options.MaxRedirects} times or in a loop (last to {next}); give the page's final URL.");
                    current = next;
                    continue;
                }
                if (status is < 200 or >= 300)
                    return Fail(source, IngestProblemCodes.HttpStatus,
                        $"{source} answered HTTP {status} {response.ReasonPhrase}{(current == url ? "" : $" (at {current})")}; nothing was read from it.",
                        retriable: status is 408 or 429 or >= 500);
                if (response.Content.Headers.ContentLength is long declared && declared > _maxBytes)
                    return TooLarge(source, $"declares {declared:N0} bytes");
                var body = await ReadLimitedAsync(response.Content, timeout.Token).ConfigureAwait(false);
                if (body is null) return TooLarge(source, "is longer");
                var type = response.Content.Headers.ContentType;
                return new FetchedResource(url, current, type?.MediaType?.ToLowerInvariant(), Charset(type), body);
            }
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return Fail(source, IngestProblemCodes.FetchTimeout,
                $"{source} did not answer within {_options.Timeout.TotalSeconds:0.#} s{(current == url ? "" : $" (at {current})")}; try again later or raise --timeout.",
                retriable: true);
        }
        catch (HttpRequestException ex) when (Find<BlockedAddressException>(ex) is { } blocked)
        {
            return Fail(source, IngestProblemCodes.BlockedAddress,
                $"{source}{(current == url ? "" : $" redirects to {current}; that host")} was not fetched: {blocked.Message}. Marsad fetches public addresses only; name the host with --allow-host to fetch it.");
        }
        catch (HttpRequestException ex)
        {
            return Fail(source, IngestProblemCodes.FetchFailed, $"{source} could not be fetched{(current == url ? "" : $" (at {current})")}: {Reason(ex)}.",
                retriable: true);
        }
        catch (Exception ex) when (ex is IOException or AuthenticationException)
        {
            return Fail(source, IngestProblemCodes.FetchFailed, $"{source} could not be fetched: {ex.Message}.", retriable: true);
        }
    }

    public FetchOutcome Fetch(Uri url, CancellationToken cancellationToken) =>
        FetchAsync(url, cancellationToken).GetAwaiter().GetResult();

    /// <summary>True for an absolute http or https URL.</summary>
    public static bool IsWeb(Uri url) => url.IsAbsoluteUri && (url.Scheme == Uri.UriSchemeHttp || url.Scheme == Uri.UriSchemeHttps);

    // Reads at most the limit plus one byte: a body over the limit is refused without holding it.
    private async Task<byte[]?> ReadLimitedAsync(HttpContent content, CancellationToken cancellationToken)
    {
        await using var stream = await content.ReadAsStreamAsync(cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        while (true)
        {
            var read = await stream.ReadAsync(chunk, cancellationToken).ConfigureAwait(false);
            if (read == 0) return buffer.ToArray();
            if (buffer.Length + read > _maxBytes) return null;
            buffer.Write(chunk, 0, read);
        }
    }

    private FetchOutcome TooLarge(string source, string how) => Fail(source, IngestProblemCodes.FetchTooLarge,
        $"{source} {how} than the limit of {_maxBytes:N0} bytes; it was not read. Raise the limit with --max-file-size.");

    private static string? Charset(MediaTypeHeaderValue? type) =>
        string.IsNullOrWhiteSpace(type?.CharSet) ? null : type.CharSet.Trim('"', '\'', ' ').ToLowerInvariant();

    private static string Reason(HttpRequestException ex)
    {
        var inner = ex.InnerException;
        return inner is null ? ex.Message : $"{ex.Message} ({inner.Message})";
    }

    private static T? Find<T>(Exception ex) where T : Exception
    {
        for (Exception? e = ex; e is not null; e = e.InnerException)
            if (e is T found) return found;
        return null;
    }

    private static FetchOutcome Fail(string source, string code, string message, bool retriable = false) =>
        FetchedResource.Failed(new IngestProblem(source, code, message), retriable);

    public void Dispose() => _client.Dispose();
}
