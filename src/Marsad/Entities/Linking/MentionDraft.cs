namespace Marsad.Entities.Linking;

/// <summary>A mention a pass found, in token positions; later passes may relink it before it becomes an <see cref="EntityMention"/>.</summary>
internal sealed class MentionDraft
{
    public int First;
    public int End;

    /// <summary>Letters of proclitics at the start of the first token that are not part of the mention (و، ب، ل).</summary>
    public int Stripped;

    /// <summary>The stripped letters end in the preposition ل before the article written ل alone (للهلال = ل + الهلال).</summary>
    public bool FusedArticle;
    public required string EntityId { get; set; }
    public EntityType Type;
    public MentionKind Kind;
    public required string Rule;
    public double? Confidence;
    public bool Loaded;

    /// <summary>A mention inside another (the nisba of «وزارة الخارجية الألمانية»): it claims no tokens.</summary>
    public bool Nested;

    /// <summary>
    /// The tagger's lone word is a shorter form of a person named in full before it: it takes that person's entity, is a
    /// short name, and its confidence (the tagger's reading of a new person) no longer applies.
    /// </summary>
    public void JoinAsShortName(string entityId, string rule)
    {
        EntityId = entityId;
        Kind = MentionKind.ShortName;
        Rule = rule;
        Confidence = null;
    }
}
