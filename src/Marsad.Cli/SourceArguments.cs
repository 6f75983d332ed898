using Marsad.Ingest;
using Marsad.Ingest.Web;

namespace Marsad.Cli;

/// <summary>
/// The PATH arguments of <c>ingest</c> and <c>analyze</c> as one source: files and folders first (in the order given),
/// then web pages and feeds (arguments with a scheme, <c>https://…</c>). Disposing closes the web client.
/// </summary>
internal sealed class SourceArguments : IDisposable
{
    private readonly WebFetcher? _fetcher;

    public SourceArguments(IEnumerable<string> arguments, IngestOptions ingest, FetchOptions fetch)
    {
        var paths = new List<string>();
        var urls = new List<Uri>();
        foreach (var argument in arguments)
        {
            if (!LooksLikeUrl(argument)) paths.Add(argument);
            else if (Uri.TryCreate(argument, UriKind.Absolute, out var url) && WebFetcher.IsWeb(url)) urls.Add(url);
            else throw new CliException($"{argument} is not an http or https URL; Marsad fetches web pages and feeds over http(s) only.", ExitCodes.Usage);
        }
        var sources = new List<IArticleSource>();
        if (paths.Count > 0 || urls.Count == 0) sources.Add(SourcePlan.For(paths));
        if (urls.Count > 0)
        {
            _fetcher = new WebFetcher(fetch, ingest.MaxFileBytes);
            sources.Add(new WebSource(urls, _fetcher) { Parallelism = fetch.Parallelism });
        }
        Source = sources.Count == 1 ? sources[0] : new ArticleSources(sources);
        HasUrls = urls.Count > 0;
    }

    public IArticleSource Source { get; }

    public bool HasUrls { get; }

    /// <summary>Pages arrive one fetch at a time: with URLs, commit every 16 articles so an interrupted feed keeps what it fetched.</summary>
    public IngestOptions Chunked(IngestOptions options) => HasUrls ? options with { ChunkSize = Math.Min(options.ChunkSize, 16) } : options;

    // "scheme://" — a Windows path like C:\news has no "//" after the colon.
    private static bool LooksLikeUrl(string argument)
    {
        var colon = argument.IndexOf("://", StringComparison.Ordinal);
        return colon > 1 && argument[..colon].All(c => char.IsAsciiLetterOrDigit(c) || c is '+' or '-' or '.');
    }

    public void Dispose() => _fetcher?.Dispose();
}
