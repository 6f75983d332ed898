using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Marsad.Search;

/// <summary>
/// Terms already made by <see cref="SearchTerms"/> handed to Lucene as a field's token stream, one position each:
/// the indexer makes an article's terms once and uses them for the field and for its near-duplicate hash.
/// </summary>
internal sealed class SearchTermStream : TokenStream
{
    private readonly IReadOnlyList<SearchTerm> _terms;
    private readonly ICharTermAttribute _term;
    private readonly IOffsetAttribute _offset;
    private readonly IPositionIncrementAttribute _position;
    private int _next;

    public SearchTermStream(IReadOnlyList<SearchTerm> terms)
    {
        _terms = terms;
        _term = AddAttribute<ICharTermAttribute>();
        _offset = AddAttribute<IOffsetAttribute>();
        _position = AddAttribute<IPositionIncrementAttribute>();
    }

    public override void Reset()
    {
        base.Reset();
        _next = 0;
    }

    public override bool IncrementToken()
    {
        ClearAttributes();
        if (_next >= _terms.Count) return false;
        var term = _terms[_next++];
        _term.SetEmpty().Append(term.Term);
        _offset.SetOffset(term.Span.Start, term.Span.End);
        _position.PositionIncrement = 1;
        return true;
    }
}
