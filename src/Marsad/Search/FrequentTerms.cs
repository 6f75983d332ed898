using System.Collections.Frozen;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Marsad.LanguageData;

namespace Marsad.Search;

/// <summary>
/// Shapes a parsed text query by what the index holds, before it is searched. Two rewrites:
/// <list type="bullet">
/// <item>A word that occurs in at least half of the articles («في», «من», «أن», «على», «إلى», «عن», «مع», «الذي»: at
/// 292,841 articles these stand in 52–95% of them) selects nothing in a disjunction: «وأنك OR سوف» matched 257,130
/// articles, every one counted into the facets and the near-duplicate groups (22–30 ms of CPU), to rank the few with
/// «سوف» first. As search engines do with such words (Lucene's <c>CommonTermsQuery</c>, Elasticsearch's cutoff
/// frequency), a disjunction of such words and others keeps them as score only: it matches the articles of its other
/// words, and a frequent word lifts those that also hold it (beside one other word, by the very score it had: the
/// coordination factor counts the same clauses). A function word (the list of Resources/Stories/stopwords.txt, as the
/// index holds it) is frequent from <see cref="FunctionWordShare"/>: measured at 292,841 articles, «تطوير OR X» cost
/// 10–14 ms of thread CPU for every listed word in a quarter of the articles or more (هذا 39.8%, كان 31.5%, أو 28.0%),
/// above the 100-query mix's p95, against 3 ms for «تطوير» alone; content words (عمل, منطقة) stay exact up to half.
/// Only in an index of at least <see cref="MinimumArticles"/> articles: in a handful, a share says nothing about a word. A query of frequent words alone, a conjunction (every word required), a phrase and a
/// prefix are searched as written.</item>
/// <item>One required word and rarer excluded words (<c>«إلى NOT محسن»</c>) become the word's fields as optional clauses and
/// the exclusions: the same articles with the same scores (coordination 1/1 before, off after), but Lucene scores a
/// query without a required clause with its bucket scorer, which a large segment can feed the collector out of order
/// (<see cref="HitCollector.OutOfOrderFrom"/>) — it refuses any query with one; and with the fields at the top level
/// it keeps one bucket table, not one per field fed through another (at 292,841 articles «إلى NOT محسن» 14.7–15.1 →
/// 12.3–12.6 ms of thread CPU).</item>
/// </list>
/// </summary>
internal static class FrequentTerms
{
    /// <summary>A word in this share of the articles or more is frequent.</summary>
    public const double Share = 0.5;

    /// <summary>A function word in this share of the articles or more is frequent.</summary>
    public const double FunctionWordShare = 0.25;

    // Terms, as SearchTerms makes them, of the words every article carries whatever it reports (the list the stories
    // step leaves out of its term vectors): «هذا» → هذا, «التي» → الت.
    private static readonly FrozenSet<string> s_functionWords = LanguageFile.DataLines("Stories", "stopwords.txt")
        .SelectMany(line => SearchTerms.Of(line.Text.Trim())).Select(t => t.Term).ToFrozenSet(StringComparer.Ordinal);

    public const int MinimumArticles = 1_000;

    public static Query Shape(Query query, IndexReader reader, int minimumArticles = MinimumArticles)
    {
        if (query is not BooleanQuery boolean || boolean.MinimumNumberShouldMatch != 0) return query;
        var clauses = boolean.Clauses;
        var required = clauses.Count(c => c.Occur == Occur.MUST);
        var optional = clauses.Where(c => c.Occur == Occur.SHOULD).ToList();
        if (required == 1 && optional.Count == 0 && clauses.Count > 1)
            return OutweighsExclusions(clauses, reader) ? WordBesideExclusions(boolean) : query;
        if (required > 0 || optional.Count < 2 || reader.NumDocs < minimumArticles) return query;

        var threshold = (long)Math.Ceiling(Share * reader.NumDocs);
        var functionThreshold = (long)Math.Ceiling(FunctionWordShare * reader.NumDocs);
        var frequent = optional.Where(c => Word(c.Query) is { } word
            && Frequency(reader, word) >= (s_functionWords.Contains(word) ? functionThreshold : threshold)).ToList();
        if (frequent.Count == 0 || frequent.Count == optional.Count) return query;
        var rare = optional.Except(frequent).ToList();
        // The other words as one required part (alone, as it is; several, as their own disjunction), the frequent
        // words beside it as score only: coordination still counts every clause of the original.
        var must = rare.Count == 1 ? rare[0].Query : Rebuilt(boolean, rare, keepBoost: false);
        var shaped = new BooleanQuery(boolean.CoordDisabled) { Boost = boolean.Boost };
        shaped.Add(must, Occur.MUST);
        foreach (var clause in frequent) shaped.Add(clause.Query, Occur.SHOULD);
        foreach (var clause in clauses.Where(c => c.Occur == Occur.MUST_NOT)) shaped.Add(clause.Query, Occur.MUST_NOT);
        return shaped;
    }

    /// <summary>Whether the one required clause is a word in as many articles as each excluded word or more. The bucket
    /// scorer reads every clause's postings whole, excluded ones too, where the in-order scorer only skips the
    /// exclusions to the required clause's matches: «فضاء NOT على» (71 matches) took 12.5 ms of CPU rewritten.</summary>
    private static bool OutweighsExclusions(IList<BooleanClause> clauses, IndexReader reader)
    {
        if (Word(clauses.First(c => c.Occur == Occur.MUST).Query) is not { } word) return false;
        var frequency = Frequency(reader, word);
        return clauses.Where(c => c.Occur == Occur.MUST_NOT).All(c => Word(c.Query) is { } excluded && Frequency(reader, excluded) <= frequency);
    }

    /// <summary>The required word's fields as the optional clauses themselves, beside the exclusions. The word as one
    /// optional clause made the bucket scorer feed a bucket scorer of its own (title OR text) per segment, every match
    /// passed from the inner table to the outer; its fields at the top level are one table. The same scores: the word's
    /// fields were summed without coordination (the parser's expansion), and the query's coordination was 1/1 (one
    /// clause that is not an exclusion), so disabled it multiplies by the same 1; the query norm sums the same squares.
    /// Only for a word as the parser makes it (its fields' term clauses, coordination off, no boost of its own).</summary>
    private static BooleanQuery WordBesideExclusions(BooleanQuery boolean)
    {
        var required = boolean.Clauses.First(c => c.Occur == Occur.MUST).Query;
        if (required is not BooleanQuery { CoordDisabled: true, MinimumNumberShouldMatch: 0 } fields || fields.Boost != 1f
            || Word(fields) is null)
            return Rebuilt(boolean, boolean.Clauses.Select(c => c.Occur == Occur.MUST ? new BooleanClause(c.Query, Occur.SHOULD) : c));
        var flat = new BooleanQuery(disableCoord: true) { Boost = boolean.Boost };
        foreach (var field in fields.Clauses) flat.Add(field.Query, Occur.SHOULD);
        foreach (var clause in boolean.Clauses.Where(c => c.Occur == Occur.MUST_NOT)) flat.Add(clause.Query, Occur.MUST_NOT);
        return flat;
    }

    private static BooleanQuery Rebuilt(BooleanQuery original, IEnumerable<BooleanClause> clauses, bool keepBoost = true)
    {
        var result = new BooleanQuery(original.CoordDisabled);
        if (keepBoost) result.Boost = original.Boost;
        foreach (var clause in clauses) result.Add(clause.Query, clause.Occur);
        return result;
    }

    /// <summary>The word a clause searches, when it is one word over the title and text fields (the parser's
    /// expansion of a word into a field each); null for a phrase, a prefix or a group of words.</summary>
    internal static string? Word(Query query) => query switch
    {
        TermQuery term when term.Term.Field is SearchFields.Text or SearchFields.Title => term.Term.Text,
        BooleanQuery { Clauses.Count: > 0 } fields when fields.Clauses.All(c => c.Occur == Occur.SHOULD && c.Query is TermQuery)
            && fields.Clauses.Select(c => Word(c.Query)).Distinct().ToList() is [{ } word] => word,
        _ => null,
    };

    /// <summary>In how many articles the word stands, in its text or its title (whichever holds it more often).</summary>
    internal static long Frequency(IndexReader reader, string word) =>
        Math.Max(reader.DocFreq(new Term(SearchFields.Text, word)), reader.DocFreq(new Term(SearchFields.Title, word)));
}
