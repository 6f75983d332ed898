using Marsad.Documents;

namespace Marsad.Quotes;

/// <summary>
/// Words between a pair of quotation marks: <see cref="Open"/> and <see cref="Close"/> are the marks' token indices,
/// <see cref="Content"/> the span from the first to the last token between them (the marks and the spaces inside them
/// left out). Only outermost pairs are kept: marks nested in a quote belong to its words.
/// </summary>
public sealed record QuotedSegment(int Open, int Close, TextSpan Content)
{
    public int FirstToken => Open + 1;

    public int EndToken => Close;

    public int WordCount { get; init; }
}
