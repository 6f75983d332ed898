using Lucene.Net.Search;

namespace Marsad.Search;

/// <summary>
/// What a query asks to see highlighted: its words (terms), its phrases (terms in order) and its prefixes, taken from
/// the parsed query; words under NOT are left out, since no hit has them where they count.
/// </summary>
internal sealed class HighlightTerms
{
    public HashSet<string> Terms { get; } = new(StringComparer.Ordinal);

    public List<string[]> Phrases { get; } = [];

    public List<string> Prefixes { get; } = [];

    public bool IsEmpty => Terms.Count == 0 && Phrases.Count == 0 && Prefixes.Count == 0;

    public static HighlightTerms Of(Query query)
    {
        var result = new HighlightTerms();
        result.Walk(query);
        return result;
    }

    private void Walk(Query query)
    {
        switch (query)
        {
            case BooleanQuery boolean:
                foreach (var clause in boolean.Clauses)
                    if (clause.Occur != Occur.MUST_NOT) Walk(clause.Query);
                break;
            case TermQuery term when term.Term.Field is SearchFields.Text or SearchFields.Title:
                Terms.Add(term.Term.Text);
                break;
            case PhraseQuery phrase:
                var words = phrase.GetTerms().Select(t => t.Text).ToArray();
                if (words.Length > 0 && !Phrases.Any(p => p.SequenceEqual(words))) Phrases.Add(words);
                break;
            case PrefixQuery prefix when !Prefixes.Contains(prefix.Prefix.Text):
                Prefixes.Add(prefix.Prefix.Text);
                break;
        }
    }

    public bool MatchesWord(string term)
    {
        if (Terms.Contains(term)) return true;
        foreach (var prefix in Prefixes)
            if (term.StartsWith(prefix, StringComparison.Ordinal)) return true;
        return false;
    }
}
