using Marsad.Stories;

namespace Marsad.Tests.Stories;

/// <summary>
/// The story model's place evidence (<see cref="WeightedVector.PlaceCosineWithRegions"/>): a city matches the region it
/// lies in (<see cref="PlaceRegions"/>), so a report set in a city is not a stranger by place to a thread that names its region.
/// </summary>
public sealed class PlaceCosineWithRegionsTests
{
    private static readonly string[] Names = ["@loc:abha", "@loc:~عسير", "@loc:berlin", "@loc:jeddah", "@loc:mecca"];

    // Every term weighs the same (one document frequency), so a vector of one place term has that term's weight as its norm.
    private static WeightedVector Vector(params string[] places)
    {
        var terms = places.Select(p => (Id: Array.IndexOf(Names, p), Weight: 1f)).OrderBy(t => t.Id).ToArray();
        return new WeightedVector(terms, _ => 1, id => TermKinds.Of(Names[id]), 10, null,
            id => PlaceRegions.RegionOf(Names[id][1..]) is { } region ? Array.IndexOf(Names, "@" + region) : -1);
    }

    [Fact]
    public void ACityMatchesTheRegionItLiesInBothWays()
    {
        Assert.Equal(1.0, Vector("@loc:abha").PlaceCosineWithRegions(Vector("@loc:~عسير"), 0), 12);
        Assert.Equal(1.0, Vector("@loc:~عسير").PlaceCosineWithRegions(Vector("@loc:abha"), 0), 12);
        Assert.Equal(0.0, Vector("@loc:abha").Cosine(Vector("@loc:~عسير"), TermKind.Place, 0));
    }

    [Fact]
    public void ACityDoesNotMatchAnotherRegionOrAPlaceAbroad()
    {
        Assert.Equal(0.0, Vector("@loc:jeddah").PlaceCosineWithRegions(Vector("@loc:~عسير"), 0));
        Assert.Equal(0.0, Vector("@loc:abha").PlaceCosineWithRegions(Vector("@loc:berlin"), 0));
    }

    [Fact]
    public void ACityAndItsRegionNamedTogetherCountNoMoreThanOnePlace() =>
        Assert.Equal(1.0, Vector("@loc:jeddah", "@loc:mecca").PlaceCosineWithRegions(Vector("@loc:mecca"), 0), 12);
}
