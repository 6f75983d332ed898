using System.Text;
using Marsad.Ingest;
using Marsad.Ingest.Web;

namespace Marsad.Tests.Ingest.Web;

public class FeedReaderTests
{
    private static readonly Uri s_feed = new("https://news.example/feeds/local.xml");

    private static Feed? Read(string xml, out string? failure) =>
        FeedReader.Read(Encoding.UTF8.GetBytes(xml), s_feed, DateOrder.Dmy, out failure);

    [Fact]
    public void An_item_with_an_unreadable_date_keeps_its_link_and_title_and_loses_only_the_date()
    {
        var feed = Read("""
            <rss version="2.0"><channel><title>أخبار</title><link>/</link><description>د</description>
            <item><title>خبر أول</title><link>/news/1</link><pubDate>الثلاثاء صباحاً</pubDate></item>
            <item><title>خبر ثان</title><link>news/2</link><pubDate>Tue, 06 May 2025 11:00:00 +0300</pubDate></item>
            </channel></rss>
            """, out var failure);

        Assert.Null(failure);
        Assert.Equal(
            [new FeedItem(null, new Uri("https://news.example/news/1"), "خبر أول", null),
             new FeedItem(null, new Uri("https://news.example/feeds/news/2"), "خبر ثان", new DateTimeOffset(2025, 5, 6, 11, 0, 0, TimeSpan.FromHours(3)))],
            feed!.Items);
    }

    [Theory]
    [InlineData("<html><body><p>ليست خلاصة</p></body></html>", "neither RSS 2.0")]
    [InlineData("<rss version=\"2.0\"><channel><title>مقطوعة", "")]
    public void What_is_not_a_feed_is_refused_with_a_reason(string xml, string reason)
    {
        Assert.Null(Read(xml, out var failure));
        Assert.Contains(reason, failure);
    }

    [Fact]
    public void Entities_declared_in_a_DTD_are_never_expanded()
    {
        var feed = Read("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY a "ههههههههههههههههههههههههههههههههههههههههه"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>
            <rss version="2.0"><channel><title>&c;</title><link>/</link><description>د</description></channel></rss>
            """, out var failure);

        Assert.True(feed is null || feed.Title is null || feed.Title.Length < 100, $"title of {feed?.Title?.Length} characters");
    }
}
