using Marsad.Documents;
using Marsad.Stories.Views;

namespace Marsad.Stories.Comparison;

/// <summary>
/// Aligns the sentences of a story's articles into claims. Each clause of a sentence (see <see cref="Clauses"/>) becomes a
/// TF-IDF vector over the same terms the clusterer uses (light stems of content words, numbers), IDF over the story's
/// clauses. Articles are read in timeline order; the clauses of the first start claims, and each clause of a later article
/// joins the one earlier claim (of other articles) it resembles most, when it resembles it (cosine ≥
/// <see cref="Threshold"/> with the claim's first clause), the two share a predicate (<see cref="SharePredicate"/>) and
/// nothing in their sentences sets them in different places or on different days (<see cref="ShareSetting"/>);
/// else it starts a claim. A claim keeps one clause per article, the most similar: a weaker clause of the same article
/// joins its next most similar claim, or starts a claim of its own rather than vanish. Sentences of fewer than three terms (datelines, captions) state no claim.
/// Nor does the outlet's furniture around the report (<see cref="ArticleFurniture"/>: the opening byline, the link back
/// with its title repeated, the tag list, photo credits).
/// </summary>
public static class ClaimAligner
{
    public const double Threshold = 0.2;
    private const int MinimumTerms = 3;

    /// <summary>Content words two clauses must share outside names and dates to say the same thing (without a shared event type).</summary>
    private const int SharedPredicateWords = 2;

    private sealed record Clause(StoryText Text, TextSpan Span, Dictionary<string, double> Terms, HashSet<string> Predicate, HashSet<string> EventTypes)
    {
        /// <summary>The cities, regions and seas its sentence names (a clause's setting is often named elsewhere in its sentence).</summary>
        public HashSet<string> Places { get; init; } = [];

        /// <summary>The days its sentence dates to the day.</summary>
        public HashSet<DateOnly> Days { get; init; } = [];

        /// <summary>The sentence it was cut from.</summary>
        public TextSpan Sentence { get; init; }
    }

    public static IReadOnlyList<(Claim Claim, IReadOnlyList<(StoryText Text, TextSpan Span)> Members)> Align(IReadOnlyList<StoryText> texts)
    {
        var items = new List<Clause>();
        foreach (var text in texts)
        {
            var furniture = ArticleFurniture.Spans(text.Text, text.Tokens);
            foreach (var sentence in text.Sentences)
                items.AddRange(Clauses(text, sentence).Where(c => !furniture.Any(f => f.Contains(c.Span))));
        }
        var df = items.SelectMany(x => x.Terms.Keys).GroupBy(t => t, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var vectors = items.Select(x =>
        {
            var v = x.Terms.ToDictionary(p => p.Key, p => (1 + Math.Log(p.Value)) * (Math.Log((1.0 + items.Count) / (1.0 + df[p.Key])) + 1), StringComparer.Ordinal);
            var norm = Math.Sqrt(v.Values.Sum(w => w * w));
            return v.ToDictionary(p => p.Key, p => p.Value / norm, StringComparer.Ordinal);
        }).ToList();

        // Article by article: each clause may join any earlier claim it resembles (ranked by cosine); the best-scoring
        // (clause, claim) pairs are taken first (the earliest clause, then the earliest claim, on a tie), so a claim takes,
        // of the clauses that reach it, the most similar, and a clause that loses its best claim to a stronger clause of
        // its article falls back to its next (its second-best claim) before it starts a claim of its own. Claims started
        // by an article are not open to its own clauses (an outlet repeating itself is not a second outlet carrying it).
        var claims = new List<List<int>>();
        var reach = new Dictionary<int, (int First, int Last)>();
        foreach (var article in items.Select((x, k) => (x.Text, k)).GroupBy(p => p.Text, p => p.k))
        {
            var open = claims.Count;
            var reachable = new List<(int Item, int Claim, double Score)>();
            foreach (var k in article)
                for (var c = 0; c < open; c++)
                {
                    var anchor = claims[c][0];
                    var s = Cosine(vectors[anchor], vectors[k]);
                    if (s >= Threshold && SharePredicate(items[anchor], items[k]) && ShareSetting(items[anchor], items[k])) reachable.Add((k, c, s));
                }
            var placed = new HashSet<int>();
            var taken = new HashSet<int>();
            foreach (var (k, claim, _) in reachable.OrderByDescending(r => r.Score).ThenBy(r => r.Item).ThenBy(r => r.Claim))
                if (!placed.Contains(k) && taken.Add(claim))
                {
                    placed.Add(k);
                    claims[claim].Add(k);
                }
            JoinNeighbours(items, reachable, claims, placed, reach);
            foreach (var k in article.Where(k => !placed.Contains(k)).Order()) claims.Add([k]);
        }
        JoinLoneNeighbours(items, vectors, claims, reach);
        return [.. claims.Select(members => members.Order().ToList()).OrderBy(m => m[0]).Select(members =>
        {
            var sentences = members.Select(m => (items[m].Text, Span: reach.TryGetValue(m, out var r) ? new TextSpan(items[r.First].Span.Start, items[r.Last].Span.End) : items[m].Span)).ToList();
            var claimSentences = sentences.Select(x => new ClaimSentence(x.Text.Article.Id, x.Text.Article.OutletLabel, x.Span, x.Span.Slice(x.Text.Text).Trim())).ToList();
            var outlets = claimSentences.Select(s => s.Outlet).Distinct().ToList();
            return (new Claim(claimSentences[0].Text, outlets, outlets[0], claimSentences), (IReadOnlyList<(StoryText, TextSpan)>)sentences);
        })];
    }

    /// <summary>
    /// A clause left without a claim whose neighbour in its own sentence won a claim it also reaches joins that claim
    /// with its neighbour (the member's span then covers both): outlets cut one sentence at different commas, so one
    /// outlet's clause often carries what another writes as two («… عندما رفضت السلطات دخول خمسة لاعبين، والأمر يتعلق
    /// بفلان وفلان» against one clause with no comma), and the second half is no claim only one outlet carries.
    /// <paramref name="reach"/> keeps, for each member so widened, the first and last clause it covers.
    /// </summary>
    private static void JoinNeighbours(List<Clause> items, List<(int Item, int Claim, double Score)> reachable, List<List<int>> claims,
        HashSet<int> placed, Dictionary<int, (int First, int Last)> reach)
    {
        for (var changed = true; changed;)
        {
            changed = false;
            foreach (var (k, claim, _) in reachable.OrderByDescending(r => r.Score).ThenBy(r => r.Item).ThenBy(r => r.Claim))
            {
                if (placed.Contains(k)) continue;
                // A claim holds at most one clause of an article: the one this article placed there, if any.
                var member = claims[claim].FindIndex(m => items[m].Text == items[k].Text);
                if (member < 0 || items[claims[claim][member]].Sentence != items[k].Sentence) continue;
                member = claims[claim][member];
                var (first, last) = reach.GetValueOrDefault(member, (member, member));
                if (k != first - 1 && k != last + 1) continue;
                reach[member] = (Math.Min(first, k), Math.Max(last, k));
                placed.Add(k);
                changed = true;
            }
        }
    }

    /// <summary>
    /// The same from the other side: a claim only its first clause carries, next in its sentence to a claim's first
    /// clause (or the run it was widened to) that another article's clause joined, joins that claim when that other clause
    /// also reaches it (the earlier outlet cut at a comma where the later one wrote one clause).
    /// </summary>
    private static void JoinLoneNeighbours(List<Clause> items, List<Dictionary<string, double>> vectors, List<List<int>> claims,
        Dictionary<int, (int First, int Last)> reach)
    {
        for (var changed = true; changed;)
        {
            changed = false;
            for (var b = claims.Count - 1; b >= 0; b--)
            {
                if (claims[b].Count != 1) continue;
                var lone = claims[b][0];
                var target = claims.FindIndex(c => c.Count > 1 && c != claims[b]
                    && items[c[0]].Text == items[lone].Text && items[c[0]].Sentence == items[lone].Sentence
                    && reach.GetValueOrDefault(c[0], (c[0], c[0])) is var (first, last) && (lone == first - 1 || lone == last + 1)
                    && c.Skip(1).Any(m => items[m].Text != items[lone].Text && Cosine(vectors[m], vectors[lone]) >= Threshold
                        && (SharePredicate(items[m], items[lone]) || Continues(items[lone], items[m])) && ShareSetting(items[m], items[lone])));
                if (target < 0) continue;
                var anchor = claims[target][0];
                var (from, to) = reach.GetValueOrDefault(anchor, (anchor, anchor));
                reach[anchor] = (Math.Min(from, lone), Math.Max(to, lone));
                claims.RemoveAt(b);
                changed = true;
            }
        }
    }

    /// <summary>
    /// Whether all but at most one of a short clause's terms are in another clause: the other outlet wrote it inside its
    /// clause («بعد فوزه على الكويت وعمان» in «تصدر … برصيد أربع نقاط بعد فوزه على الكويت وعمان»), though names leave
    /// it too few predicate words of its own to share.
    /// </summary>
    private static bool Continues(Clause part, Clause whole) => part.Terms.Keys.Count(t => !whole.Terms.ContainsKey(t)) <= 1;

    /// <summary>
    /// Whether two clauses say the same thing and not merely name the same people: they share at least
    /// <see cref="SharedPredicateWords"/> content words outside entity mentions and time expressions, or the events step
    /// coded the same kind of event in both. Names and dates recur through a whole story; what is said of them does not.
    /// </summary>
    private static bool SharePredicate(Clause a, Clause b) =>
        a.Predicate.Count(b.Predicate.Contains) >= SharedPredicateWords || a.EventTypes.Overlaps(b.EventTypes);

    /// <summary>
    /// Whether two clauses can tell of one happening by where and when: not when both sentences name places and no place
    /// is named in both, nor when both date a day and no day is in both. Two sentences about «مؤتمر» and «مشاركة» share a
    /// predicate, yet a conference in Berlin and one planned in the Balkans are two conferences.
    /// </summary>
    private static bool ShareSetting(Clause a, Clause b) =>
        (a.Places.Count == 0 || b.Places.Count == 0 || a.Places.Overlaps(b.Places))
        && (a.Days.Count == 0 || b.Days.Count == 0 || a.Days.Overlaps(b.Days));

    /// <summary>
    /// A sentence cut at commas, semicolons and colons into clauses of at least <see cref="MinimumTerms"/> terms (a
    /// shorter piece joins the clause before it, or the next one at the start): a long news sentence often chains two
    /// claims that another outlet reports apart, or only one of.
    /// </summary>
    private static IEnumerable<Clause> Clauses(StoryText text, Text.Sentences.Sentence sentence)
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
        {
            if (terms.Count < MinimumTerms) continue;
            var span = new TextSpan(text.Tokens[first].Span.Start, text.Tokens[end - 1].Span.End);
            var predicate = new HashSet<string>(StringComparer.Ordinal);
            for (var j = first; j < end; j++)
            {
                var token = text.Tokens[j].Span;
                if (text.Mentions.Any(m => m.Overlaps(token)) || text.Times.Any(t => t.Span.Overlaps(token))) continue;
                if (text.Tokens[j].Kind != Text.Tokenization.TokenKind.Number && StoryProfiler.TermOf(text.Tokens[j], text.Words[j]) is { } term) predicate.Add(term);
            }
            var types = text.Events.Where(e => span.Contains(e.Trigger)).Select(e => e.Type).ToHashSet(StringComparer.Ordinal);
            yield return new Clause(text, span, terms, predicate, types)
            {
                Places = [.. PlaceRegions.WithRegions(text.Places.Where(p => sentence.Span.Contains(p.Span)).Select(p => p.EntityId))],
                Days = [.. text.Times.Where(t => sentence.Span.Contains(t.Span) && t.Day is not null).Select(t => t.Day!.Value)],
                Sentence = sentence.Span,
            };
        }
    }

    private static double Cosine(Dictionary<string, double> a, Dictionary<string, double> b)
    {
        if (a.Count > b.Count) (a, b) = (b, a);
        var dot = 0.0;
        foreach (var (term, w) in a) if (b.TryGetValue(term, out var v)) dot += w * v;
        return dot;
    }
}
