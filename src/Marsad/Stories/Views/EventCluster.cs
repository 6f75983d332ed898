namespace Marsad.Stories.Views;

/// <summary>One happening and the articles that reported it. <see cref="Date"/> is its earliest dated article's date.</summary>
public sealed record EventCluster(string Id, string? Title, DateOnly? Date, IReadOnlyList<StoryArticle> Articles);
