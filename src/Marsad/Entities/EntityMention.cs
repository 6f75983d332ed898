using Marsad.Documents;

namespace Marsad.Entities;

/// <summary>
/// One place in an article that refers to an entity. <see cref="Span"/> is half-open into the original text and
/// leaves out attached proclitics (و، ل، ب…) of its first word; <see cref="Text"/> is the span's text, save that after the
/// preposition ل, where the article is written ل alone and the span starts at it («للهلال» → «لهلال»), the article's alef
/// is put back («الهلال»); <see cref="Rule"/> names the rule or model that produced it.
/// Mentions nested inside another (the nisba in «وزارة الخارجية الألمانية») are kept: they name a different entity.
/// </summary>
public sealed record EntityMention(
    TextSpan Span,
    string Text,
    string EntityId,
    EntityType Type,
    MentionKind Kind,
    double Confidence,
    string Rule,
    int FirstToken,
    int EndToken,
    int SentenceIndex)
{
    /// <summary>The wording is a loaded term for the entity (الاحتلال، الكيان).</summary>
    public bool Loaded { get; init; }
}
