using System.Collections.Frozen;
using Marsad.Documents;
using Marsad.LanguageData;
using Marsad.Stories.Duplicates;
using Marsad.Text.Morphology;
using Marsad.Text.Normalization;
using Marsad.Text.Tokenization;

namespace Marsad.Stories;

/// <summary>
/// Builds an article's <see cref="StoryProfile"/> from what the pipeline found: tokens and their word analyses, the
/// entities linked, the events coded (when present) and the publication date. Term weights are 1 + ln(count) over the
/// light stems of content words (function words of Resources/Stories/stopwords.txt left out; numbers kept: a shared
/// figure is strong evidence of one happening), with title words counted <see cref="StoryOptions.TitleWeight"/> times,
/// and once more on their own as <c>^stem</c> so that two headlines can be compared (<see cref="TermKind"/>); what the
/// article is about (<see cref="ArticleFocus"/>) as <c>%id</c> for the cities and regions of its headline and lead.
/// Stateless and thread-safe.
/// </summary>
public sealed class StoryProfiler(StoryOptions? options = null)
{
    private static readonly FrozenSet<string> s_stopwords = FunctionWords.Keys;

    private readonly StoryOptions _options = options ?? StoryOptions.Default;

    public StoryProfile Profile(
        Article article, IReadOnlyList<Token> tokens, IReadOnlyList<WordAnalysis?>? words, IEnumerable<string> entityIds,
        IEnumerable<string> eventSignatures, PublicationDate? publication, ArticleFocus? focus = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(tokens);
        var counts = new Dictionary<string, float>(StringComparer.Ordinal);
        var title = new Dictionary<string, float>(StringComparer.Ordinal);
        AddWords(counts, tokens, words, 1f);
        if (!string.IsNullOrWhiteSpace(article.Title))
        {
            var titleTokens = Tokenizer.Tokenize(ArabicNormalizer.Normalize(article.Title));
            AddWords(counts, titleTokens, null, _options.TitleWeight);
            AddWords(title, titleTokens, null, 1f);
        }
        var terms = new Dictionary<string, float>(counts.Count + title.Count, StringComparer.Ordinal);
        foreach (var (term, count) in counts) terms[term] = 1f + MathF.Log(count);
        foreach (var (term, count) in title) terms["^" + term] = 1f + MathF.Log(count);
        foreach (var id in entityIds) terms["@" + id] = _options.EntityWeight;
        if (focus is not null)
        {
            // A city also counts as its region («جدة» is in «منطقة مكة المكرمة»): the focus rule compares places, not their names.
            foreach (var id in PlaceRegions.WithRegions(focus.Headline.Concat(focus.Lead).Where(TermKinds.IsPlaceEntity))) terms[TermKinds.FocusPrefix + id] = _options.EntityWeight;
        }
        foreach (var signature in eventSignatures) terms["!" + signature] = _options.EntityWeight;
        var (day, source) = StoryClock.DayOf(article, publication);
        return new StoryProfile(article.Id, article.Outlet, Headline(article), day, source, WordSequence.From(tokens), terms);
    }

    /// <summary>The profile with the article's coded events added as terms (<c>!type:source:target</c>).</summary>
    public static StoryProfile WithEvents(StoryProfile profile, IEnumerable<string> eventSignatures, StoryOptions options)
    {
        var terms = new Dictionary<string, float>(profile.Terms, StringComparer.Ordinal);
        foreach (var signature in eventSignatures) terms["!" + signature] = options.EntityWeight;
        return profile with { Terms = terms };
    }

    /// <summary>
    /// The profile with what named speakers are quoted saying added as quote terms (<c>"speaker-id stem</c>, once each):
    /// two outlets quoting one statement share them even when the rest of their words differ, and one speaker's
    /// statements on two happenings share few.
    /// </summary>
    public static StoryProfile WithQuotes(StoryProfile profile, IReadOnlyList<(string Speaker, string Text)> said, StoryOptions options)
    {
        if (said.Count == 0) return profile;
        var terms = new Dictionary<string, float>(profile.Terms, StringComparer.Ordinal);
        foreach (var (speaker, text) in said)
            foreach (var token in Tokenizer.Tokenize(ArabicNormalizer.Normalize(text)))
                if (TermOf(token, null) is { } stem) terms[TermKinds.QuotePrefix + speaker + " " + stem] = options.EntityWeight;
        return profile with { Terms = terms };
    }

    /// <summary>
    /// What names the article in lists of clusters and stories: its title, else the start of its first line (up to 90
    /// characters, cut at a word), since a text file without metadata still opens with its lead.
    /// </summary>
    public static string Headline(Article article)
    {
        if (!string.IsNullOrWhiteSpace(article.Title)) return article.Title.Trim();
        var line = article.Text.AsSpan().Trim();
        var end = line.IndexOfAny('\n', '\r');
        if (end >= 0) line = line[..end];
        if (line.Length <= 90) return line.ToString();
        var cut = line[..90].LastIndexOf(' ');
        return line[..(cut > 40 ? cut : 90)].ToString() + " …";
    }

    /// <summary>
    /// The term a word token counts as, or null for function words, punctuation and one-letter leftovers: its light stem,
    /// or its singular's for a listed broken plural (<see cref="BrokenPlurals"/>: «أدلة» counts as دليل).
    /// </summary>
    public static string? TermOf(Token token, WordAnalysis? analysis)
    {
        if (token.Kind == TokenKind.Number) return token.Key.Length >= 2 ? token.Key : null;
        if (!token.IsWord) return null;
        analysis ??= CliticSegmenter.Analyze(token);
        if (analysis is null || s_stopwords.Contains(token.Key) || s_stopwords.Contains(analysis.Base)) return null;
        var stem = BrokenPlurals.Stem(analysis);
        return stem.Length >= 2 ? stem : null;
    }

    private static void AddWords(Dictionary<string, float> counts, IReadOnlyList<Token> tokens, IReadOnlyList<WordAnalysis?>? words, float weight)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (TermOf(tokens[i], words is not null && i < words.Count ? words[i] : null) is not { } term) continue;
            counts[term] = counts.GetValueOrDefault(term) + weight;
        }
    }
}
