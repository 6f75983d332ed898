using System.Text;
using System.Text.Json;
using Marsad.Documents;
using Marsad.Pipeline;
using Marsad.Text;
using Marsad.Text.Morphology;
using Marsad.Text.Normalization;
using Marsad.Text.Sentences;
using Marsad.Text.Tokenization;

namespace Marsad.Tests.Text;

public sealed class TextPipelineTests
{
    [Fact]
    public void SentencesBeforeTokensIsRejectedWhenBuilt()
    {
        var builder = new PipelineBuilder()
            .Add(new NormalizationAnnotator())
            .Add(new SentenceAnnotator())
            .Add(new TokenizationAnnotator());
        var error = Assert.Throws<PipelineException>(() => builder.Build());
        Assert.StartsWith("MARSAD-P001 Annotator 'sentences' requires layer 'tokens', which is not produced before it. " +
            "'tokenization' produces it: add it before 'sentences'.", error.Message);
    }

    [Fact]
    public void UseTextProducesEveryTextLayer()
    {
        var document = new PipelineBuilder().UseText().Build()
            .Run(new Article { Id = "t", Text = "وصل الوفدُ إلى بيروت. وبدأت المحادثات" });
        Assert.Equal(2, document.Get(TextLayers.Sentences).Count);
        var words = document.Get(TextLayers.Words);
        Assert.Equal(document.Get(TextLayers.Tokens).Count, words.Count);
        Assert.Null(words[4]); // the full stop
        Assert.Equal("بيروت", words[3]!.Base);
        Assert.Equal(["و"], words[5]!.Proclitics);
    }

    [Fact]
    public void SentencesJsonHasOriginalOffsetsTextsAndWordFields()
    {
        const string text = "قالَ: «نعم». 12";
        var pipeline = new PipelineBuilder().UseText().Build();
        var document = pipeline.Run(new Article { Id = "t", Text = text });
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream))
        {
            writer.WriteStartObject();
            pipeline.Find<SentenceAnnotator>()!.WriteJson(document, writer);
            writer.WriteEndObject();
        }
        using var json = JsonDocument.Parse(stream.ToArray());
        var sentences = json.RootElement.GetProperty("sentences");
        Assert.Equal(2, sentences.GetArrayLength());
        var first = sentences[0];
        Assert.Equal((0, 12, "قالَ: «نعم»."),
            (first.GetProperty("start").GetInt32(), first.GetProperty("end").GetInt32(), first.GetProperty("text").GetString()));
        var word = first.GetProperty("tokens")[0];
        Assert.Equal("start=0 end=4 text=قالَ norm=قال kind=arabicword base=قال stem=قال", Fields(word));
        var colon = first.GetProperty("tokens")[1];
        Assert.Equal("start=4 end=5 text=: norm=: kind=punctuation", Fields(colon));
        Assert.Equal("number", sentences[1].GetProperty("tokens")[0].GetProperty("kind").GetString());
    }

    private static string Fields(JsonElement token) =>
        string.Join(" ", token.EnumerateObject().Select(p => $"{p.Name}={(p.Value.ValueKind == JsonValueKind.Number ? p.Value.GetInt32().ToString() : p.Value.GetString())}"));
}
