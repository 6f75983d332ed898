using Marsad.Ingest;
using Marsad.Tests.Support;

namespace Marsad.Tests.Ingest;

public sealed class SourceDatesTests
{
    [Theory]
    [InlineData("05/07/2015", DateOrder.Dmy, "2015-07-05T00:00:00+00:00")]
    [InlineData("05/07/2015", DateOrder.Mdy, "2015-05-07T00:00:00+00:00")]
    [InlineData("15/07/05", DateOrder.Ymd, "2015-07-05T00:00:00+00:00")]
    [InlineData("5.7.2015 14:30", DateOrder.Dmy, "2015-07-05T14:30:00+00:00")]
    [InlineData("05-07-2015 02:30 PM +03:00", DateOrder.Dmy, "2015-07-05T14:30:00+03:00")]
    [InlineData("٠٥/٠٧/٢٠١٥", DateOrder.Dmy, "2015-07-05T00:00:00+00:00")]
    [InlineData("2015-07-05T08:30:00+03:00", DateOrder.Mdy, "2015-07-05T08:30:00+03:00")]
    [InlineData("2015/07/05", DateOrder.Dmy, "2015-07-05T00:00:00+00:00")]
    [InlineData("Sun, 05 Jul 2015 10:00:00 GMT", DateOrder.Mdy, "2015-07-05T10:00:00+00:00")]
    [InlineData("الأحد 5 يوليو 2015", DateOrder.Dmy, "2015-07-05T00:00:00+00:00")]
    public void SourceDatesAreReadAsTheSourceMeantThem(string value, DateOrder order, string expected)
    {
        Assert.True(SourceDates.TryParse(value, order, out var time, out var failure), failure);
        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), time);
        Assert.Equal(expected[19..], time.ToString("zzz", System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("13/25/2015", DateOrder.Dmy, "has no such day")]
    [InlineData("25/12/2015", DateOrder.Mdy, "has no such day")]
    [InlineData("قبل ساعتين", DateOrder.Dmy, "not a date")]
    [InlineData("0001-01-01T00:00:00Z", DateOrder.Dmy, "its year 1 cannot be")]
    [InlineData("9999-12-31", DateOrder.Dmy, "its year 9999 cannot be")]
    [InlineData("01/01/0001", DateOrder.Dmy, "its year 1 cannot be")]
    public void UnreadableAndAbsurdDatesAreRefusedWithTheReason(string value, DateOrder order, string reason)
    {
        Assert.False(SourceDates.TryParse(value, order, out _, out var failure));
        Assert.Contains(reason, failure);
    }

    [Fact]
    public void ADayFirstDateInAJsonLineIsFifthOfJulyAndABadOneIsReportedKeptAndFlagged()
    {
        using var folder = new TempFolder();
        var path = folder.Write("feed.jsonl", string.Join("\n",
            $$"""{"id": "a", "published": "05/07/2015", "text": "{{ArabicSamples.Rain}}"}""",
            $$"""{"id": "b", "published": "الأسبوع الماضي", "text": "{{ArabicSamples.Market}}"}""",
            $$"""{"id": "c", "published": "9999-01-01", "text": "{{ArabicSamples.Library}}"}"""));

        var items = ArticleReader.Read([path]).ToList();

        var problems = items.Where(i => i.Problem is not null).Select(i => (i.Problem!.Path, i.Problem.Code, i.Problem.StableCode)).ToList();
        Assert.Equal([($"{path}:2", IngestProblemCodes.UnparseableDate, "MARSAD-I014"), ($"{path}:3", IngestProblemCodes.ImplausibleDate, "MARSAD-I015")], problems);
        var articles = items.Where(i => i.IsArticle).Select(i => i.Article!).ToList();
        Assert.Equal(new DateTimeOffset(2015, 7, 5, 0, 0, 0, TimeSpan.Zero), articles[0].Published);
        Assert.Empty(articles[0].Flags);
        Assert.Equal((null, "الأسبوع الماضي"), (articles[1].Published, articles[1].Extra!["published"]!.GetValue<string>()));
        Assert.Equal([IngestProblemCodes.UnparseableDate], articles[1].Flags);
        Assert.Null(articles[2].Published);
        Assert.Equal([IngestProblemCodes.ImplausibleDate], articles[2].Flags);
        Mojibake.AssertNone(articles.Select(a => a.Text));
    }

    [Fact]
    public void TheCliReadsMonthFirstDatesWhenToldAndSaysWhichOrderItUsed()
    {
        using var folder = new TempFolder();
        folder.Write("in/story.txt", ArabicSamples.Hospital);
        folder.Write("in/story.meta.json", """{"outlet": "الغد", "published": "05/07/2015"}""");

        var result = CliRunner.Run("ingest", folder.File("in"), "--date-order", "mdy", "--data", folder.File("data"), "--json");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("mdy", result.Json().RootElement.GetProperty("date_order").GetString());
        var shown = CliRunner.Run("list", "--data", folder.File("data"), "--json");
        Assert.Contains("2015-05-07", shown.Stdout);
    }
}
