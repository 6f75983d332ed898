using System.Text.Json;
using Marsad.Analysis;
using Marsad.Documents;
using Marsad.Pipeline;
using Marsad.Reporting;
using Marsad.Storage;

namespace Marsad.Views;

/// <summary>How the analysis of an article shown by <see cref="ArticleView"/> was obtained.</summary>
public enum AnalysisState
{
    /// <summary>Read from the store, made by the current pipeline.</summary>
    Stored,

    /// <summary>Read from the store, made by an earlier pipeline.</summary>
    Outdated,

    /// <summary>Never analysed: analysed now and not saved.</summary>
    Fresh,
}

/// <summary>
/// One stored article with all its layers, the article object of <c>analyze --json</c> as <c>marsad show --json</c>
/// and <c>GET /api/articles/{id}</c> give it: the stored analysis when there is one, else a fresh one (not saved).
/// </summary>
public sealed class ArticleView
{
    private readonly ArticleJsonWriter _writer;

    private ArticleView(Document document, StoredAnalysis? stored, AnalysisState state, ArticleJsonWriter writer)
    {
        Document = document;
        Stored = stored;
        State = state;
        _writer = writer;
    }

    public Document Document { get; }

    public StoredAnalysis? Stored { get; }

    public AnalysisState State { get; }

    public string Id => Document.Article.Id;

    /// <summary>The article an id, a unique id prefix (4+ hex digits) or a source id names.</summary>
    public static string ResolveId(MarsadStore store, string reference)
    {
        ArgumentNullException.ThrowIfNull(store);
        if (string.IsNullOrWhiteSpace(reference)) throw ViewException.Invalid("Give an article id (see `marsad list`).");
        var ids = store.Articles.MatchIds(reference, limit: 3);
        return ids.Count switch
        {
            0 => throw new ViewException(ViewException.ArticleNotFound, ViewFailure.NotFound,
                $"No stored article has an id, id prefix or source id '{reference}'; `marsad list` shows the ids."),
            > 1 => throw new ViewException(ViewException.AmbiguousArticle, ViewFailure.Ambiguous,
                $"'{reference}' matches more than one article ({string.Join(", ", ids)}, …): give more of the id."),
            _ => ids[0],
        };
    }

    public static ArticleView Read(MarsadStore store, string reference, AnalysisPipeline? pipeline = null)
    {
        pipeline ??= MarsadPipeline.Default;
        var id = ResolveId(store, reference);
        var article = store.Articles.Get(id)!;
        var stored = new AnalysisStore(store, pipeline).Load(id);
        var state = stored is null ? AnalysisState.Fresh : stored.Pipeline == pipeline.Version ? AnalysisState.Stored : AnalysisState.Outdated;
        var document = stored is null ? pipeline.Run(article) : pipeline.RunUnstored(article);
        return new ArticleView(document, stored, state, new ArticleJsonWriter(pipeline, store));
    }

    /// <summary>One sentence for a person on how the analysis was obtained, or null when it is current.</summary>
    public string? Note => State switch
    {
        AnalysisState.Fresh => $"Article {Id} has not been analysed yet: showing a fresh analysis, not saved (run `marsad analyze` to keep it).",
        AnalysisState.Outdated => $"Article {Id} was analysed by an earlier pipeline ({Stored!.Pipeline}); `marsad analyze` brings it up to date.",
        _ => null,
    };

    public void Write(Utf8JsonWriter w)
    {
        if (Stored is null) _writer.Write(Document, w);
        else _writer.WriteStored(Document, Stored, w);
    }
}
