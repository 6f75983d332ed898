using Marsad.Storage.Migrations;

namespace Marsad.Stories;

/// <summary>
/// <c>story_articles_day</c>: the placed articles by the day they are placed at, so the home page finds the stories with
/// the newest articles by reading the newest days backwards (<see cref="StoryRepository.Latest"/>) instead of grouping
/// every assignment of the store.
/// </summary>
internal static class M011_StoriesNewest
{
    public static readonly Migration Migration = new(11, "stories by newest day", """
        CREATE INDEX story_articles_day ON story_articles (day);
        """);
}
