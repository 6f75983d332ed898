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
        // people.tsv leaves deputies, spokespeople and a state's religious offices out of scope: their phrase still makes
        // the name next to it the holder, and with no name the office's unnamed holder.
        string[] outOfScope =
        [
            "deputy_foreign_minister", "foreign_ministry_spokesperson",
            "grand_mufti", "grand_imam_al_azhar", "religious_affairs_minister", "religious_affairs_president",
        ];
        var held = G.Entities.SelectMany(e => e.Roles).Select(r => r.Role).ToHashSet();

        Assert.DoesNotContain(DataRows("roles.tsv").Select(f => f[1]).Distinct(), role => !held.Contains(role) && !outOfScope.Contains(role));
    }

    // countries.tsv's header: a state whose name news spells with غ and with ج (أنغولا، أنجولا) has each nisba in both
    // spellings, the folded key joining neither.
    [Fact]
    public void AStateSpelledWithGhainAndWithJeemHasItsNisbaInBothSpellings()
    {
        var missing = new List<string>();
        foreach (var f in DataRows("countries.tsv"))
        {
            var names = f[3].Split('|').Select(n => n.TrimStart('?')).ToHashSet();
            if (!names.Any(n => n.Contains('غ') && names.Contains(n.Replace('غ', 'ج')))) continue;
            var nisbas = f[4].Split('|', StringSplitOptions.RemoveEmptyEntries).ToHashSet();
            foreach (var nisba in nisbas)
                foreach (var (from, to) in new[] { ('غ', 'ج'), ('ج', 'غ') })
                    if (nisba.Contains(from) && !nisbas.Contains(nisba.Replace(from, to)))
                        missing.Add($"{f[0]}: {nisba.Replace(from, to)}");
        }
        Assert.Empty(missing);
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

    // No separate head of government in Iran and the United States.
    private static bool Exempt(string office, string iso) => office == "head_of_government" && iso is "IR" or "US";

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

    // Class 8 of people.tsv: foreign ministers of the G20 states not in class 1, the EU's five most populous states, Algeria,
    // Tunisia, Libya, Sudan, Mauritania and Djibouti. Checked for gaps of three months, like class 7: a new minister often
    // takes office weeks after the last left.
    private static readonly string[] ForeignMinistersOfClassEight =
        ["AR", "AU", "BR", "CA", "IN", "ID", "IT", "JP", "MX", "KR", "ZA", "ES", "PL", "DZ", "TN", "LY", "SD", "MR", "DJ"];

    // The states of classes 2 and 6 whose foreign ministers people.tsv leaves out: none of them may be listed half.
    [Fact]
    public void NoStateWhoseForeignMinistersAreOutOfScopeHasOneListed()
    {
        string[] states = ["AL", "XK", "RS", "HU", "UA", "BY", "AM", "AZ", "PK", "KP", "NL", "ET", "SO", "KM"];
        Assert.All(states, iso => Assert.Empty(G.Holders("foreign_minister", iso, date: null)));
    }

    // Class 9 of people.tsv: the heads of government of the G20 states and of the EU states of ten million people or
    // more, with no gap of three months. Where the president heads the government no separate holder is listed.
    private static readonly string[] PresidentHeadsTheGovernment = ["AR", "BR", "ID", "MX", "ZA", "US"];

    public static TheoryData<string> HeadsOfGovernmentOfClassNine() =>
    [
        .. new[]
        {
            "AU", "CA", "CN", "FR", "DE", "IN", "IT", "JP", "KR", "RU", "SA", "TR", "GB",
            "ES", "PL", "RO", "NL", "BE", "CZ", "SE", "PT", "GR",
        },
    ];

    [Theory]
    [MemberData(nameof(HeadsOfGovernmentOfClassNine))]
    public void G20AndLargeEuStatesHaveAHeadOfGovernmentWithNoGapOfThreeMonths(string iso) =>
        NoCoveredOfficeIsWithoutAHolderForThreeMonthsSince2010("head_of_government", iso);

    [Fact]
    public void WhereThePresidentHeadsTheGovernmentNoSeparateHeadOfGovernmentIsListed() =>
        Assert.All(PresidentHeadsTheGovernment, iso => Assert.Empty(G.Holders("head_of_government", iso, date: null)));

    // Lebanon's presidency was vacant 2014-05..2016-10 and 2022-11..2025-01; Turkey abolished its prime minister in 2018.
    private static bool Vacant(string office, string iso, DateOnly date) => (office, iso) switch
    {
        ("head_of_state", "LB") => date >= new DateOnly(2014, 5, 25) && date < new DateOnly(2016, 10, 31) || date >= new DateOnly(2022, 10, 30),
        ("head_of_government", "TR") => date >= new DateOnly(2018, 7, 9),
        _ => false,
    };

    // Class 7 of people.tsv: a head of state for every state of countries.tsv since 2010. The states whose office has
    // no single holder are left out, with the reason.
    private static readonly Dictionary<string, string> NoSingleHeadOfState = new()
    {
        ["BA"] = "a three-member presidency whose chair rotates every eight months",
        ["SM"] = "two captains regent, replaced every six months",
    };

    // Lebanon's presidency was vacant on both dates (see Vacant).
    public static TheoryData<string> StatesWithOneHead() =>
        [.. DataRows("countries.tsv").Select(f => f[1]).Where(iso => !NoSingleHeadOfState.ContainsKey(iso) && iso != "LB")];

    [Theory]
    [MemberData(nameof(StatesWithOneHead))]
    public void EveryStateHasAHeadOfStateIn2015AndIn2024(string iso)
    {
        Assert.NotEmpty(G.Holders("head_of_state", iso, new DateOnly(2015, 6, 1)));
        Assert.NotEmpty(G.Holders("head_of_state", iso, new DateOnly(2024, 6, 1)));
    }

    // Offices vacant or not yet existing for three months or more since 2010, each with the reason; any other gap of
    // three months between two holders of a covered office is a missing row.
    private static readonly (string Office, string Iso, DateOnly From, DateOnly To, string Why)[] KnownGaps =
    [
        ("head_of_state", "LB", new(2014, 5, 25), new(2016, 10, 31), "presidency vacant"),
        ("head_of_state", "LB", new(2022, 10, 30), new(2025, 1, 9), "presidency vacant"),
        ("head_of_state", "AT", new(2016, 7, 8), new(2017, 1, 26), "office exercised jointly by the three presidents of the National Council"),
        ("head_of_state", "HT", new(2021, 7, 7), new(2024, 4, 30), "presidency vacant after Moïse's assassination until the transitional council"),
        ("head_of_state", "SS", new(2010, 1, 1), new(2011, 7, 9), "independent from 9 July 2011"),
        ("head_of_government", "SD", new(2010, 1, 1), new(2017, 3, 2), "no prime minister until 2017; the president headed the government"),
        ("head_of_government", "SD", new(2019, 4, 11), new(2019, 8, 21), "military council after Bashir's fall"),
        ("head_of_government", "SD", new(2022, 1, 2), new(2025, 5, 19), "vacant or acting ministers after Hamdok's resignation"),
        ("head_of_government", "AF", new(2010, 1, 1), new(2021, 9, 7), "no prime minister in the Islamic Republic; the president headed the government"),
        ("head_of_government", "MM", new(2011, 3, 30), new(2016, 4, 6), "no prime minister; the president headed the government"),
        ("foreign_minister", "SD", new(2019, 4, 11), new(2019, 9, 8), "no minister under the military council after Bashir's fall"),
        ("head_of_government", "TR", new(2018, 7, 9), new(2025, 1, 1), "office abolished; the president heads the government"),
    ];

    // Every state's head of state (class 7 of people.tsv), the heads of government of classes 2 and 7 and the foreign
    // ministers of class 8; classes 1 and 6
    // are checked month by month above.
    public static TheoryData<string, string> GappedOffices()
    {
        var data = new TheoryData<string, string>();
        foreach (var iso in DataRows("countries.tsv").Select(f => f[1]).Where(iso => !NoSingleHeadOfState.ContainsKey(iso)))
            data.Add("head_of_state", iso);
        foreach (var iso in new[] { "DZ", "TN", "LY", "SD", "MR", "SO", "DJ", "PL", "AT", "BE", "DK", "FI", "GR", "IE", "NO", "PT", "SE", "AU", "NZ", "TH", "MY", "BD", "SG", "KH", "AF", "MM", "KR", "VN", "UG" })
            data.Add("head_of_government", iso);
        foreach (var iso in ForeignMinistersOfClassEight)
            data.Add("foreign_minister", iso);
        return data;
    }

    [Theory]
    [MemberData(nameof(GappedOffices))]
    public void NoCoveredOfficeIsWithoutAHolderForThreeMonthsSince2010(string office, string iso)
    {
        DateOnly start = new(2010, 1, 1), end = new(2025, 1, 1);
        var terms = G.Entities.SelectMany(e => e.Roles).Where(r => r.Role == office && r.Iso == iso)
            .Select(r => (From: r.From ?? DateOnly.MinValue, To: r.To ?? DateOnly.MaxValue))
            .Concat(KnownGaps.Where(k => k.Office == office && k.Iso == iso).Select(k => (k.From, k.To)))
            .OrderBy(t => t.From).ToList();
        var gaps = new List<string>();
        var covered = start;
        foreach (var (from, to) in terms)
        {
            if (from > covered && from.DayNumber - covered.DayNumber >= 90 && covered < end) gaps.Add($"{covered}..{from}");
            if (to > covered) covered = to;
        }
        if (covered < end && end.DayNumber - covered.DayNumber >= 90) gaps.Add($"{covered}..");

        Assert.True(gaps.Count == 0, $"{office}@{iso} has no holder for three months or more: {string.Join(", ", gaps)}");
    }

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
