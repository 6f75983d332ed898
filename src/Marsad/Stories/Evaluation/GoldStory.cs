namespace Marsad.Stories.Evaluation;

/// <summary>
/// The gold story an article is scored in. An article whose label file gives it no story but gives it an event cluster
/// is in that event's own story (a story of one happening: every stored article is in one story), so two reports of
/// one such happening put in one thread are a found pair, not a false join; an article of another such event is
/// still kept apart from them.
/// </summary>
public static class GoldStory
{
    public static string Of(string? story, string goldEvent)
    {
        ArgumentNullException.ThrowIfNull(goldEvent);
        return story ?? StorylessPrefix + goldEvent;
    }

    /// <summary>Whether a scored story (<see cref="Of"/>) is one the label file gives, not a storyless event's own.</summary>
    public static bool IsLabelled(string scored)
    {
        ArgumentNullException.ThrowIfNull(scored);
        return !scored.StartsWith(StorylessPrefix, StringComparison.Ordinal);
    }

    private const string StorylessPrefix = "none:";
}
