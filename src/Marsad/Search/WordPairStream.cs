using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Marsad.Search;

/// <summary>The pairs of adjacent terms of a field that are both common words (<see cref="WordPairs"/>) as a token
/// stream: the first term with the second if both are common, the second with the third, and so on.</summary>
internal sealed class WordPairStream : TokenStream
{
    private readonly IReadOnlyList<SearchTerm> _terms;
    private readonly ICharTermAttribute _term;
    private int _next;

    public WordPairStream(IReadOnlyList<SearchTerm> terms)
    {
        _terms = terms;
        _term = AddAttribute<ICharTermAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        _next = 1;
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        while (_next < _terms.Count && !WordPairs.Indexed(_terms[_next - 1].Term, _terms[_next].Term)) _next++;
        if (_next >= _terms.Count) return false;
        _term.SetEmpty().Append(_terms[_next - 1].Term).Append(WordPairs.Separator).Append(_terms[_next].Term);
        _next++;
        return true;
    }
}
