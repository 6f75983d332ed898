using Marsad.Documents;
using Marsad.Stories.Views;

namespace Marsad.Stories.Comparison;

/// <summary>
/// Aligns the sentences of a story's articles into claims. Each clause of a sentence (see <see cref="Clauses"/>) becomes a TF-IDF vector over the same terms the
/// clusterer uses (light stems of content words, numbers), IDF over the story's sentences; articles are read in timeline
/// order; a clause starts a claim unless it resembles (cosine ≥ <see cref="Threshold"/>) the first clause of earlier
/// claims from other articles, and each claim takes, per other article, its most similar clause. Sentences of fewer than three
/// terms (datelines, captions) state no claim.
/// </summary>
public static class ClaimAligner
{
    public const double Threshold = 0.2;
    private const int MinimumTerms = 3;

    public static IReadOnlyList<(Claim Claim, IReadOnlyList<(StoryText Text, TextSpan Span)> Members)> Align(IReadOnlyList<StoryText> texts)
    {
        var items = new List<(StoryText Text, TextSpan Span, Dictionary<string, double> Terms)>();
        foreach (var text in texts)
            foreach (var sentence in text.Sentences)
                foreach (var (span, terms) in Clauses(text, sentence))
                    items.Add((text, span, terms));
        var df = items.SelectMany(x => x.Terms.Keys).GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var vectors = items.Select(x =>
        {
            var v = x.Terms.ToDictionary(p => p.Key, p => (1 + Math.Log(p.Value)) * (Math.Log((1.0 + items.Count) / (1.0 + df[p.Key])) + 1), StringComparer.Ordinal);
            var norm = Math.Sqrt(v.Values.Sum(w => w * w));
            return v.ToDictionary(p => p.Key, p => p.Value / norm, StringComparer.Ordinal);
        }).ToList();

        // A clause that resembles no earlier claim's first clause (of another article) starts a claim; otherwise it is a
        // candidate for every claim it resembles, and each claim keeps, per article, its most similar candidate. So one
        // long clause can carry two claims another outlet wrote apart, and a claim never takes a weaker clause over a
        // stronger one of the same article.
        var claims = new List<List<int>>();
        var best = new List<Dictionary<StoryText, (int Item, double Score)>>();
        for (var k = 0; k < items.Count; k++)
        {
            var joined = false;
            for (var c = 0; c < claims.Count; c++)
            {
                var anchor = claims[c][0];
                if (items[anchor].Text == items[k].Text) continue;
                var score = Cosine(vectors[anchor], vectors[k]);
                if (score < Threshold) continue;
                joined = true;
                if (!best[c].TryGetValue(items[k].Text, out var held) || score > held.Score) best[c][items[k].Text] = (k, score);
            }
            if (joined) continue;
            claims.Add([k]);
            best.Add([]);
        }
        for (var c = 0; c < claims.Count; c++) claims[c].AddRange(best[c].Values.Select(v => v.Item).Order());
        return [.. claims.Select(members =>
        {
            var sentences = members.Select(m => (items[m].Text, items[m].Span)).ToList();
            var claimSentences = sentences.Select(x => new ClaimSentence(x.Text.Article.Id, x.Text.Article.OutletLabel, x.Span, x.Span.Slice(x.Text.Text).Trim())).ToList();
            var outlets = claimSentences.Select(s => s.Outlet).Distinct().ToList();
            return (new Claim(claimSentences[0].Text, outlets, outlets[0], claimSentences), (IReadOnlyList<(StoryText, TextSpan)>)sentences);
        })];
    }

    /// <summary>
    /// A sentence cut at commas, semicolons and colons into clauses of at least <see cref="MinimumTerms"/> terms (a
    /// shorter piece joins the clause before it, or the next one at the start): a long news sentence often chains two
    /// claims that another outlet reports apart, or only one of.
    /// </summary>
    private static IEnumerable<(TextSpan Span, Dictionary<string, double> Terms)> Clauses(StoryText text, Text.Sentences.Sentence sentence)
    {
        var pieces = new List<(int First, int End, Dictionary<string, double> Terms)>();
        var start = sentence.FirstToken;
        for (var i = sentence.FirstToken; i < sentence.EndToken; i++)
        {
            var cut = text.Tokens[i].Kind == Text.Tokenization.TokenKind.Punctuation && text.Tokens[i].Key is "،" or "؛" or ":" or "," or ";";
            if (!cut && i < sentence.EndToken - 1) continue;
            var terms = new Dictionary<string, double>(StringComparer.Ordinal);
            for (var j = start; j <= i; j++)
                if (StoryProfiler.TermOf(text.Tokens[j], text.Words[j]) is { } term) terms[term] = terms.GetValueOrDefault(term) + 1;
            if (pieces.Count > 0 && (terms.Count < MinimumTerms || pieces[^1].Terms.Count < MinimumTerms))
            {
                var last = pieces[^1];
                foreach (var (term, count) in terms) last.Terms[term] = last.Terms.GetValueOrDefault(term) + count;
                pieces[^1] = (last.First, i + 1, last.Terms);
            }
            else pieces.Add((start, i + 1, terms));
            start = i + 1;
        }
        foreach (var (first, end, terms) in pieces)
            if (terms.Count >= MinimumTerms) yield return (new TextSpan(text.Tokens[first].Span.Start, text.Tokens[end - 1].Span.End), terms);
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count > b.Count) (a, b) = (b, a);
        var dot = 0.0;
        foreach (var (term, w) in a) if (b.TryGetValue(term, out var v)) dot += w * v;
        return dot;
    }
}
