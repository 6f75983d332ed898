using Marsad.Entities;
using Marsad.Entities.Linking;

namespace Marsad.Tests.Entities;

/// <summary>
/// Names of a lineage (محمد بن سلمان بن عبد العزيز): a word before بن is a first name even where it is also an office
/// or a common word, the name after بن is the father's and no mention of him, and a person named again with fewer links
/// of the lineage is the same person. Also the junk a role phrase used to take for a name after it: a common word with
/// a pronoun suffix (شكره وتقديره) and the item after و.
/// </summary>
public sealed class LineageNameTests
{
    private static readonly DateTimeOffset August2015 = new(2015, 8, 3, 9, 0, 0, TimeSpan.FromHours(3));

    private static string[] People(string text) =>
        [.. EntityTestPipeline.Analyze(text, August2015).Entities.Where(e => e.Type == EntityType.PER)
            .Select(e => $"{e.Id} [{string.Join(" | ", e.Mentions.Select(m => m.Text))}]")];

    [Fact]
    public void AnOfficeWordThatOpensALineageIsTheFirstName() =>
        Assert.Equal(["per:~سلطان-بن-ناصر-القحطاني [سلطان بن ناصر القحطاني]"],
            People("وألقى سلطان بن ناصر القحطاني كلمة رحب فيها بالضيوف."));

    [Fact]
    public void AKnownPersonsNameAfterBinIsTheFatherInsideTheSonsName() =>
        Assert.Equal(["per:~بندر-بن-سلمان-بن-عبدالعزيز [الأمير | بندر بن سلمان بن عبدالعزيز]"],
            People("وحضر الحفل الأمير بندر بن سلمان بن عبدالعزيز وعدد من المسؤولين."));

    [Fact]
    public void AFirstNameBeforeBinIsAnotherPersonNotTheShortNameOfHisSon() =>
        Assert.Equal(["per:~فيصل-بن-خالد [الأمير | فيصل بن خالد]", "per:~خالد-بن-سلطان [الأمير | خالد بن سلطان]"],
            People("وأكد الأمير فيصل بن خالد أهمية المشروع، بحضور الأمير خالد بن سلطان."));

    [Fact]
    public void APersonNamedAgainWithoutHisFathersNameIsTheSamePerson() =>
        Assert.Equal(["per:~ناصر-بن-سعد-الحربي [ناصر بن سعد الحربي | ناصر الحربي]"],
            People("وأوضح العقيد ناصر بن سعد الحربي أن الحملة مستمرة. وأضاف العقيد ناصر الحربي أن الفرق جاهزة."));

    [Fact]
    public void ANisbaThatOpensALineageIsTheFirstNameNotTheState() =>
        Assert.Equal(["per:~تركي-بن-فهد-بن-سعود [الأمير | تركي بن فهد بن سعود]"],
            People("وحضر الحفل الأمير تركي بن فهد بن سعود."));

    [Fact]
    public void ACommonWordWithAPronounSuffixAfterARoleIsNoName() =>
        Assert.Equal(["per:salman [خادم الحرمين الشريفين]"],
            People("وقدم خادم الحرمين الشريفين شكره وتقديره للمشاركين في المؤتمر."));

    [Theory]
    [InlineData(new[] { "فيصل", "بن", "خالد" }, new[] { "فيصل", "بن", "خالد", "بن", "عبدالعزيز" }, true)]
    [InlineData(new[] { "محمد", "الغامدي" }, new[] { "محمد", "بن", "صالح", "الغامدي" }, true)]
    [InlineData(new[] { "محمد", "الغامدي" }, new[] { "محمد", "بن", "عبد", "الله", "الغامدي" }, true)]
    [InlineData(new[] { "خالد", "بن", "سلطان" }, new[] { "فهد", "بن", "خالد", "بن", "سلطان" }, false)]
    [InlineData(new[] { "محمد", "بن", "صالح" }, new[] { "محمد", "بن", "فهد", "بن", "صالح" }, false)]
    [InlineData(new[] { "محمد", "الغامدي" }, new[] { "محمد", "سعيد", "الغامدي" }, false)]
    [InlineData(new[] { "ال", "مريح" }, new[] { "سعد", "بن", "علي", "ال", "مريح" }, true)]
    [InlineData(new[] { "ال", "مريح" }, new[] { "سعد", "بن", "علي", "ال", "حسين" }, false)]
    public void ANameShortensAnotherOnlyByLinksOfItsLineage(string[] shorter, string[] longer, bool shortens) =>
        Assert.Equal(shortens, LineageNamePass.Shortens(shorter, longer));
}
