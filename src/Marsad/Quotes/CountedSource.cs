using Marsad.Text.Tokenization;

namespace Marsad.Quotes;

/// <summary>
/// «يرى 45 في المائة من المشاركين أن…», «وقال 12 نائبا إن…», «ويعتقد 60% من المستطلعين أن…»: a number right after the
/// verb heads its subject, a counted group or a share of a poll, which is an unnamed source kept as its words (entity id
/// null), not the last speaker. The words run from the number to what ends the subject before the report: a
/// complementiser, a cue, a comma or a colon within <see cref="MaxWords"/> tokens; a number running on further, or into a
/// quotation mark («تابع 25 مليون مشاهد عبر محطة «فوكس»»: the verb's object) or into a conjunction with its complementiser
/// («تبلغ 987 حصانا كما أنها»: a clause of its own), names no subject.
/// </summary>
internal sealed class CountedSource(QuoteContext context)
{
    /// <summary>Tokens a counted subject holds at most: «37 في المائة من المستطلعين من صانعي القرار حول العالم».</summary>
    private const int MaxWords = 12;

    private readonly QuoteContext _c = context;

    public SpeakerPhrase? At(int first, int sentenceEnd)
    {
        if (first >= sentenceEnd || _c.Tokens[first].Kind != TokenKind.Number || _c.InTime(first)) return null;
        for (var end = first + 1; end < sentenceEnd && end - first <= MaxWords; end++)
        {
            var token = _c.Tokens[end];
            if (token.Kind is TokenKind.Number or TokenKind.Symbol) continue;
            if (!_c.IsWord(end)) return _c.IsComma(end) || _c.IsColon(end) ? Phrase(first, end) : null;
            if (_c.Lexicon.IsComplementizer(token.Key)) return _c.Lexicon.IsConjunctionFrame(_c.Key(end - 1)) ? null : Phrase(first, end);
            if (_c.Lexicon.Cue(token.Key) is not null) return Phrase(first, end);
        }
        return null;
    }

    private SpeakerPhrase? Phrase(int first, int end)
    {
        // The number alone names nobody: «قال 2015 إن» is no subject.
        if (end - first < 2) return null;
        var span = _c.Span(first, end);
        return new SpeakerPhrase(first, end, new QuoteSpeaker(null, span.Slice(_c.Input.Text), span));
    }
}
