using Marsad.Documents;

namespace Marsad.Quotes;

/// <summary>What a cue introduces: the content tokens [<see cref="First"/>, <see cref="End"/>), its span and kind, and the
/// quoted segment it is when direct.</summary>
internal sealed record ReportedContent(int First, int End, TextSpan Span, QuoteKind Kind, QuotedSegment? Segment);
