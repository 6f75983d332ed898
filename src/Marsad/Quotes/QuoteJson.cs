using System.Text.Json;
using Marsad.Reporting;

namespace Marsad.Quotes;

/// <summary>
/// The JSON of quotes (contract of issue 7). In an article object of <c>marsad analyze --json</c>:
/// <c>quotes: [{"id","start","end","text","kind":"direct"|"indirect","cue":{"text","start","end"}|null,
/// "speaker":{"entity_id"|null,"text","start","end"}|null,"sentence":{"start","end"}}]</c>.
/// A listed quote (<c>marsad quotes --json</c>, and the HTTP API) is the same object plus <c>article_id</c>,
/// <c>outlet</c>, <c>published</c>, and the sentence's <c>text</c>.
/// </summary>
public static class QuoteJson
{
    public static void WriteArticleQuotes(IReadOnlyList<Quote> quotes, Utf8JsonWriter writer)
    {
        writer.WritePropertyName("quotes");
        writer.WriteStartArray();
        foreach (var quote in quotes)
        {
            writer.WriteStartObject();
            WriteFields(quote, writer, sentenceText: null);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    /// <summary>One quote of a list across articles.</summary>
    public static void WriteListed(StoredQuote stored, Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        WriteFields(stored.Quote, writer, stored.Sentence);
        writer.WriteString("article_id", stored.ArticleId);
        writer.WriteString("outlet", stored.Outlet);
        ArticleJsonWriter.WriteDate(writer, "published", stored.Published);
        writer.WriteEndObject();
    }

    public static string KindName(QuoteKind kind) => kind == QuoteKind.Direct ? "direct" : "indirect";

    public static QuoteKind ParseKind(string name) => name == "direct" ? QuoteKind.Direct : QuoteKind.Indirect;

    private static void WriteFields(Quote quote, Utf8JsonWriter writer, string? sentenceText)
    {
        writer.WriteString("id", quote.Id);
        writer.WriteNumber("start", quote.Span.Start);
        writer.WriteNumber("end", quote.Span.End);
        writer.WriteString("text", quote.Text);
        writer.WriteString("kind", KindName(quote.Kind));
        if (quote.Cue is { } cue)
        {
            writer.WriteStartObject("cue");
            writer.WriteString("text", cue.Text);
            writer.WriteNumber("start", cue.Span.Start);
            writer.WriteNumber("end", cue.Span.End);
            writer.WriteEndObject();
        }
        else writer.WriteNull("cue");
        if (quote.Speaker is { } speaker)
        {
            writer.WriteStartObject("speaker");
            if (speaker.EntityId is null) writer.WriteNull("entity_id");
            else writer.WriteString("entity_id", speaker.EntityId);
            writer.WriteString("text", speaker.Text);
            writer.WriteNumber("start", speaker.Span.Start);
            writer.WriteNumber("end", speaker.Span.End);
            writer.WriteEndObject();
        }
        else writer.WriteNull("speaker");
        writer.WriteStartObject("sentence");
        writer.WriteNumber("start", quote.Sentence.Start);
        writer.WriteNumber("end", quote.Sentence.End);
        if (sentenceText is not null) writer.WriteString("text", sentenceText);
        writer.WriteEndObject();
    }
}
