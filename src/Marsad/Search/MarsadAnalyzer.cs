using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace Marsad.Search;

/// <summary>
/// The Lucene analyzer of the search index and of queries: the terms of <see cref="SearchTerms"/>, with their
/// offsets in the original text (before tatweel, diacritics and bidi marks were removed) and one position per word,
/// so phrase queries match words in order. Lucene's own Arabic chain is not used: it strips a few fixed prefixes
/// only, keeps enclitic pronouns, and leaves ٢٠٢٤ and 2024 apart.
/// </summary>
public sealed class MarsadAnalyzer : Analyzer
{
    protected override TokenStreamComponents CreateComponents(string fieldName, TextReader reader) =>
        new(new MarsadTokenizer(reader));

    private sealed class MarsadTokenizer : Tokenizer
    {
        private readonly ICharTermAttribute _term;
        private readonly IOffsetAttribute _offset;
        private readonly IPositionIncrementAttribute _position;
        private IReadOnlyList<SearchTerm> _terms = [];
        private string? _lastText;
        private IReadOnlyList<SearchTerm> _lastTerms = [];
        private int _next;
        private int _textLength;

        public MarsadTokenizer(TextReader reader) : base(reader)
        {
            _term = AddAttribute<ICharTermAttribute>();
            _offset = AddAttribute<IOffsetAttribute>();
            _position = AddAttribute<IPositionIncrementAttribute>();
        }

        public override void Reset()
        {
            base.Reset();
            // The text stage works on a whole text (normalization keeps a map over it), so the field is read at once.
            var text = m_input.ReadToEnd();
            _textLength = text.Length;
            // A query word is analysed once per field it is searched in (title, then text), one after the other on
            // this thread's tokenizer: the same text gives the same terms.
            if (!string.Equals(text, _lastText, StringComparison.Ordinal)) (_lastText, _lastTerms) = (text, SearchTerms.Of(text));
            _terms = _lastTerms;
            _next = 0;
        }

        public override bool IncrementToken()
        {
            ClearAttributes();
            if (_next >= _terms.Count) return false;
            var term = _terms[_next++];
            _term.SetEmpty().Append(term.Term);
            _offset.SetOffset(CorrectOffset(term.Span.Start), CorrectOffset(term.Span.End));
            _position.PositionIncrement = 1;
            return true;
        }

        public override void End()
        {
            base.End();
            var end = CorrectOffset(_textLength);
            _offset.SetOffset(end, end);
        }

        protected override void Dispose(bool disposing)
        {
            base.Dispose(disposing);
            // The last text's terms stay: Lucene disposes a token stream after each field and reuses it for the next.
            if (disposing) _terms = [];
        }
    }
}
