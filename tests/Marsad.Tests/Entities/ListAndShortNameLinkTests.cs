using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>
/// Wrong links of unseen news (issue #9, link7): a role phrase ending one item of a list taking the name that opens the
/// next item with و, a lineage's closing words alone left apart from the full name, a family name alone left apart where
/// two people of the article share it, and a common word written with tanween read as a gazetteer name.
/// </summary>
public sealed class ListAndShortNameLinkTests
{
    private static readonly DateTimeOffset August2015 = new(2015, 8, 3, 9, 0, 0, TimeSpan.FromHours(3));

    private static string[] Entities(string text) =>
        [.. EntityTestPipeline.Analyze(text, August2015).Entities.Where(e => e.Type is EntityType.PER or EntityType.ORG)
            .Select(e => $"{e.Id} [{string.Join(" | ", e.Mentions.Select(m => m.Text))}]")];

    [Fact]
    public void ARoleClosingAnItemOfAListLeavesTheNameAfterAndToTheNextItem() =>
        Assert.Equal(["per:~سالم-الحربي [سالم الحربي]", "per:~فهد-القحطاني [فهد القحطاني]", "per:~عثمان-الزهراني [عثمان الزهراني]"],
            Entities("وانتخب أعضاء الجمعية العمومية سالم الحربي رئيسا للنادي، وفهد القحطاني نائبا للرئيس، وعثمان الزهراني أمينا للصندوق."));

    [Fact]
    public void TheClosingWordsOfALineageAloneAreThePersonNamedInFull() =>
        Assert.Equal(["per:~عبدالرحمن-بن-سليمان-بن-معيقل [عبدالرحمن بن سليمان بن معيقل | بن معيقل]"],
            Entities("وافتتح محافظ المدينة عبدالرحمن بن سليمان بن معيقل المعرض السنوي. وقال بن معيقل إن المعرض يستقبل الزوار يوميا."));

    [Fact]
    public void AFamilyNameAloneIsTheNearestPersonNamedInFullBeforeIt() =>
        Assert.Equal(["per:~دانيال-كارتر [دانيال كارتر | كارتر]", "per:~روبرت-كارتر [روبرت كارتر]"],
            Entities("قتل الشرطي الشاب دانيال كارتر أمس. وكان كارتر طالبا جامعيا. وقال القاضي روبرت كارتر إن التحقيق مستمر."));

    [Fact]
    public void AWordWithTanweenIsNoGazetteerName() =>
        Assert.Empty(Entities("لا ينتظر المحب لسانًا ينطق ولا حرفًا يبين."));
}
