using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Marsad.Search;

/// <summary>
/// A boolean query whose disjunctions, asked out of order, are scored by <see cref="BucketDisjunction"/> over a table
/// kept per thread rather than by Lucene's bucket scorer with a table of its own. Everything else is Lucene's
/// <c>BooleanWeight</c>: the same clause weights, normalization, coordination and in-order scorers. Lucene asks a
/// boolean query out of order only when it has no required clause and needs at most one optional clause to match;
/// with a required clause it scores in order (its clauses' out-of-order scorers, which it would build and drop first,
/// are not built here: what is returned is the same, none when a required clause matches nothing).
/// <see cref="Weigh"/> turns every plain boolean query of a rewritten query into one of these and weighs it.
/// </summary>
internal sealed class BucketBooleanQuery(bool disableCoord) : BooleanQuery(disableCoord)
{
    /// <summary>The normalized weight of <paramref name="query"/> as <see cref="IndexSearcher.CreateNormalizedWeight"/>
    /// gives it, its boolean queries (after rewriting) scoring their disjunctions over tables kept per thread.</summary>
    public static Weight Weigh(IndexSearcher searcher, Query query) =>
        searcher.CreateNormalizedWeight(Of(searcher.Rewrite(query)));

    /// <summary><paramref name="query"/> with every <see cref="BooleanQuery"/> (of Lucene's own type) in its tree of
    /// boolean clauses made a <see cref="BucketBooleanQuery"/> with the same clauses, boost, coordination and minimum
    /// to match; any other query as it is.</summary>
    public static Query Of(Query query)
    {
        if (query.GetType() != typeof(BooleanQuery)) return query;
        var boolean = (BooleanQuery)query;
        var result = new BucketBooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
        foreach (var clause in boolean.Clauses) result.Add(Of(clause.Query), clause.Occur);
        return result;
    }

    public override Weight CreateWeight(IndexSearcher searcher) => new BucketWeight(this, searcher);

    private sealed class BucketWeight(BucketBooleanQuery query, IndexSearcher searcher) : BooleanWeight(query, searcher, query.CoordDisabled)
    {
        public override BulkScorer? GetBulkScorer(AtomicReaderContext context, bool scoreDocsInOrder, IBits acceptDocs)
        {
            // In order: Lucene's scorer of the query as a whole (what BooleanWeight returns for these either way).
            if (scoreDocsInOrder || query.MinimumNumberShouldMatch > 1 || query.Clauses.Any(c => c.IsRequired))
                return base.GetBulkScorer(context, scoreDocsInOrder: true, acceptDocs);
            if (query.Clauses.All(c => c.IsProhibited || c.Query is TermQuery) && TryTerms(context, acceptDocs, out var merged)) return merged;
            var optional = new List<BulkScorer>();
            var prohibited = new List<BulkScorer>();
            for (var i = 0; i < m_weights.Count; i++)
            {
                if (m_weights[i].GetBulkScorer(context, false, acceptDocs) is not { } scorer) continue;
                (query.Clauses[i].IsProhibited ? prohibited : optional).Add(scorer);
            }
            return new BucketDisjunction(this, optional, prohibited, CoordFactors(optional.Count), query.MinimumNumberShouldMatch);
        }

        /// <summary>In document order, a disjunction of two terms alone (a word's fields) is a <see cref="TermPairScorer"/>
        /// (what Lucene's simple disjunction scores, without its heap); anything else is Lucene's scorer.</summary>
        public override Scorer? GetScorer(AtomicReaderContext context, IBits acceptDocs)
        {
            if (m_weights.Count != 2 || query.MinimumNumberShouldMatch > 1 || !query.Clauses.All(c => c.Occur == Occur.SHOULD && c.Query is TermQuery))
                return base.GetScorer(context, acceptDocs);
            var first = m_weights[0].GetScorer(context, acceptDocs);
            var second = m_weights[1].GetScorer(context, acceptDocs);
            if (first is null || second is null) return base.GetScorer(context, acceptDocs);
            return new TermPairScorer(this, first, second, CoordFactors(2));
        }

        /// <summary>A disjunction of terms alone (a word's fields), or of a word's two terms less excluded words (a word
        /// beside rarer exclusions, <see cref="FrequentTerms"/>; each exclusion read by its in-order scorer): one merge of their postings (<see cref="TermDisjunction"/>).
        /// False when the shape is not one the merge takes (exclusions beside other than two terms in the segment);
        /// true with null when nothing matches.</summary>
        private bool TryTerms(AtomicReaderContext context, IBits acceptDocs, out TermDisjunction? merged)
        {
            merged = null;
            var terms = new List<Scorer>(m_weights.Count);
            var excluded = new List<Scorer>();
            for (var i = 0; i < m_weights.Count; i++)
                if (m_weights[i].GetScorer(context, acceptDocs) is { } scorer) (query.Clauses[i].IsProhibited ? excluded : terms).Add(scorer);
            if (terms.Count == 0) return true;
            if (excluded.Count > 0 && terms.Count != 2) return false;
            merged = new TermDisjunction(this, terms, CoordFactors(terms.Count), query.MinimumNumberShouldMatch, excluded);
            return true;
        }

        private float[] CoordFactors(int optional)
        {
            var coordFactors = new float[optional + 1];
            for (var i = 0; i < coordFactors.Length; i++) coordFactors[i] = query.CoordDisabled ? 1f : Coord(i, MaxCoord);
            return coordFactors;
        }
    }
}
