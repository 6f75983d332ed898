using System.Text.Json.Nodes;
using Marsad.Analysis;
using Marsad.Documents;
using Marsad.Stories;
using Marsad.Storage;
using Marsad.Tests.Support;

namespace Marsad.Tests.Stories;

/// <summary>A city counts as the region it lies in where the clusterer compares the places of headlines and leads (<see cref="PlaceRegions"/>).</summary>
public sealed class PlaceRegionsTests
{
    [Theory]
    [InlineData("loc:jeddah", "loc:mecca")]
    [InlineData("loc:dammam", "loc:eastern-province")]
    [InlineData("loc:abha", "loc:~عسير")]
    public void ASaudiCityLiesInItsRegion(string city, string region) => Assert.Equal(region, PlaceRegions.RegionOf(city));

    [Theory]
    [InlineData("loc:mecca")]
    [InlineData("loc:berlin")]
    public void ARegionSeatOrAPlaceOutsideTheListHasNoRegion(string place) => Assert.Null(PlaceRegions.RegionOf(place));

    [Fact]
    public void PlacesWithRegionsAddEachRegionOnce() =>
        Assert.Equal(["loc:jeddah", "loc:mecca", "loc:taif"], PlaceRegions.WithRegions(["loc:jeddah", "loc:mecca", "loc:taif"]));

    private static Article Report(string title, string text, string outlet, string fetched) => new()
    {
        Id = ArticleIdentity.Of(text),
        Title = title,
        Text = text,
        Outlet = outlet,
        Extra = new JsonObject { ["fetched"] = fetched },
    };

    // One fire reported twice: one outlet sets it in Jeddah, the other quotes the civil defence of the Makkah region.
    // Before cities counted as their region, the headline places (loc:jeddah; loc:mecca) had nothing in common and the
    // clusterer never joined the two reports, however alike their words.
    [Fact]
    public void AReportSetInACityAndOneSetInItsRegionJoinOneEvent()
    {
        using var target = TestStore.Create(StoreKind.Sqlite);
        using var store = target.Open();
        Article[] reports =
        [
            Report("الدفاع المدني يخمد حريقاً في مستودع للأخشاب بجدة",
                "أخمدت فرق الدفاع المدني في جدة مساء اليوم حريقاً اندلع في مستودع للأخشاب بحي الصناعية دون تسجيل إصابات. "
                + "وأوضح المتحدث الرسمي للدفاع المدني أن ثماني فرق إطفاء شاركت في إخماد حريق مستودع الأخشاب وتبريد الموقع.",
                "okaz", "2015-07-24 10:00:00"),
            Report("مدني منطقة مكة المكرمة يخمد حريق مستودع للأخشاب",
                "أوضح المتحدث الرسمي للدفاع المدني بمنطقة مكة المكرمة أن ثماني فرق إطفاء أخمدت مساء اليوم حريقاً اندلع في مستودع "
                + "للأخشاب بحي الصناعية دون تسجيل إصابات، وشاركت الفرق في إخماد حريق مستودع الأخشاب وتبريد الموقع.",
                "alriyadh", "2015-07-24 18:00:00"),
        ];
        store.Articles.AddBatch(reports);
        new AnalysisStore(store).Save([.. reports.Select(MarsadPipeline.Default.Run)]);

        var placed = new StoryRepository(store).Placements();
        Assert.Equal(("ev-" + reports[0].Id, "ev-" + reports[0].Id), (placed[reports[0].Id].Cluster, placed[reports[1].Id].Cluster));
    }
}
