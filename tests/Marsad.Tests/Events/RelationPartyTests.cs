using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// An act about a relation its object names by «بين X و Y», one party being the source's own state, has the other party
/// as its recipient (<c>BetweenParties.OtherOfSource</c>). Sentences written for these tests.
/// </summary>
public sealed class RelationPartyTests
{
    [Fact]
    public void PraiseOfTheRelationsBetweenHisCountryAndAnotherGoesToTheOther() =>
        Assert.Equal(("الرئيس الجزائري[DZA]", "إيطاليا[ITA]"),
            Actors(Only("وأشاد الرئيس الجزائري بالعلاقات المتميزة بين بلاده وإيطاليا.", PloverType.SUPPORT)));

    [Fact]
    public void PraiseOfTheRelationsBetweenTheTwoCountriesGoesToTheOtherOfThePair() =>
        Assert.Equal(("الوزير التونسي[TUN]", "وزير الخارجية الياباني[JPN]"),
            Actors(Only("التقى وزير الخارجية الياباني نظيره التونسي في طوكيو أمس. وأشاد الوزير التونسي بالعلاقات الوثيقة بين البلدين.", PloverType.SUPPORT)));
}
