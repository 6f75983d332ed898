using Marsad.Documents;

namespace Marsad.Events.Incidents;

/// <summary>A phrase of the text saying what an attack did or threatened to do («شل الخدمات العامة»).</summary>
public sealed record IncidentImpact(string Text, TextSpan Span);

/// <summary>Who attributed the attack to its initiator, and how the text presents that attribution.</summary>
public sealed record IncidentAttribution(EventActor By, EventModality Modality);

/// <summary>
/// A cyber incident of one article, built from a cyber event (COERCE/cyber): its victim (the event's target), alleged
/// initiator (its source, or the accused of an accusation), date, impacts, attributions, and the events the text ties
/// to it as responses (ids of events of the same article). <see cref="Key"/> names the incident across articles:
/// victim + initiator + month (see <see cref="IncidentKey"/>).
/// </summary>
public sealed record CyberIncident(
    string Id,
    string EventId,
    EventActor Victim,
    EventActor? Initiator,
    string? Date,
    IReadOnlyList<IncidentImpact> Impacts,
    IReadOnlyList<IncidentAttribution> Attributions,
    IReadOnlyList<string> Responses)
{
    public string Key => IncidentKey.Of(Victim, Initiator, Date);
}

/// <summary>The same incident across articles: same victim, same initiator (or none named), same month.</summary>
public static class IncidentKey
{
    public static string Of(EventActor victim, EventActor? initiator, string? date) =>
        $"{Party(victim)}|{(initiator is null ? "?" : Party(initiator))}|{(date is { Length: >= 7 } ? date[..7] : date ?? "?")}";

    private static string Party(EventActor actor) => actor.Country ?? actor.EntityId ?? actor.Text;
}
