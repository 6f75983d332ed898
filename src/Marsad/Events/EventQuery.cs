namespace Marsad.Events;

/// <summary>Filters of <c>marsad events</c>: type, actor and target (entity ids; or words of the actor's text), modality, outlet, date range.</summary>
public sealed record EventQuery
{
    public PloverType? Type { get; init; }
    public IReadOnlyList<string>? ActorIds { get; init; }
    public string? ActorText { get; init; }
    public IReadOnlyList<string>? TargetIds { get; init; }
    public string? TargetText { get; init; }
    public EventModality? Modality { get; init; }
    public string? Outlet { get; init; }

    /// <summary>Only the events of this article.</summary>
    public string? ArticleId { get; init; }

    /// <summary>Inclusive bounds on the event's date, or the article's publication date when the event has none (yyyy-mm-dd).</summary>
    public string? From { get; init; }
    public string? To { get; init; }
    public int Limit { get; init; } = 50;

    /// <summary>Keyset paging: only events listed after this one (its article and event id) in the list's order.</summary>
    public (string ArticleId, string EventId)? After { get; init; }
}
