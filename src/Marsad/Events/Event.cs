namespace Marsad.Events;

/// <summary>
/// One event of an article, PLOVER-coded: type, mode (null when none fits), nearest CAMEO code, contexts, modality, who
/// it is attributed to, source and target actors, location, date (ISO-8601 value of a time expression of its sentence),
/// and every mention of it in the article (the first is <see cref="Trigger"/>/<see cref="Sentence"/>). <see cref="Id"/>
/// is stable within the article (e1, e2… in text order of first mention).
/// </summary>
public sealed record Event(
    string Id,
    PloverType Type,
    string? Mode,
    string? Cameo,
    IReadOnlyList<string> Contexts,
    EventModality Modality,
    EventAttribution? AttributedTo,
    EventActor? Source,
    EventActor? Target,
    EventLocation? Location,
    string? Date,
    IReadOnlyList<EventMention> Mentions)
{
    public EventMention First => Mentions[0];
}
