using Marsad.Documents;

namespace Marsad.Events;

/// <summary>
/// The source or target of an event: the words that name it in the sentence (<see cref="Span"/> into the original text),
/// the entity they link to when there is one, the state it belongs to (ISO 3166 alpha-3) and its sector (GOV, MIL, DIP,
/// MED, OPP… see Resources/Events/sectors.tsv and actor-nouns.tsv) when known.
/// </summary>
public sealed record EventActor(string? EntityId, string Text, TextSpan Span, string? Country, string? Sector)
{
    /// <summary>Same actor for merging mentions: same entity, else same country and sector, else same words.</summary>
    public bool SameAs(EventActor other) =>
        EntityId is not null && other.EntityId is not null ? EntityId == other.EntityId
        : Country is not null && other.Country is not null ? Country == other.Country && (Sector is null || other.Sector is null || Sector == other.Sector)
        : Text == other.Text;
}

/// <summary>Who an event is attributed to when it is reported: the quote's speaker or the source of an attribution.</summary>
public sealed record EventAttribution(string? EntityId, string Text);

/// <summary>Where an event took place: a place mention in its sentence.</summary>
public sealed record EventLocation(string? EntityId, string Text);

/// <summary>One place in the article that reports the event: its trigger words and the sentence around them.</summary>
public sealed record EventMention(string TriggerText, TextSpan Trigger, TextSpan Sentence);
