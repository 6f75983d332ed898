namespace Marsad.Entities;

/// <summary>An entity as the store knows it across every analysed article.</summary>
public sealed record StoredEntity(
    string Id,
    EntityType Type,
    string NameAr,
    string? NameEn,
    bool Known,
    long MentionCount,
    long ArticleCount,
    IReadOnlyList<string> Aliases);

/// <summary>A stored mention with the sentence it stands in and the article it comes from.</summary>
public sealed record StoredMention(
    string ArticleId,
    string? Outlet,
    string? Title,
    DateTimeOffset? Published,
    int Start,
    int End,
    string Text,
    MentionKind Kind,
    string Rule,
    double Confidence,
    bool Loaded,
    int SentenceStart,
    int SentenceEnd,
    string Sentence);

/// <summary>An entity mentioned beside another, with the number of the articles looked at that mention both.</summary>
public sealed record CoOccurrence(string Id, EntityType Type, string NameAr, string? NameEn, int Articles);
