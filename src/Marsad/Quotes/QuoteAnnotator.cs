using System.Text.Json;
using Marsad.Documents;
using Marsad.Entities;
using Marsad.Pipeline;
using Marsad.Reporting;
using Marsad.Storage;
using Marsad.Text;
using Marsad.Time;

namespace Marsad.Quotes;

/// <summary>
/// Pipeline step for <see cref="QuoteRecognizer"/>: reads tokens and sentences, and the entities (speakers are their
/// mentions), words and times when present; sets <see cref="QuoteLayers.Quotes"/>. Adds <c>quotes</c> to the article
/// JSON (<see cref="QuoteJson"/>), keeps them in the store (<see cref="QuoteRepository"/>, migration M004) and gives the
/// report its quotes section (<see cref="QuoteReport"/>).
/// </summary>
public sealed class QuoteAnnotator(QuoteRecognizer recognizer) : IAnnotator, IJsonContributor, IStoredStep, IReportContributor
{
    public string Name => "quotes";

    public IReadOnlyList<Layer> Requires { get; } = [TextLayers.Tokens, TextLayers.Sentences];

    public IReadOnlyList<Layer> Reads { get; } = [EntityLayers.Entities, TextLayers.Words, TimeLayers.Times];

    public IReadOnlyList<Layer> Produces { get; } = [QuoteLayers.Quotes];

    public QuoteRecognizer Recognizer { get; } = recognizer;

    public void Annotate(Document document) => document.Set(QuoteLayers.Quotes, Recognizer.Recognize(InputOf(document)));

    /// <summary>What the quote passes read of an analysed document; tests build one pass's <see cref="QuoteContext"/> from it.</summary>
    internal static QuoteInput InputOf(Document document) =>
        new(document.Text, document.Get(TextLayers.Tokens), document.Get(TextLayers.Sentences))
        {
            Entities = document.GetOrDefault(EntityLayers.Entities) ?? ArticleEntities.Empty,
            Words = document.GetOrDefault(TextLayers.Words),
            Times = document.GetOrDefault(TimeLayers.Times),
        };

    public void WriteJson(Document document, Utf8JsonWriter writer) =>
        QuoteJson.WriteArticleQuotes(document.GetOrDefault(QuoteLayers.Quotes) ?? [], writer);

    public void Save(Document document, StoreTransaction transaction)
    {
        if (document.GetOrDefault(QuoteLayers.Quotes) is { } quotes) new QuoteRepository(transaction.Store).Save(document.Article.Id, quotes, transaction);
    }

    public ReportSection? Report(JsonElement article) => QuoteReport.Report(article);
}
