using System.IO.Compression;
using System.Text.Json;
using Marsad.Documents;
using Marsad.Pipeline;
using Marsad.Tests.Support;
using Marsad.Text;
using Marsad.Text.Normalization;
using Marsad.Text.Sentences;
using Marsad.Text.Tokenization;

namespace Marsad.Tests.Text;

/// <summary>The text core on real news: the seeds and a slice of SaudiNewsNet, read in place from ../shared.</summary>
public sealed class SeedTextTests
{
    private static Document Analyze(string path)
    {
        var article = new Article { Id = Path.GetFileNameWithoutExtension(path), Text = File.ReadAllText(path) };
        return new PipelineBuilder().UseText().Build().Run(article);
    }

    // Read by hand: seed 000 has 13 paragraphs (12 of running text and the heading line before the second half).
    // No paragraph holds two sentences: its only inner terminator is an ellipsis inside a quotation that goes on
    // after it, and its dots after quotes (".) close their paragraphs.
    [Fact]
    public void Seed0SplitsIntoItsThirteenParagraphSentences() =>
        Assert.Equal(13, Analyze(SharedData.Seed(0)).Get(TextLayers.Sentences).Count);

    // Read by hand: seed 001 has 10 paragraphs of running text, each one sentence (its long quotations close at the
    // paragraph's end with ".), plus the closing source line «المصدر: …» with no full stop.
    [Fact]
    public void Seed1SplitsIntoItsElevenParagraphSentences() =>
        Assert.Equal(11, Analyze(SharedData.Seed(1)).Get(TextLayers.Sentences).Count);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void EverySentenceIsOneLineOfTheSeed(int seed)
    {
        var document = Analyze(SharedData.Seed(seed));
        var lines = document.Text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToArray();
        Assert.Equal(lines, document.Get(TextLayers.Sentences).Select(s => s.Span.Slice(document.Text)));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void EveryTokenSpanInTheOriginalNormalizesToTheToken(int seed)
    {
        var document = Analyze(SharedData.Seed(seed));
        var tokens = document.Get(TextLayers.Tokens);
        Assert.True(tokens.Count > 300, $"expected a full article, got {tokens.Count} tokens");
        foreach (var token in tokens)
            Assert.Equal(token.Normalized, ArabicNormalizer.Normalize(token.Span.Slice(document.Text)).Text);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void SentencesCoverTheirTokensInOrder(int seed)
    {
        var document = Analyze(SharedData.Seed(seed));
        var sentences = document.Get(TextLayers.Sentences);
        var tokens = document.Get(TextLayers.Tokens);
        Assert.Equal(0, sentences[0].FirstToken);
        Assert.Equal(tokens.Count, sentences[^1].EndToken);
        for (var i = 1; i < sentences.Count; i++) Assert.Equal(sentences[i - 1].EndToken, sentences[i].FirstToken);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void NormalizationIsIdempotentOnTheSeeds(int seed)
    {
        var once = ArabicNormalizer.Normalize(File.ReadAllText(SharedData.Seed(seed))).Text;
        Assert.Equal(once, ArabicNormalizer.Normalize(once).Text);
    }

    [Fact]
    public void NormalizationIsIdempotentOnThreeHundredSaudiNewsNetArticles()
    {
        var path = SharedData.RequireFile("data/saudinewsnet/saudinewsnet.jsonl.gz");
        using var reader = new StreamReader(new GZipStream(File.OpenRead(path), CompressionMode.Decompress));
        var checkedArticles = 0;
        while (checkedArticles < 300 && reader.ReadLine() is { } line)
        {
            using var json = JsonDocument.Parse(line);
            var text = json.RootElement.GetProperty("text").GetString() ?? "";
            var once = ArabicNormalizer.Normalize(text).Text;
            Assert.Equal(once, ArabicNormalizer.Normalize(once).Text);
            checkedArticles++;
        }
        Assert.Equal(300, checkedArticles);
    }

    [Fact]
    public void SecondSeedKeepsAcronymAndNumberTokens()
    {
        var tokens = Analyze(SharedData.Seed(1)).Get(TextLayers.Tokens);
        Assert.Contains(tokens, t => t is { Normalized: "ERG", Kind: TokenKind.LatinWord });
        Assert.Contains(tokens, t => t is { Normalized: "21", Kind: TokenKind.Number });
    }
}
