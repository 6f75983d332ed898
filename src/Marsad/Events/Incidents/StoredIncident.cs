namespace Marsad.Events.Incidents;

/// <summary>An incident across articles, with every article (and outlet) that reports it.</summary>
public sealed record StoredIncident(string Id, string IncidentJson, IReadOnlyList<(string ArticleId, string? Outlet, DateTimeOffset? Published)> Articles);
