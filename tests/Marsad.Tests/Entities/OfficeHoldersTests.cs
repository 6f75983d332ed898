using Marsad.Entities.Gazetteer;
using Xunit;

namespace Marsad.Tests.Entities;

/// <summary>
/// The office-holder index answers exactly what reading every entity's tenures answers, in gazetteer order.
/// </summary>
public sealed class OfficeHoldersTests
{
    private static EntityGazetteer G => EntityGazetteer.Default;

    private static List<string> ByReadingEveryEntity(string role, string iso, DateOnly? date) =>
    [
        .. G.Entities.Where(e => e.Roles.Any(r => r.Role == role && string.Equals(r.Iso, iso, StringComparison.OrdinalIgnoreCase)
                                                  && (date is null || r.HeldOn(date.Value))))
            .Select(e => e.Id),
    ];

    [Fact]
    public void EveryOfficeOnEveryDateHasTheHoldersTheTenuresGive()
    {
        var offices = G.Entities.SelectMany(e => e.Roles).Select(r => (r.Role, r.Iso)).Distinct().ToList();
        DateOnly?[] dates = [null, new(2011, 3, 1), new(2015, 6, 1), new(2019, 1, 15), new(2022, 9, 12), new(2024, 6, 11)];

        Assert.True(offices.Count > 100, $"only {offices.Count} offices");
        foreach (var (role, iso) in offices)
            foreach (var date in dates)
                Assert.Equal(ByReadingEveryEntity(role, iso, date), [.. G.Holders(role, iso, date).Select(e => e.Id)]);
    }

    [Fact]
    public void AStateCodeIsComparedIgnoringCase() =>
        Assert.Equal("per:edi-rama", Assert.Single(G.Holders("head_of_government", "al", new DateOnly(2022, 9, 12))).Id);

    [Fact]
    public void APersonWhoHeldAnOfficeTwiceIsOneHolder()
    {
        var terms = G.Find("per:benjamin-netanyahu")!.Roles.Count(r => r.Role == "head_of_government" && r.Iso == "IL");
        var holders = G.Holders("head_of_government", "IL", date: null).Select(e => e.Id).ToList();

        Assert.True(terms >= 2, $"{terms} terms");
        Assert.Equal(1, holders.Count(id => id == "per:benjamin-netanyahu"));
    }

    [Fact]
    public void AnOfficeNoOneHoldsHasNoHolders() =>
        Assert.Empty(G.Holders("head_of_state", "ZZ", new DateOnly(2020, 1, 1)));
}
