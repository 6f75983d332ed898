using Marsad.Stories.Duplicates;

namespace Marsad.Stories;

/// <summary>
/// What the story index keeps of one article: the day it is placed at (and where that came from), its words (for exact
/// and near duplicates) and its term weights before inverse document frequency (<see cref="Terms"/>: light stems of
/// content words, title words weighted up, <see cref="Title"/> the headline or the lead's start, <c>@entity-id</c> for each entity, <c>!event</c> signatures when events ran).
/// </summary>
public sealed record StoryProfile(
    string ArticleId,
    string? Outlet,
    string Title,
    int? Day,
    string? DaySource,
    WordSequence Words,
    IReadOnlyDictionary<string, float> Terms);
