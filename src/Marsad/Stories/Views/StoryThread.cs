namespace Marsad.Stories.Views;

/// <summary>A developing story: its event clusters in date order (undated last), its outlets and date range.</summary>
public sealed record StoryThread(string Id, string? Title, DateOnly? Start, DateOnly? End, IReadOnlyList<string> Outlets, IReadOnlyList<EventCluster> Clusters)
{
    public IEnumerable<StoryArticle> Articles => Clusters.SelectMany(c => c.Articles);
}
