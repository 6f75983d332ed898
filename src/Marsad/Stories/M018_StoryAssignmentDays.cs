using Marsad.Storage.Migrations;

namespace Marsad.Stories;

/// <summary>
/// Gives each article's place in a thread its day and order (<c>story_assignments.day</c>, <c>.seq</c>: copies of
/// <c>story_articles</c>', written with the assignment, which is replaced whenever the article is placed again) and
/// replaces <c>story_assignments_story</c> (M006) by an index of a thread's members newest first: the thread profile
/// (<see cref="ThreadRecentMembers"/>) reads its most recent articles and stops, where it read every member the thread
/// ever had and only then filtered them by day.
/// </summary>
internal static class M018_StoryAssignmentDays
{
    public static readonly Migration Migration = new(18, "story thread members by day", """
        ALTER TABLE story_assignments ADD COLUMN day INTEGER;
        ALTER TABLE story_assignments ADD COLUMN seq INTEGER NOT NULL DEFAULT 0;
        UPDATE story_assignments SET
            day = (SELECT s.day FROM story_articles s WHERE s.article_id = story_assignments.article_id),
            seq = coalesce((SELECT s.seq FROM story_articles s WHERE s.article_id = story_assignments.article_id), 0);
        DROP INDEX story_assignments_story;
        CREATE INDEX story_assignments_story_day ON story_assignments (story_id, day, seq);
        """);
}
