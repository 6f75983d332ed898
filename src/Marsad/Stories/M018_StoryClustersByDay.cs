using Marsad.Storage.Migrations;

namespace Marsad.Stories;

/// <summary>
/// Replaces <c>event_clusters_story</c> (M006) by an index of a thread's clusters by their last day: the thread profile
/// (<see cref="ThreadRecentMembers"/>) walks a thread's clusters newest first and stops after its most recent articles,
/// instead of reading every member the thread ever had (adding an article to a thread of 10,000 members read all of them).
/// </summary>
internal static class M018_StoryClustersByDay
{
    public static readonly Migration Migration = new(18, "story thread clusters by last day", """
        DROP INDEX event_clusters_story;
        CREATE INDEX event_clusters_story_day ON event_clusters (story_id, last_day);
        """);
}
