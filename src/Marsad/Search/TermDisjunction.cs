using Lucene.Net.Search;

namespace Marsad.Search;

/// <summary>
/// Scores a disjunction of terms alone (a query word: its title and text terms; no exclusion) that is asked out of
/// order as one merge of the terms' postings in document order, instead of <see cref="BucketDisjunction"/>'s windows:
/// each document's term scores read straight from the terms' scorers, without a table to fill and read back, a
/// collector per clause and a bulk scorer per term between them. The sums are the bucket scorer's: each document's
/// matching terms' scores added in a double in the order it keeps its clauses (the last first), multiplied by the
/// coordination factor of the number matched and rounded once to a float; documents at or past the caller's end are
/// left for its next call. So the matches and scores are the same; only the order the documents are handed on in
/// (document order here) differs, which a collector that takes them out of order does not depend on.
/// </summary>
internal sealed class TermDisjunction : BulkScorer
{
    private readonly Scorer[] _terms;
    private readonly int[] _docs;
    private readonly float[] _coordFactors;
    private readonly int _minimumShouldMatch;
    private readonly HandedOnHit _hit;
    private readonly ExcludedTerms? _excluded;

    /// <param name="terms">The terms' in-order scorers, in the order the query holds its clauses.</param>
    /// <param name="coordFactors">The factor for each number of terms matched, 0 to all.</param>
    /// <param name="excluded">In-order scorers of excluded clauses: a document any of them matches is passed over (only
    /// beside two terms).</param>
    public TermDisjunction(Weight weight, IList<Scorer> terms, float[] coordFactors, int minimumShouldMatch, IList<Scorer>? excluded = null)
    {
        if (excluded is { Count: > 0 })
        {
            if (terms.Count != 2) throw new ArgumentException("Exclusions are taken beside two terms only.", nameof(excluded));
            _excluded = new ExcludedTerms([.. excluded]);
        }
        // The bucket scorer sums its optional clauses last first.
        _terms = [.. terms.Reverse()];
        _docs = new int[_terms.Length];
        for (var i = 0; i < _terms.Length; i++) _docs[i] = _terms[i].NextDoc();
        _coordFactors = coordFactors;
        _minimumShouldMatch = minimumShouldMatch;
        _hit = new HandedOnHit(weight);
    }

    public override bool Score(ICollector collector, int max)
    {
        collector.SetScorer(_hit);
        if (_terms.Length == 2) return _excluded is { } excluded ? ScoreTwo(collector, max, excluded) : ScoreTwo(collector, max, default(NoneExcluded));
        var terms = _terms;
        var docs = _docs;
        while (true)
        {
            var doc = DocIdSetIterator.NO_MORE_DOCS;
            foreach (var d in docs)
                if (d < doc) doc = d;
            if (doc == DocIdSetIterator.NO_MORE_DOCS) return false;
            if (doc >= max) return true;
            var score = 0d;
            var matched = 0;
            for (var i = 0; i < terms.Length; i++)
            {
                if (docs[i] != doc) continue;
                score += terms[i].GetScore();
                matched++;
                docs[i] = terms[i].NextDoc();
            }
            if (matched < _minimumShouldMatch) continue;
            _hit.Doc = doc;
            _hit.Value = (float)(score * _coordFactors[matched]);
            _hit.Matched = matched;
            collector.Collect(doc);
        }
    }

    /// <summary>The merge of a word's two terms (title and text), the common case, with the two current documents in
    /// locals and one comparison choosing which scorer moves: the general loop's array scans and bounds checks were
    /// its largest cost for a word in most articles. The same sums in the same order. <typeparamref name="TExcluded"/>
    /// is a struct when nothing is excluded, so the check compiles away there.</summary>
    private bool ScoreTwo<TExcluded>(ICollector collector, int max, TExcluded excluded) where TExcluded : IExcludedDocuments
    {
        Scorer first = _terms[0], second = _terms[1];
        int firstDoc = _docs[0], secondDoc = _docs[1];
        var coordFactors = _coordFactors;
        var minimum = _minimumShouldMatch;
        var hit = _hit;
        try
        {
            while (true)
            {
                int doc, matched;
                double score;
                if (firstDoc < secondDoc)
                {
                    if (firstDoc >= max) return true;
                    doc = firstDoc;
                    score = first.GetScore();
                    matched = 1;
                    firstDoc = first.NextDoc();
                }
                else if (secondDoc < firstDoc)
                {
                    if (secondDoc >= max) return true;
                    doc = secondDoc;
                    score = second.GetScore();
                    matched = 1;
                    secondDoc = second.NextDoc();
                }
                else
                {
                    if (firstDoc == DocIdSetIterator.NO_MORE_DOCS) return false;
                    if (firstDoc >= max) return true;
                    doc = firstDoc;
                    score = first.GetScore();
                    score += second.GetScore();
                    matched = 2;
                    firstDoc = first.NextDoc();
                    secondDoc = second.NextDoc();
                }
                if (matched < minimum || excluded.Excludes(doc)) continue;
                hit.Doc = doc;
                hit.Value = (float)(score * coordFactors[matched]);
                hit.Matched = matched;
                collector.Collect(doc);
            }
        }
        finally
        {
            _docs[0] = firstDoc;
            _docs[1] = secondDoc;
        }
    }

    private interface IExcludedDocuments
    {
        bool Excludes(int doc);
    }

    private readonly struct NoneExcluded : IExcludedDocuments
    {
        public bool Excludes(int doc) => false;
    }

    /// <summary>Excluded clauses read in document order as the merge passes their documents: each moved only up to the
    /// document checked, so a rare exclusion costs a comparison per match.</summary>
    private sealed class ExcludedTerms(Scorer[] terms) : IExcludedDocuments
    {
        private readonly int[] _docs = [.. terms.Select(_ => -1)];

        public bool Excludes(int doc)
        {
            for (var i = 0; i < terms.Length; i++)
            {
                if (_docs[i] < doc) _docs[i] = terms[i].Advance(doc);
                if (_docs[i] == doc) return true;
            }
            return false;
        }
    }
}
