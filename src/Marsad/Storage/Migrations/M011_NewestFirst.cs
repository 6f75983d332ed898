namespace Marsad.Storage.Migrations;

/// <summary>
/// Indexes the web pages read newest first at 30,000 articles. <c>story_articles_day</c>: the placed articles by the day
/// they are placed at, so the home page finds the stories with the newest articles by reading the newest days backwards
/// (<see cref="Stories.StoryRepository.Latest"/>) instead of grouping every assignment. <c>events_article_trigger</c>:
/// the keys the events list sorts on, so sorting a page's keys reads no event rows (<see cref="Events.EventRepository.List"/>).
/// </summary>
internal static class M011_NewestFirst
{
    public static readonly Migration Migration = new(11, "indexes read newest first", """
        CREATE INDEX story_articles_day ON story_articles (day);
        CREATE INDEX events_article_trigger ON events (article_id, trigger_start, id);
        """);
}
