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
/// Only a phrase whose every word stands in <see cref="MinimumShare"/> of the field's articles or more: where one word
/// is rarer, its postings already pick few candidates and the pair's lookup costs more than it saves (at 292,841
/// articles, «"ولي العهد"», ولي in ~5%, 3.2 → 3.8 ms of thread CPU narrowed; «"خادم الحرمين الشريفين"», خادم in ~8%,
/// 5.2 → 6.5; «"أيام العيد"», العيد in ~10%, 5.7 → 3.9; «"على أن"» 36 → 19). Only over an index whose every segment
/// has the pair fields made with this Marsad's common words (<see cref="IndexDocument.Layout"/> 6, the list's fingerprint in the
/// fields' names); an older index is searched with its phrases as written.
/// </summary>
internal static class PhrasePairs
{
    /// <summary>The share of a field's articles each word of a phrase must stand in for the phrase to be narrowed.</summary>
    public const double MinimumShare = 0.1;

    public static Query Shape(Query query, IndexReader reader) => HasPairs(reader) ? Narrowed(query, reader) : query;

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

    private static Query Narrowed(Query query, IndexReader reader)
    {
        switch (query)
        {
            case PhraseQuery phrase when Common(phrase, reader) && Pairs(phrase) is { } pairs:
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
                    var narrowed = Narrowed(clause.Query, reader);
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

    private static bool Common(PhraseQuery phrase, IndexReader reader)
    {
        var least = (long)Math.Ceiling(MinimumShare * reader.NumDocs);
        return phrase.GetTerms().All(term => reader.DocFreq(term) >= least);
    }

    /// <summary>The pairs' terms of a phrase of adjacent common words (no slop, one word a position, every pair
    /// indexed: <see cref="CommonWords"/>) in a field that has pairs, all required; null for any other phrase.</summary>
    private static Query? Pairs(PhraseQuery phrase)
    {
        var terms = phrase.GetTerms();
        var positions = phrase.GetPositions();
        if (terms.Length < 2 || phrase.Slop != 0 || WordPairs.FieldOf(terms[0].Field) is not { } field) return null;
        for (var i = 1; i < terms.Length; i++)
            if (positions[i] != positions[i - 1] + 1 || terms[i].Field != terms[0].Field
                || !WordPairs.Indexed(terms[i - 1].Text, terms[i].Text)) return null;
        if (terms.Length == 2) return new TermQuery(new Term(field, WordPairs.Of(terms[0].Text, terms[1].Text)));
        var all = new BooleanQuery(disableCoord: true);
        for (var i = 1; i < terms.Length; i++)
            all.Add(new TermQuery(new Term(field, WordPairs.Of(terms[i - 1].Text, terms[i].Text))), Occur.MUST);
        return all;
    }
}
