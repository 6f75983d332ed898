using Marsad.Storage.Migrations;

namespace Marsad.Stories;

/// <summary>
/// How central an event cluster is in its story thread (<see cref="StoryHubs"/>): <c>links</c> counts the story links at
/// the story threshold between its articles and those of other clusters of the thread, kept as articles are placed.
/// </summary>
internal static class M017_StoryClusterLinks
{
    public static readonly Migration Migration = new(17, "story thread links per event cluster", """
        ALTER TABLE event_clusters ADD COLUMN links INTEGER NOT NULL DEFAULT 0;
        """);
}
