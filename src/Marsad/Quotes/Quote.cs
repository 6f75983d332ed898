using Marsad.Documents;

namespace Marsad.Quotes;

/// <summary>Direct: the content stands between quotation marks. Indirect: reported speech without marks (قال إن…).</summary>
public enum QuoteKind
{
    Direct,
    Indirect,
}

/// <summary>The reporting expression that introduces or follows a quote (وقال، وأضاف، بحسب، نقلاً عن…).</summary>
public sealed record QuoteCue(string Text, TextSpan Span);

/// <summary>
/// Who said it: the mention that names the speaker (for a pronoun subject or a role phrase, the mention it resolves to),
/// linked to an entity when there is one; an unnamed source («مصدر مسؤول») keeps its words with a null entity id.
/// </summary>
public sealed record QuoteSpeaker(string? EntityId, string Text, TextSpan Span);

/// <summary>
/// One quote: <see cref="Span"/> covers the quoted content only (marks excluded; for indirect speech, from after إن/أن to
/// the end of the reported clause), <see cref="Sentence"/> the sentence it starts in. <see cref="Id"/> is stable within
/// the article (q1, q2… in text order).
/// </summary>
public sealed record Quote(string Id, TextSpan Span, string Text, QuoteKind Kind, QuoteCue? Cue, QuoteSpeaker? Speaker, TextSpan Sentence);
