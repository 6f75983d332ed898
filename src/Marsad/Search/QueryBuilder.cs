using Lucene.Net.Index;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace Marsad.Search;

/// <summary>
/// Turns a <see cref="SearchQuery"/> into a Lucene query: the text through Lucene's classic query parser over title
/// (counted double) and text with <see cref="MarsadAnalyzer"/>, every word required unless OR says otherwise; the
/// filters as clauses that must match and add nothing to the score.
/// </summary>
internal static class QueryBuilder
{
    private static readonly string[] s_fields = [SearchFields.Title, SearchFields.Text];
    private static readonly Dictionary<string, float> s_boosts = new() { [SearchFields.Title] = 2f, [SearchFields.Text] = 1f };

    /// <summary>The query's text parsed and its filters checked, before any index is opened: a bad query is refused
    /// alike whether there is an index or not.</summary>
    public static Parsed Parse(SearchQuery query) => new(ParseText(query.Text), [.. Filters(query)]);

    /// <summary>The text query for <paramref name="reader"/>, shaped by the index's word frequencies (<see cref="FrequentTerms"/>)
    /// and its phrases narrowed by the index's word pairs (<see cref="PhrasePairs"/>).</summary>
    public static Query Text(Parsed parsed, IndexReader reader) => PhrasePairs.Shape(FrequentTerms.Shape(parsed.Text, reader), reader);

    /// <summary>The text with the filters as clauses that must match and add nothing to the score (where the filters
    /// are not given to the scorer as accepted documents: <see cref="FilterBits"/>).</summary>
    public static Query WithFilters(Query text, IReadOnlyList<Query> filters)
    {
        if (filters.Count == 0) return text;
        var combined = new BooleanQuery { { text, Occur.MUST } };
        foreach (var filter in filters) combined.Add(new ConstantScoreQuery(filter) { Boost = 0f }, Occur.MUST);
        return combined;
    }

    /// <summary>What the parser makes of a word whose one term is <paramref name="term"/>: the term in title (counted
    /// double) or text, coordination off (<see cref="MultiFieldQueryParser"/>'s expansion of a word into a field each).
    /// For a query of an index term without a word to type (<see cref="CacheWarming"/>); equal to the parsed word's
    /// query (Lucene queries compare by structure).</summary>
    public static Query Word(string term)
    {
        var word = new BooleanQuery(disableCoord: true);
        foreach (var field in s_fields) word.Add(new TermQuery(new Term(field, term)) { Boost = s_boosts[field] }, Occur.SHOULD);
        return word;
    }

    public sealed record Parsed(Query Text, IReadOnlyList<Query> Filters);

    public static Query ParseText(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Trim() == "*") return new MatchAllDocsQuery();
        // One parser per thread, kept: a parser and its analyzer made per query were a search's 16 KB of parsing.
        var parser = t_parser ??= new MarsadQueryParser();
        Query parsed;
        try
        {
            parsed = parser.Parse(WithoutUnsupportedSyntax(text));
        }
        catch (ParseException e)
        {
            throw new SearchException(SearchException.BadQuery, $"The query «{text}» does not parse: {FirstLine(e.Message)} Quote phrases with \"…\", balance parentheses, and put AND, OR, NOT between words.", e);
        }
        finally
        {
            parser.Forget();
        }
        if (parsed is null || parsed is BooleanQuery { Clauses.Count: 0 })
            throw new SearchException(SearchException.EmptyQuery, $"The query «{text}» has no word to search for.");
        return parsed;
    }

    private static IEnumerable<Query> Filters(SearchQuery query)
    {
        if (query.Outlet is { } outlet) yield return new TermQuery(new Term(SearchFields.Outlet, outlet));
        if (query.From is not null || query.To is not null)
        {
            if (query.From is { } f && query.To is { } t && f > t)
                throw new SearchException(SearchException.BadFilter, $"The date range {f:yyyy-MM-dd}..{t:yyyy-MM-dd} is empty: --from comes after --to.");
            yield return NumericRangeQuery.NewInt32Range(SearchFields.Day, Day(query.From), Day(query.To), true, true);
        }
        if (query.Entity is { } entity) yield return new TermQuery(new Term(SearchFields.Entity, entity));
        if (query.EventType is { } type)
        {
            if (!Enum.TryParse<Events.PloverType>(type, ignoreCase: true, out var plover) || int.TryParse(type, out _))
                throw new SearchException(SearchException.BadFilter, $"'{type}' is no PLOVER event type; use one of {string.Join(", ", Enum.GetNames<Events.PloverType>())}.");
            yield return new TermQuery(new Term(SearchFields.EventType, plover.ToString()));
        }
        if (query.Story is { } story) yield return new TermQuery(new Term(SearchFields.Story, story));
    }

    /// <summary>
    /// Lucene syntax beyond what Marsad documents (field:, ^boost, ~fuzzy, /regex/, [ranges], !) would turn a pasted
    /// headline such as «الأردن: هجوم إلكتروني» or «مصر/السودان» into a field or regex query that silently finds
    /// nothing; those characters are punctuation here, as they are to the analyzer.
    /// </summary>
    private static string WithoutUnsupportedSyntax(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
            if (chars[i] is ':' or '^' or '~' or '/' or '\\' or '[' or ']' or '{' or '}' or '!') chars[i] = ' ';
        return new string(chars);
    }

    private static int? Day(DateOnly? day) => day is { } d ? d.Year * 10000 + d.Month * 100 + d.Day : null;

    private static string FirstLine(string message) => message.Split('\n')[0].Trim();

    // Lucene's query parser keeps state while it parses (one thread at a time) and starts afresh on each Parse; the
    // analyzer keeps its token stream per thread, so one serves every parser.
    private static readonly MarsadAnalyzer s_analyzer = new();

    [ThreadStatic]
    private static MarsadQueryParser? t_parser;

    private sealed class MarsadQueryParser : MultiFieldQueryParser
    {
        public MarsadQueryParser() : base(LuceneVersion.LUCENE_48, s_fields, s_analyzer, s_boosts)
        {
            // An analyst typing two words wants articles with both.
            DefaultOperator = Operator.AND;
            // A chunk the text stage splits (مصر/السودان, COVID-19) is searched as the phrase it is.
            AutoGeneratePhraseQueries = true;
            AllowLeadingWildcard = false;
        }

        // Per parenthesis level (the parser's clause list of it), whether each clause came after an OR: OrGroups.
        private readonly Dictionary<IList<BooleanClause>, List<bool>> _joinedByOr = new(ReferenceEqualityComparer.Instance);

        /// <summary>Drops what the last parse noted of its clause lists (a kept parser would hold its queries).</summary>
        public void Forget() => _joinedByOr.Clear();

        protected override void AddClause(IList<BooleanClause> clauses, int conj, int mods, Query q)
        {
            var before = clauses.Count;
            base.AddClause(clauses, conj, mods, q);
            if (clauses.Count == before) return;
            if (!_joinedByOr.TryGetValue(clauses, out var joins)) _joinedByOr[clauses] = joins = [];
            joins.Add(conj == CONJ_OR);
        }

        protected override Query GetBooleanQuery(IList<BooleanClause> clauses, bool disableCoord)
        {
            if (_joinedByOr.TryGetValue(clauses, out var joins)
                && OrGroups.Grouped(clauses, joins, () => NewBooleanQuery(disableCoord), () => NewBooleanQuery(false)) is { } grouped)
                return grouped;
            return base.GetBooleanQuery(clauses, disableCoord);
        }

        // Prefixes are not analysed by Lucene: fold them like terms (هجو* → key form, ٢٠٢* → 202*), but never stem them.
        protected override Query GetPrefixQuery(string field, string termStr) =>
            base.GetPrefixQuery(field, SearchTerms.Prefix(termStr));
    }
}
