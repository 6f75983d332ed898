using Marsad.Documents;
using Marsad.Events.Incidents;

namespace Marsad.Events;

public static class EventLayers
{
    /// <summary>The article's events, one per real-world event (its mentions merged), in text order of first mention.</summary>
    public static readonly Layer<IReadOnlyList<Event>> Events = new("events");

    /// <summary>Cyber incidents built from the article's cyber events, with impacts, attributions and responses.</summary>
    public static readonly Layer<IReadOnlyList<CyberIncident>> Incidents = new("incidents");
}
