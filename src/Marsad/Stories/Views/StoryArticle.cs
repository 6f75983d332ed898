namespace Marsad.Stories.Views;

/// <summary>
/// An article as story views list it. <see cref="Published"/> is the source's date, else the time step's estimate, else
/// the story's estimate (<see cref="Estimated"/> with <see cref="Evidence"/>); <see cref="OutletLabel"/> is the outlet, or
/// for an article whose source named none, its file name, so two unattributed articles still compare as two sources.
/// </summary>
public sealed record StoryArticle(
    string Id,
    string? SourceId,
    string? Outlet,
    string OutletLabel,
    string? Title,
    DateOnly? Published,
    bool Estimated,
    string? Evidence,
    int? Day,
    string ClusterId,
    string StoryId)
{
    /// <summary>Where <see cref="Day"/> came from (<see cref="StoryClock.DayOf"/>: <c>published</c>, a crawl field such as
    /// <c>fetched</c>, or <c>estimated</c> from the text); null when the article has no day.</summary>
    public string? DaySource { get; init; }
}
