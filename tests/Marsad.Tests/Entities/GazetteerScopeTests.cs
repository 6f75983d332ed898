using Marsad.Entities;
using Marsad.Entities.Gazetteer;

namespace Marsad.Tests.Entities;

/// <summary>
/// The promises the gazetteer files make in their headers: classes covered completely, role codes that exist, no entry
/// twice, state bodies generated for every state, and no row that exists only because a seed article names it.
/// </summary>
public sealed class GazetteerScopeTests
{
    private static EntityGazetteer G => EntityGazetteer.Default;

    // Rows a review found in the data only because ../shared/seeds names them (nobody else of their kind was listed).
    // They must stay out: the seeds pass through titles, roles, context and the tagger instead.
    public static TheoryData<string> SeedOnlyIds =>
    [
        "per:idan-roll", "per:mickey-levy", "per:gaby-portnoy", "per:itamar-eichner", "per:alexander-machkevitch",
        "per:maryam-rajavi", "per:massoud-rajavi", "per:galit-peleg", "org:erg", "org:german-foreign-office",
        "org:israel-cyber-directorate", "loc:durres", "loc:shkodra", "loc:vlore",
    ];

    [Theory]
    [MemberData(nameof(SeedOnlyIds))]
    public void NoRowExistsOnlyBecauseASeedArticleNamesIt(string id) => Assert.Null(G.Find(id));

    [Theory]
    [InlineData("بشكل")]
    [InlineData("ماسكافيتس")]
    [InlineData("ERG")]
    public void NoSeedWordSteersTheRules(string word)
    {
        Assert.Equal(ContextKind.None, G.Context(PhraseKey.Join(PhraseKey.Split(word))));
        Assert.Empty(G.Lookup(PhraseKey.Join(PhraseKey.Split(word))));
    }

    [Fact]
    public void EveryRoleCodeInPeopleHasAPhraseInRoles()
    {
        var phrased = DataRows("roles.tsv").Select(f => f[1]).ToHashSet();
        var unknown = G.Entities.SelectMany(e => e.Roles.Select(r => $"{e.Id}: {r.Role}")).Where(r => !phrased.Contains(r[(r.IndexOf(' ') + 1)..])).ToList();

        Assert.True(unknown.Count == 0, "Role codes missing from roles.tsv:\n" + string.Join("\n", unknown));
    }

    [Fact]
    public void EveryRolePhraseNamesARoleSomeoneHoldsOrAnOfficeWhoseHoldersAreOutOfScope()
    {
        // people.tsv leaves deputies and spokespeople out of scope: their phrase still makes the name next to it the holder.
        string[] outOfScope = ["deputy_foreign_minister", "foreign_ministry_spokesperson"];
        var held = G.Entities.SelectMany(e => e.Roles).Select(r => r.Role).ToHashSet();

        Assert.DoesNotContain(DataRows("roles.tsv").Select(f => f[1]).Distinct(), role => !held.Contains(role) && !outOfScope.Contains(role));
    }

    [Theory]
    [InlineData("people.tsv", 2)]
    [InlineData("organizations.tsv", 2)]
    [InlineData("places.tsv", 3)]
    [InlineData("countries.tsv", 3)]
    public void NoEntityIdOrFullNameIsListedTwice(string file, int namesColumn)
    {
        var rows = DataRows(file).ToList();
        Assert.Empty(rows.GroupBy(f => f[0]).Where(g => g.Count() > 1).Select(g => g.Key));
        var names = rows.SelectMany(f => f[namesColumn].Split('|').Select(n => (Key: PhraseKey.Join(PhraseKey.Split(n.TrimStart('?'))), Id: f[0])))
            .Distinct()
            .GroupBy(n => n.Key)
            .Where(g => g.Select(n => n.Id).Distinct().Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(n => n.Id))}")
            .ToList();
        Assert.True(names.Count == 0, $"Names given to two entities in {file}:\n" + string.Join("\n", names));
    }

    [Fact]
    public void NoLoadedTermOrRolePhraseIsListedTwice()
    {
        foreach (var file in new[] { "loaded.tsv", "roles.tsv" })
            Assert.Empty(DataRows(file).GroupBy(f => PhraseKey.Join(PhraseKey.Split(f[0]))).Where(g => g.Count() > 1).Select(g => g.Key));
    }

    // Class 1 of people.tsv: for these states and offices someone held the office on the first of every month from
    // January 2010 to January 2025, except where the office was vacant, abolished or does not exist.
    public static TheoryData<string, string> CoveredOffices()
    {
        string[] states = ["SA", "AE", "QA", "KW", "BH", "OM", "EG", "JO", "IQ", "SY", "LB", "PS", "YE", "MA", "IR", "IL", "TR", "US", "GB", "FR", "DE", "RU", "CN"];
        string[] offices = ["head_of_state", "head_of_government", "foreign_minister"];
        var data = new TheoryData<string, string>();
        foreach (var iso in states)
            foreach (var office in offices)
                if (!Exempt(office, iso)) data.Add(office, iso);
        return data;
    }

    // No separate head of government in Iran and the United States; Yemen's foreign ministers are out of scope.
    private static bool Exempt(string office, string iso) =>
        office == "head_of_government" && iso is "IR" or "US" || office == "foreign_minister" && iso == "YE";

    [Theory]
    [MemberData(nameof(CoveredOffices))]
    public void CoveredOfficesHaveAHolderEveryMonthSince2010(string office, string iso)
    {
        // One month between two holders is an acting holder of a few weeks, out of scope.
        bool Held(DateOnly date) => G.Holders(office, iso, date).Any();
        var gaps = new List<DateOnly>();
        for (var date = new DateOnly(2010, 1, 1); date <= new DateOnly(2025, 1, 1); date = date.AddMonths(1))
            if (!Held(date) && !Vacant(office, iso, date) && !(Held(date.AddMonths(-1)) && Held(date.AddMonths(1)))) gaps.Add(date);

        Assert.True(gaps.Count == 0, $"{office}@{iso} has no holder on: {string.Join(", ", gaps.Select(d => d.ToString("yyyy-MM")))}");
    }

    // Class 6 of people.tsv: heads of state and government of further states, every month since 2010.
    public static TheoryData<string, string> OtherStatesHeads()
    {
        string[] states = ["AL", "XK", "RS", "HU", "UA", "BY", "AM", "AZ", "IN", "PK", "JP", "KP", "CA", "BR", "IT", "ES", "NL", "ET"];
        var data = new TheoryData<string, string>();
        foreach (var iso in states)
            foreach (var office in new[] { "head_of_state", "head_of_government" })
                if (!(office == "head_of_government" && iso == "BR")) data.Add(office, iso);
        return data;
    }

    [Theory]
    [MemberData(nameof(OtherStatesHeads))]
    public void OtherStatesHeadsHaveAHolderEveryMonthSince2010(string office, string iso) =>
        CoveredOfficesHaveAHolderEveryMonthSince2010(office, iso);

    [Fact]
    public void NoStateOfClassSixHasForeignMinistersListed()
    {
        string[] states = ["AL", "XK", "RS", "HU", "UA", "BY", "AM", "AZ", "IN", "PK", "JP", "KP", "CA", "BR", "IT", "ES", "NL", "ET"];
        Assert.All(states, iso => Assert.Empty(G.Holders("foreign_minister", iso, date: null)));
    }

    // Lebanon's presidency was vacant 2014-05..2016-10 and 2022-11..2025-01; Turkey abolished its prime minister in 2018.
    private static bool Vacant(string office, string iso, DateOnly date) => (office, iso) switch
    {
        ("head_of_state", "LB") => date >= new DateOnly(2014, 5, 25) && date < new DateOnly(2016, 10, 31) || date >= new DateOnly(2022, 10, 30),
        ("head_of_government", "TR") => date >= new DateOnly(2018, 7, 9),
        _ => false,
    };

    [Theory]
    [InlineData("وزارة الخارجية الألمانية", "org:foreign-ministry-germany")]
    [InlineData("الخارجية الإيرانية", "org:foreign-ministry-iran")]
    [InlineData("وزارة خارجية ألبانيا", "org:foreign-ministry-albania")]
    [InlineData("وزارة الخارجية الكورية الشمالية", "org:foreign-ministry-north-korea")]
    [InlineData("وزارة خارجية الولايات المتحدة", "org:state-department")]
    [InlineData("وزارة الخارجية الأمريكية", "org:state-department")]
    [InlineData("الاتحاد المغربي لكرة القدم", "org:football-federation-morocco")]
    [InlineData("وزارة الدفاع التركية", "org:defense-ministry-turkey")]
    public void StateBodiesAreGeneratedForEveryStateFromOnePattern(string name, string id) =>
        Assert.Equal(id, G.FindByName(name)?.Id);

    [Fact]
    public void EveryStateWithANisbaHasAForeignMinistry()
    {
        var states = G.Entities.Where(e => e.Type == EntityType.GPE).ToList();
        var without = states.Where(s => G.Find("org:foreign-ministry-" + s.Id[4..]) is null && G.FindByName("وزارة خارجية " + s.NameAr)?.Type != EntityType.ORG).ToList();

        Assert.Empty(without.Select(s => s.Id));
    }

    private static IEnumerable<string[]> DataRows(string file) =>
        File.ReadLines(GazetteerTests.ResourcePath(file)).Where(l => l.Length > 0 && l[0] != '#').Select(l => l.Split('\t'));
}
