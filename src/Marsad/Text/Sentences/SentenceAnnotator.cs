using System.Text.Json;
using Marsad.Documents;
using Marsad.Pipeline;
using Marsad.Text.Tokenization;

namespace Marsad.Text.Sentences;

/// <summary>
/// Sets <see cref="TextLayers.Sentences"/> by <see cref="SentenceSplitter"/>, and writes them with their tokens to
/// <c>marsad analyze --json</c>:
/// <c>"sentences": [{"start", "end", "text", "tokens": [{"start", "end", "text", "norm", "kind", "base", "stem"}]}]</c>.
/// Offsets are half-open into the original text; <c>start</c> and <c>end</c> on sentences are a public contract.
/// <c>base</c> and <c>stem</c> come from the words layer and are left out when it is absent or the token is no word.
/// </summary>
public sealed class SentenceAnnotator : IAnnotator, IJsonContributor
{
    private static readonly string[] s_kindNames = Enum.GetValues<TokenKind>().Select(k => k.ToString().ToLowerInvariant()).ToArray();

    public string Name => "sentences";

    public IReadOnlyList<Layer> Requires { get; } = [TextLayers.Normalized, TextLayers.Tokens];

    public IReadOnlyList<Layer> Produces { get; } = [TextLayers.Sentences];

    public void Annotate(Document document) =>
        document.Set(TextLayers.Sentences,
            SentenceSplitter.Split(document.Get(TextLayers.Normalized), document.Get(TextLayers.Tokens)));

    // Recomputed from the text when a stored analysis is read: deterministic, cheap, and the bulk of the JSON.
    public bool StoredWithAnalysis => false;

    public void WriteJson(Document document, Utf8JsonWriter writer)
    {
        var sentences = document.GetOrDefault(TextLayers.Sentences) ?? [];
        var tokens = document.GetOrDefault(TextLayers.Tokens) ?? [];
        var words = document.GetOrDefault(TextLayers.Words);
        var text = document.Text;
        writer.WritePropertyName("sentences");
        writer.WriteStartArray();
        foreach (var sentence in sentences)
        {
            writer.WriteStartObject();
            writer.WriteNumber("start", sentence.Span.Start);
            writer.WriteNumber("end", sentence.Span.End);
            writer.WriteString("text", text.AsSpan(sentence.Span.Start, sentence.Span.Length));
            // Only on a sentence cut at SentenceSplitter.MaxTokens rather than ended by its writer.
            if (sentence.Cut) writer.WriteBoolean("cut", true);
            writer.WritePropertyName("tokens");
            writer.WriteStartArray();
            for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
            {
                var token = tokens[i];
                writer.WriteStartObject();
                writer.WriteNumber("start", token.Span.Start);
                writer.WriteNumber("end", token.Span.End);
                writer.WriteString("text", text.AsSpan(token.Span.Start, token.Span.Length));
                writer.WriteString("norm", token.Normalized);
                writer.WriteString("kind", s_kindNames[(int)token.Kind]);
                if (words is not null && i < words.Count && words[i] is { } word)
                {
                    writer.WriteString("base", word.Base);
                    writer.WriteString("stem", word.Stem);
                }
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }
}
