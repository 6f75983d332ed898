using Lucene.Net.Index;
using Lucene.Net.Search;

namespace Marsad.Search;

/// <summary>
/// Narrows each phrase of a text query to the articles that hold its adjacent words as pairs (<see cref="WordPairs"/>):
/// a phrase of words in a title or text field becomes that phrase, required, beside its pairs' terms, required and
/// scoring nothing. Lucene's conjunction leads with the cheapest clause, so the pairs' short postings pick the
/// candidates and the phrase reads its words' positions there alone: «"اليوم الأحد"», whose two words each stand in a
/// third of the articles, read both words' positions in every article holding both. Exact: an article holds the phrase
/// only if it holds each of its pairs (and for two words, exactly if), and the score is the phrase's own — the pairs'
/// clause weighs 0, adds 0 and leaves the query norm as it was; coordination is off, as it is for the parser's fields.
/// Only over an index whose every segment has the pair fields (<see cref="IndexDocument.Layout"/> 5 on); an older
/// index is searched with its phrases as written.
/// </summary>
internal static class PhrasePairs
{
    public static Query Shape(Query query, IndexReader reader) => HasPairs(reader) ? Narrowed(query) : query;

    private static bool HasPairs(IndexReader reader)
    {
        if (reader.Leaves.Count == 0) return false;
        foreach (var leaf in reader.Leaves)
        {
            var fields = leaf.AtomicReader.FieldInfos;
            if (fields.FieldInfo(SearchFields.TitlePairs) is null && fields.FieldInfo(SearchFields.TextPairs) is null) return false;
        }
        return true;
    }

    private static Query Narrowed(Query query)
    {
        switch (query)
        {
            case PhraseQuery phrase when Pairs(phrase) is { } pairs:
                return new BooleanQuery(disableCoord: true)
                {
                    { phrase, Occur.MUST },
                    { new ConstantScoreQuery(pairs) { Boost = 0f }, Occur.MUST },
                };
            case BooleanQuery boolean:
                var changed = false;
                var clauses = new List<BooleanClause>(boolean.Clauses.Count);
                foreach (var clause in boolean.Clauses)
                {
                    var narrowed = Narrowed(clause.Query);
                    changed |= !ReferenceEquals(narrowed, clause.Query);
                    clauses.Add(new BooleanClause(narrowed, clause.Occur));
                }
                if (!changed) return query;
                var result = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost, MinimumNumberShouldMatch = boolean.MinimumNumberShouldMatch };
                foreach (var clause in clauses) result.Add(clause);
                return result;
            default:
                return query;
        }
    }

    /// <summary>The pairs' terms of a phrase of adjacent words (no slop, one word a position) in a field that has
    /// pairs, all required; null for any other phrase.</summary>
    private static Query? Pairs(PhraseQuery phrase)
    {
        var terms = phrase.GetTerms();
        var positions = phrase.GetPositions();
        if (terms.Length < 2 || phrase.Slop != 0 || WordPairs.FieldOf(terms[0].Field) is not { } field) return null;
        for (var i = 1; i < terms.Length; i++)
            if (positions[i] != positions[i - 1] + 1 || terms[i].Field != terms[0].Field) return null;
        if (terms.Length == 2) return new TermQuery(new Term(field, WordPairs.Of(terms[0].Text, terms[1].Text)));
        var all = new BooleanQuery(disableCoord: true);
        for (var i = 1; i < terms.Length; i++)
            all.Add(new TermQuery(new Term(field, WordPairs.Of(terms[i - 1].Text, terms[i].Text))), Occur.MUST);
        return all;
    }
}
