using Marsad.Storage;

namespace Marsad.Stories;

/// <summary>
/// The story thread of an added article's event cluster, and the threads it shows to be one story with it. A cluster
/// already placed keeps its thread; a new one continues the thread whose profile it links most strongly
/// (<see cref="StoryThreadProfile"/>), or else the thread it links to most strongly if it is close to that thread's core
/// (<see cref="StoryCore"/>), or starts one. Threads then join it when the article links their profiles as strongly as
/// its own thread's (<see cref="StoryThreadJoin"/>), several of their clusters strongly (<see cref="StoryMerge"/>) or
/// their hubs (<see cref="StoryHubJoin"/>), each when its option is set. Every read is bounded by the options.
/// </summary>
internal sealed class ThreadChoice(StoryOptions options, StoryTerms terms, StoreTransaction transaction, long documents,
    Action<StoryThreadProfile.Seen>? profileLinkSeen = null)
{
    public readonly record struct Choice(string Story, IReadOnlySet<string> Threads);

    /// <param name="clusterStory">The thread of the event cluster the article joined, or null for a new cluster.</param>
    /// <param name="links">The article's story links to the candidates within the window.</param>
    public Choice Choose(string articleId, int? day, WeightedVector vector, string clusterId, string? clusterStory, List<StoryMerge.Link> links)
    {
        var storyId = clusterStory;
        var windowStart = day - options.StoryWindowDays ?? int.MinValue;
        var hubsOf = options.StoryHubs > 0 ? HubsOf(windowStart) : null;
        // The profile links of the candidate threads: to choose a new cluster's thread, and to see parallel threads converge (StoryThreadJoin).
        var profileLinks = options.StoryThreadProfile > 0 && (storyId is null || options.StoryThreadJoin > 0)
            ? ThreadProfileLinks(articleId, storyId is null, vector, day, links, windowStart)
            : null;
        if (storyId is null && profileLinks is not null)
            storyId = StoryThreadProfile.ThreadToContinue(profileLinks, options.StoryThreshold) ?? "st-" + articleId;
        storyId ??= StoryCore.ThreadToContinue(links, options.StoryThreshold, options.StoryCohesion, options.StoryCoreClusters, thread => transaction.Scalar<int?>(
                "SELECT count(*) FROM event_clusters WHERE story_id = $story AND (last_day IS NULL OR last_day >= $from)",
                ("$story", thread), ("$from", windowStart)) ?? 0,
                hubsOf)
            ?? "st-" + articleId;
        var threads = new HashSet<string>(StringComparer.Ordinal) { storyId };
        // Threads whose profile this article links as strongly as its own thread's are one story with it: all join the earliest.
        if (profileLinks is not null && StoryThreadJoin.ThreadsToJoin(storyId, profileLinks, options.StoryThreadJoin) is { Count: > 0 } converging)
        {
            threads.UnionWith(converging);
            var kept = StoryThreadJoin.Kept(threads, thread => transaction.Scalar<int?>("SELECT first_day FROM stories WHERE id = $id", ("$id", thread)));
            foreach (var other in threads.Where(t => t != kept).Order(StringComparer.Ordinal)) StoryMerge.Join(other, kept, transaction);
            storyId = kept;
        }
        // Threads this article shows to be one story with its own join it (several of their clusters reach it strongly).
        foreach (var other in StoryMerge.ThreadsToJoin(storyId, links, options.StoryMergeThreshold, options.StoryMergeSupport, options.StoryMergeShare,
            thread => transaction.Scalar<int?>("SELECT count(*) FROM event_clusters WHERE story_id = $story", ("$story", thread)) ?? 0))
        {
            StoryMerge.Join(other, storyId, transaction);
            threads.Add(other);
        }
        // Parallel threads whose cores this article links join its own (StoryHubJoin), hubs read before any join.
        if (hubsOf is not null)
            foreach (var other in StoryHubJoin.ThreadsToJoin(storyId, clusterId, links, options.StoryHubJoin, hubsOf).Where(t => !threads.Contains(t)))
            {
                StoryMerge.Join(other, storyId, transaction);
                threads.Add(other);
            }
        return new(storyId, threads);
    }

    /// <summary>
    /// A thread's hubs (<see cref="StoryOptions.StoryHubs"/> of its clusters within the window, by <see cref="StoryHubs.Of"/>),
    /// read once per thread for one article.
    /// </summary>
    private Func<string, IReadOnlySet<string>> HubsOf(int windowStart)
    {
        var read = new Dictionary<string, IReadOnlySet<string>>(StringComparer.Ordinal);
        return thread =>
        {
            if (read.TryGetValue(thread, out var hubs)) return hubs;
            var members = new List<StoryHubs.Member>();
            using (var command = transaction.Command("SELECT id, links, size, first_day FROM event_clusters WHERE story_id = $story AND (last_day IS NULL OR last_day >= $from)"))
            {
                StoreTransaction.Set(command, ("$story", thread), ("$from", windowStart));
                using var reader = command.ExecuteReader();
                while (reader.Read())
                    members.Add(new(reader.GetString(0), Convert.ToInt32(reader.GetValue(1)), Convert.ToInt32(reader.GetValue(2)), reader.IsDBNull(3) ? null : Convert.ToInt32(reader.GetValue(3))));
            }
            return read[thread] = StoryHubs.Of(members, options.StoryHubs);
        };
    }

    /// <summary>
    /// The story probability between the article and the profile of each thread it has a candidate in
    /// (<see cref="StoryThreadProfile"/>): the mean vector of the thread's <see cref="StoryOptions.StoryThreadProfile"/>
    /// most recent articles within the window, days apart counted to the nearest of them, never the same outlet. Each
    /// thread is one bounded read, so the cost stays that of the candidates, not of the store.
    /// </summary>
    /// <param name="choosing">Whether the links choose a new cluster's thread (then each is shown to <c>profileLinkSeen</c>).</param>
    private List<StoryThreadProfile.Link> ThreadProfileLinks(string articleId, bool choosing, WeightedVector vector, int? day, List<StoryMerge.Link> links, int windowStart)
    {
        var found = new List<StoryThreadProfile.Link>();
        foreach (var thread in links.Select(l => l.Story).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            if (MeanOf(thread, day, ThreadRecentMembers.Read(transaction, thread, windowStart, options.StoryThreadProfile)) is not { } mean) continue;
            var evidence = StoryLinkEvidence.OfProfile(options, mean.EvidenceFrom(vector, day, null, 0), vector, mean.Vector, documents);
            if (choosing) profileLinkSeen?.Invoke(new(articleId, thread, evidence));
            found.Add(new(thread, options.StoryModel.Probability(evidence)));
        }
        return found;
    }

    /// <summary>
    /// The profile of a thread: the mean vector of its most recent members within the window (read by
    /// <see cref="ThreadRecentMembers"/>, newest first, so the cost does not grow with its history), dated as the member
    /// nearest to <paramref name="day"/>, with no outlet; null when it has none there.
    /// </summary>
    private StoryCandidate? MeanOf(string id, int? day, List<ThreadRecentMembers.Member> members)
    {
        if (members.Count == 0) return null;
        var decoded = members.Select(m => (m.Day, Terms: TermBlob.Decode(m.Terms))).ToList();
        terms.Read(decoded.SelectMany(m => m.Terms).Select(t => t.Id), transaction);
        var mean = WeightedVector.Mean([.. decoded.Select(m => terms.Vector(m.Terms, documents))]);
        var days = decoded.Where(m => m.Day is not null).Select(m => m.Day!.Value).ToList();
        int? nearest = day is { } d && days.Count > 0 ? days.MinBy(x => Math.Abs(x - d)) : null;
        return new StoryCandidate(id, null, nearest, "", id, mean);
    }
}
