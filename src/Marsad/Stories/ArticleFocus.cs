using Marsad.Documents;
using Marsad.Entities;
using Marsad.Pipeline;
using Marsad.Text;
using Marsad.Text.Sentences;

namespace Marsad.Stories;

/// <summary>
/// What an article is *about*, as its headline and lead tell it, apart from everything it mentions: the entities its
/// headline names (<see cref="Headline"/>: the entity step reads the body only, so «تفجير بعسير» in a headline was never
/// linked), the entities of its lead (<see cref="Lead"/>: the first sentences, up to <see cref="LeadWords"/> words,
/// where a news report puts who and where). A report of al-Jubeir's Berlin talks that ends by announcing his Moscow
/// visit names Moscow in passing, in its last sentence; its headline and lead name Berlin. Two reports whose headlines
/// and leads set them in different cities tell of different happenings even when their bodies share much.
/// The day the headline or lead dates was tried as evidence too and dropped (Stories/README.md: its fitted weight was
/// nil on both halves; a dateline's date and a report's «أمس» read against its crawl day disagree for one happening).
/// </summary>
public sealed record ArticleFocus(IReadOnlyList<string> Headline, IReadOnlyList<string> Lead)
{
    /// <summary>The lead is the first sentences up to this many words (a dateline alone is not a lead).</summary>
    public const int LeadWords = 12;

    /// <summary>
    /// The lead never runs past this many characters of the text (about two lines of a news lead, 50 words). A text
    /// written without full stops is one sentence to the splitter, and its "first sentence" was the whole article: a
    /// club's camp report (aljazirah, 2015-07-24) then had in its lead a misread «التركمانستان» and «نجران» named in its last
    /// lines, and never joined another outlet's report of the same camp set in «آفيون».
    /// </summary>
    public const int LeadCharacters = 300;

    public static readonly ArticleFocus None = new([], []);

    private static readonly AnalysisPipeline s_text = new PipelineBuilder().UseText().Build();

    /// <summary>
    /// Reads an article's focus: its headline through <paramref name="recognizer"/> (null: headline entities not read,
    /// as on the content-only path that runs no entity recognition), the entities of its body mentioned in its lead
    /// (<paramref name="bodyMentions"/>: entity id and start offset in the text). <paramref name="date"/> is the article's
    /// date, at which role phrases of the headline are resolved to office holders.
    /// </summary>
    public static ArticleFocus Read(
        Article article, IReadOnlyList<Sentence>? sentences, IEnumerable<(string EntityId, int Start)> bodyMentions,
        EntityRecognizer? recognizer, DateOnly? date)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(bodyMentions);
        var leadEnd = LeadEnd(sentences);
        var lead = bodyMentions.Where(m => m.Start < leadEnd).Select(m => m.EntityId).Distinct().Order(StringComparer.Ordinal).ToList();
        IReadOnlyList<string> headline = [];
        if (recognizer is not null && !string.IsNullOrWhiteSpace(article.Title))
        {
            var document = s_text.Run(new Article { Id = article.Id, Text = article.Title.Trim() });
            var input = new EntityInput(document.Get(TextLayers.Normalized), document.Get(TextLayers.Tokens), document.Get(TextLayers.Sentences), date)
            {
                Words = document.GetOrDefault(TextLayers.Words),
            };
            headline = [.. recognizer.Recognize(input).Entities.Select(e => e.Id).Distinct().Order(StringComparer.Ordinal)];
        }
        return new ArticleFocus(headline, lead);
    }

    /// <summary>
    /// The end offset of the lead: the first sentences up to <see cref="LeadWords"/> tokens, cut at
    /// <see cref="LeadCharacters"/> from the first sentence's start; 0 without sentences.
    /// </summary>
    public static int LeadEnd(IReadOnlyList<Sentence>? sentences)
    {
        if (sentences is null || sentences.Count == 0) return 0;
        var (end, tokens) = (0, 0);
        foreach (var sentence in sentences)
        {
            end = sentence.Span.End;
            tokens += sentence.TokenCount;
            if (tokens >= LeadWords) break;
        }
        return Math.Min(end, sentences[0].Span.Start + LeadCharacters);
    }
}
