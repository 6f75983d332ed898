namespace Marsad.Tests.Events;

/// <summary>
/// An article that tells history, its dates all centuries old and none of the present age, codes no event
/// (Events.Domain.HistoryFilter); a news report that names old dates beside a time of today keeps its acts.
/// </summary>
public sealed class HistoryArticleTests
{
    [Fact]
    public void AnArticleOfOldDatesOnlyCodesNoEvent() =>
        Assert.Empty(EventTestPipeline.DescribeAll(
            "ولد الملك عام 1120 في قصر أبيه. وبعد أن تولى العرش هاجم جيشه المدن الساحلية ودمرها، ثم وقع معاهدة صلح مع جيرانه. وتوفي عام 1180."));

    [Fact]
    public void AnOldCenturyAndAYearBesideYesterdayStayNews() =>
        Assert.Equal(["ASSAULT/- asserted مسلحون[-] → معبدا أثريا[-] 2024-03-09"],
            EventTestPipeline.DescribeAll("هاجم مسلحون أمس معبدا أثريا بني عام 150 في القرن الثاني الميلادي."));

    [Fact]
    public void AYearOfThePresentAgeMakesTheArticleNews() =>
        Assert.Equal(["ASSAULT 2024-01-05"],
            EventTestPipeline.Events("بنيت القلعة عام 1120 ورممت عام 1180. وفي الخامس من يناير 2024 هاجم الجيش القلعة وهي خالية.")
                .Select(e => $"{e.Type} {e.Date ?? "-"}"));
}
