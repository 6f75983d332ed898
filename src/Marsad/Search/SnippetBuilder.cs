using Marsad.Documents;

namespace Marsad.Search;

/// <summary>
/// Picks the passages of an article that show why it matched: the article's terms are made again by
/// <see cref="SearchTerms"/> (the very terms the index holds, each with its span in the original text), the query's
/// words, prefixes and phrases (in order only) are found among them, and the windows of <see cref="WindowTerms"/>
/// terms holding the most distinct query words win. Snippet and highlight offsets are into the original text, so they
/// hold through tatweel, diacritics and bidi marks; the snippet text is that slice of the original, unchanged.
/// An article that matched by its title alone gets its opening as a snippet, with no highlight.
/// </summary>
internal static class SnippetBuilder
{
    public const int WindowTerms = 30;
    private const int LeadTerms = 8;

    public static IReadOnlyList<Snippet> Build(string text, HighlightTerms query, int maxSnippets = 2)
    {
        var terms = SearchTerms.Of(text);
        if (terms.Count == 0) return [];
        var matched = Match(terms, query);
        var snippets = new List<Snippet>(maxSnippets);
        var taken = new List<(int From, int To)>();
        while (snippets.Count < maxSnippets)
        {
            var best = BestWindow(terms, matched, taken);
            if (best is not { } window) break;
            taken.Add(window);
            snippets.Add(Make(text, terms, matched, window.From, window.To));
        }
        if (snippets.Count == 0) snippets.Add(Make(text, terms, matched, 0, Math.Min(terms.Count, WindowTerms)));
        snippets.Sort((a, b) => a.Start.CompareTo(b.Start));
        return snippets;
    }

    /// <summary>For each term of the text, the query word it matches (null when none): a word, a prefix or a phrase position.</summary>
    private static string?[] Match(IReadOnlyList<SearchTerm> terms, HighlightTerms query)
    {
        var matched = new string?[terms.Count];
        for (var i = 0; i < terms.Count; i++)
            if (query.MatchesWord(terms[i].Term)) matched[i] = terms[i].Term;
        foreach (var phrase in query.Phrases)
        {
            for (var i = 0; i + phrase.Length <= terms.Count; i++)
            {
                var all = true;
                for (var j = 0; j < phrase.Length && all; j++) all = terms[i + j].Term == phrase[j];
                if (!all) continue;
                for (var j = 0; j < phrase.Length; j++) matched[i + j] = string.Join(' ', phrase);
            }
        }
        return matched;
    }

    private static (int From, int To)? BestWindow(IReadOnlyList<SearchTerm> terms, string?[] matched, List<(int From, int To)> taken)
    {
        (int From, int To)? best = null;
        var bestScore = 0;
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < terms.Count; i++)
        {
            if (matched[i] is null) continue;
            var from = Math.Max(0, i - LeadTerms);
            var to = Math.Min(terms.Count, from + WindowTerms);
            if (taken.Any(t => from < t.To && t.From < to)) continue;
            seen.Clear();
            var hits = 0;
            for (var j = from; j < to; j++)
                if (matched[j] is { } word)
                {
                    hits++;
                    seen.Add(word);
                }
            // Distinct query words first (a passage showing both words beats one repeating one), then all matches.
            var score = seen.Count * 1000 + hits;
            if (score > bestScore)
            {
                bestScore = score;
                best = (from, to);
            }
        }
        return best;
    }

    private static Snippet Make(string text, IReadOnlyList<SearchTerm> terms, string?[] matched, int from, int to)
    {
        var start = terms[from].Span.Start;
        var end = terms[to - 1].Span.End;
        var highlights = new List<TextSpan>();
        for (var i = from; i < to; i++)
            if (matched[i] is not null) highlights.Add(terms[i].Span);
        return new Snippet(text[start..end], start, end, highlights);
    }
}
