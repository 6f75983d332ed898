using Marsad.Documents;

namespace Marsad.Stories.Duplicates;

/// <summary>A run of words two articles share verbatim: its span in each article's original text, and its length in words.</summary>
public sealed record SharedPassage(TextSpan First, TextSpan Second, int Words);
