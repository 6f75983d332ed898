using Marsad.Stories;

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
}
