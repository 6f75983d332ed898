using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Marsad.Search;

/// <summary>
/// A conjunction of frequent words («في على»: every word required, each in at least <see cref="FrequentTerms.Share"/>
/// of the articles) searched as the disjunction of its words over the articles that hold every word, those given to
/// the scorer as accepted documents (<see cref="FilterBits"/>, each word's set kept per segment as a filter's is).
/// Lucene scores required clauses in document order, each word's fields fed through a scorer of their own, and at
/// 292,841 articles «في على» (about 230,000 matches) took 35–37 ms of thread CPU, more than twice «على» alone; a
/// disjunction in a large segment goes to the bucket scorer, out of order (<see cref="HitCollector.OutOfOrderFrom"/>).
/// The same articles with the same scores: an accepted article holds every word, so the disjunction's coordination
/// is the conjunction's (all clauses matched), both sum the same clause scores in a double and round once, and the
/// query norm sums the same squares.
/// </summary>
internal static class FrequentConjunction
{
    /// <summary>The words as optional clauses, and the words themselves as the sets an article must be in; null when
    /// the query is no conjunction of frequent words alone (a phrase, a prefix, an exclusion or a rare word is
    /// searched as written: a conjunction leaps over a rare word's few articles).</summary>
    public static (Query Any, IReadOnlyList<Query> Required)? Split(Query text, IndexReader reader, int minimumArticles = FrequentTerms.MinimumArticles)
    {
        if (text is not BooleanQuery { MinimumNumberShouldMatch: 0 } boolean || boolean.Clauses.Count < 2
            || reader.NumDocs < minimumArticles)
            return null;
        var threshold = (long)Math.Ceiling(FrequentTerms.Share * reader.NumDocs);
        if (!boolean.Clauses.All(c => c.Occur == Occur.MUST && FrequentTerms.Word(c.Query) is { } word && FrequentTerms.Frequency(reader, word) >= threshold))
            return null;
        var any = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost };
        foreach (var clause in boolean.Clauses) any.Add(clause.Query, Occur.SHOULD);
        return (any, [.. boolean.Clauses.Select(c => c.Query)]);
    }
}
