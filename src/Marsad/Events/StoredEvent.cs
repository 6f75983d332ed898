namespace Marsad.Events;

/// <summary>A stored event with its article (outlet, publication time) and the text of its first sentence.</summary>
public sealed record StoredEvent(string ArticleId, string? Outlet, DateTimeOffset? Published, Event Event, string Sentence);
