using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Marsad.Search;

/// <summary>
/// Whether Lucene 4.8 could score a query with its bucket scorer (<c>BooleanScorer</c>) when the collector accepts
/// documents out of order: only a boolean query with no required clause and at most one optional clause to match does.
/// For one with a required clause (every conjunction, a word with an exclusion, the text with its filters as
/// clauses) <c>BooleanWeight</c> builds each clause's bulk scorer out of order, up to its first required clause — a
/// bucket table of 2,048 objects (~115 KB) per word, each word a disjunction of its fields — and then throws them
/// away and scores the query in document order, as it would have asked in order; a term or phrase query has one
/// scorer either way. Such a query is therefore asked in order (<see cref="HitCollector.ScoreInOrder"/>): the same
/// scorer, the same matches and scores, without the garbage. A boolean query of one clause is read as the clause,
/// as Lucene rewrites it. And a disjunction whose postings in a segment are fewer than the table holds
/// (<see cref="From"/>: a rare word, a phrase of rare words) is scored in order there (<see cref="Score"/>): its matches
/// fill less than one window of the table, which is allocated for nothing. Both orders sum the same clause scores in
/// a double and round once (<see cref="HitCollector.AcceptsDocsOutOfOrder"/>), so the hits and scores are the same.
/// </summary>
internal static class BucketScoring
{
    /// <summary>True when asking <paramref name="query"/> in document order gives the scorer asking it out of order
    /// gives; false when the bucket scorer may be used (or the query is of a kind not looked into).</summary>
    public static bool InOrderIsTheSame(Query query)
    {
        while (query is BooleanQuery { MinimumNumberShouldMatch: 0, Clauses.Count: 1 } single && single.Clauses[0].Occur != Occur.MUST_NOT)
            query = single.Clauses[0].Query;
        return query switch
        {
            BooleanQuery boolean => boolean.MinimumNumberShouldMatch > 1 || boolean.Clauses.Any(c => c.Occur == Occur.MUST),
            TermQuery or PhraseQuery or MultiPhraseQuery => true,
            _ => false,
        };
    }

    /// <summary>Postings (the in-order scorer's cost: a disjunction's is the sum of its clauses') from which a segment is
    /// scored by the bucket scorer when the collector accepts documents out of order: the table's size, 2,048.</summary>
    public const long From = 2_048;

    /// <summary>Scores one segment into <paramref name="collector"/>, accepting <paramref name="accepted"/> (null: every
    /// document), as <see cref="IndexSearcher"/> does, but in order when the collector would take the bucket scorer
    /// and the segment's postings of the query are fewer than <see cref="From"/>.</summary>
    public static void Score(Weight weight, AtomicReaderContext leaf, IBits? accepted, ICollector collector)
    {
        collector.SetNextReader(leaf);
        if (collector.AcceptsDocsOutOfOrder)
        {
            if (weight.GetScorer(leaf, accepted) is not { } scorer) return;
            if (scorer.GetCost() < From)
            {
                // What Lucene's default bulk scorer does with an in-order scorer.
                collector.SetScorer(scorer);
                for (var doc = scorer.NextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = scorer.NextDoc()) collector.Collect(doc);
                return;
            }
        }
        weight.GetBulkScorer(leaf, !collector.AcceptsDocsOutOfOrder, accepted)?.Score(collector);
    }
}
