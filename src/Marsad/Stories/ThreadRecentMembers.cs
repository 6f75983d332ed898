using Marsad.Storage;

namespace Marsad.Stories;

/// <summary>
/// A story thread's most recent members from a day on (the articles its profile is the mean of,
/// <see cref="StoryOptions.StoryThreadProfile"/>): newest day first, then newest placed first, undated members last.
/// Read along <c>story_assignments_story_day</c> (<see cref="M018_StoryAssignmentDays"/>), so a read stops after the
/// members it keeps and never touches the thread's history; only a thread with fewer dated members in the window than
/// asked for reads on, for its undated ones (by the same index).
/// </summary>
internal static class ThreadRecentMembers
{
    public readonly record struct Member(int? Day, byte[] Terms);

    public static List<Member> Read(StoreTransaction transaction, string story, int windowStart, int limit)
    {
        var members = new List<Member>();
        if (limit <= 0) return members;
        Read(transaction, members, """
            SELECT a.day, s.terms FROM story_assignments a JOIN story_articles s ON s.article_id = a.article_id
            WHERE a.story_id = $story AND a.day >= $from ORDER BY a.day DESC, a.seq DESC LIMIT $limit
            """, ("$story", story), ("$from", windowStart), ("$limit", limit));
        if (members.Count < limit)
            Read(transaction, members, """
                SELECT a.day, s.terms FROM story_assignments a JOIN story_articles s ON s.article_id = a.article_id
                WHERE a.story_id = $story AND a.day IS NULL ORDER BY a.seq DESC LIMIT $limit
                """, ("$story", story), ("$limit", limit - members.Count));
        return members;
    }

    private static void Read(StoreTransaction transaction, List<Member> members, string sql, params (string, object?)[] values)
    {
        using var command = transaction.Command(sql);
        StoreTransaction.Set(command, values);
        using var reader = command.ExecuteReader();
        while (reader.Read()) members.Add(new(reader.IsDBNull(0) ? null : Convert.ToInt32(reader.GetValue(0)), (byte[])reader[1]));
    }
}
