namespace Marsad.Stories.Evaluation;

/// <summary>
/// Whether a profile link (<see cref="StoryThreadProfile.Seen"/>: a new cluster's article against a thread's profile) is
/// one the article's gold story wants taken: at least half of the thread's labelled members placed before it share the
/// article's gold story (<see cref="GoldStory.Of"/>), so continuing the thread finds at least as many story pairs as it
/// falsely joins. Null when no member placed before it is labelled (the link then teaches nothing). What a story model
/// fitted on profile links learns from (<c>eval-clusters --story-fits profile</c>).
/// </summary>
public static class ProfileLinkLabel
{
    public static bool? Of(string articleStory, IEnumerable<string> earlierMemberStories)
    {
        ArgumentNullException.ThrowIfNull(articleStory);
        ArgumentNullException.ThrowIfNull(earlierMemberStories);
        int members = 0, same = 0;
        foreach (var story in earlierMemberStories)
        {
            members++;
            if (story == articleStory) same++;
        }
        return members == 0 ? null : 2 * same >= members;
    }
}
