using Marsad.Entities;
using Marsad.Entities.Gazetteer;

namespace Marsad.Tests.Entities;

/// <summary>
/// places.tsv promises the seat of every first-level division of some states whose divisions it does not list by name:
/// each state's seats are listed here with their number and where it comes from, the state's capital (countries.tsv)
/// left out of the count.
/// </summary>
public sealed class DivisionSeatTests
{
    private static EntityGazetteer G => EntityGazetteer.Default;

    private sealed record State(string Iso, int Count, string[] Ids);

    private static readonly State[] Seats =
    [
        // Sudan: 18 states (2012), Khartoum the capital's own.
        new("SD", 17,
        [
            "loc:dongola", "loc:ad-damir", "loc:port-sudan", "loc:kassala", "loc:gedaref", "loc:sinja", "loc:ad-damazin",
            "loc:rabak", "loc:wad-madani", "loc:el-obeid", "loc:kadugli", "loc:al-fula", "loc:el-fasher", "loc:nyala",
            "loc:geneina", "loc:zalingei", "loc:ed-daein",
        ]),
        // Morocco: 12 regions (2015), Rabat the capital's own and Laayoune listed under Western Sahara (EH).
        new("MA", 10,
        [
            "loc:tangier", "loc:oujda", "loc:fez", "loc:beni-mellal", "loc:casablanca", "loc:marrakesh", "loc:errachidia",
            "loc:agadir", "loc:guelmim", "loc:dakhla",
        ]),
        // Iran: 31 provinces (Alborz the 31st, 2010), Tehran the capital's own.
        new("IR", 30,
        [
            "loc:karaj", "loc:ardabil", "loc:bushehr", "loc:shahrekord", "loc:tabriz", "loc:shiraz", "loc:rasht", "loc:gorgan",
            "loc:hamadan", "loc:bandar-abbas", "loc:ilam", "loc:isfahan", "loc:kerman", "loc:kermanshah", "loc:ahvaz",
            "loc:yasuj", "loc:sanandaj", "loc:khorramabad", "loc:arak", "loc:sari", "loc:bojnord", "loc:qazvin", "loc:qom",
            "loc:mashhad", "loc:semnan", "loc:zahedan", "loc:birjand", "loc:urmia", "loc:yazd", "loc:zanjan",
        ]),
        // Turkey: the 30 metropolitan municipalities (Law 6360, 2012), Ankara the capital's own.
        new("TR", 29,
        [
            "loc:adana", "loc:antalya", "loc:aydin", "loc:balikesir", "loc:bursa", "loc:denizli", "loc:diyarbakir",
            "loc:erzurum", "loc:eskisehir", "loc:gaziantep", "loc:hatay", "loc:istanbul", "loc:izmir", "loc:kahramanmaras",
            "loc:kayseri", "loc:kocaeli", "loc:konya", "loc:malatya", "loc:manisa", "loc:mardin", "loc:mersin", "loc:mugla",
            "loc:ordu", "loc:sakarya", "loc:samsun", "loc:sanliurfa", "loc:tekirdag", "loc:trabzon", "loc:van",
        ]),
    ];

    public static TheoryData<string> States() => [.. Seats.Select(s => s.Iso)];

    [Theory]
    [MemberData(nameof(States))]
    public void EverySeatOfAStatesDivisionsIsAPlaceOfThatState(string iso)
    {
        var state = Seats.Single(s => s.Iso == iso);
        Assert.Equal(state.Count, state.Ids.Distinct().Count());
        var wrong = state.Ids.Where(id => G.Find(id) is not { Type: EntityType.LOC } e || e.Country != iso).ToList();
        Assert.True(wrong.Count == 0, $"Not a place of {iso} in places.tsv: {string.Join(", ", wrong)}");
    }

    // A seat whose name is also an ordinary word is ?-marked and found after a place word only.
    [Theory]
    [InlineData("وصل الرئيس إلى مدينة زنجان شمال غرب البلاد صباح الأحد.", "loc:zanjan", "زنجان")]
    [InlineData("نزح آلاف المدنيين من الضعين بعد اشتباكات عنيفة.", "loc:ed-daein", "الضعين")]
    [InlineData("أعلنت السلطات حالة التأهب في مدينة ساري بعد الفيضانات.", "loc:sari", "ساري")]
    public void ASeatIsFoundByItsName(string text, string id, string mention) =>
        Assert.Equal([mention], EntityTestPipeline.Analyze(text).Entity(id).Mentions.Select(m => m.Text).ToArray());

    [Fact]
    public void ASeatNamedLikeAnOrdinaryWordIsNoPlaceWithoutAPlaceWord() =>
        Assert.DoesNotContain(EntityTestPipeline.Analyze("القرار ساري المفعول حتى نهاية العام.").Entities, e => e.Id == "loc:sari");
}
