using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>
/// Junk persons and wrong links of unseen news (issue #9, link6): a given name's first letter taken for ف, a first name
/// after a title left apart from the full name named before, a common word after a title read as a name, a lone name
/// before the full name lent that name, an official style resolved to today's holder before another king's name, a
/// role in construct with a person noun taking that person's name, and «لي» (to me) read as a person; after a title, a
/// causative perfect (أجرى) or a plural in construct (منفذي) read as a name (ner25).
/// </summary>
public sealed class TitleAndRoleLinkTests
{
    private static readonly DateTimeOffset August2015 = new(2015, 8, 3, 9, 0, 0, TimeSpan.FromHours(3));

    private static string[] People(string text) =>
        [.. EntityTestPipeline.Analyze(text, August2015).Entities.Where(e => e.Type == EntityType.PER)
            .Select(e => $"{e.Id} [{string.Join(" | ", e.Mentions.Select(m => m.Text))}]")];

    [Fact]
    public void AFirstNameAfterATitleIsThePersonNamedInFullAndKeepsItsFirstLetter() =>
        Assert.Equal(["per:~فيصل-بن-مشعل-بن-سعود [الأمير | فيصل بن مشعل بن سعود | الأمير | فيصل]"],
            People("وترأس الاجتماع الأمير فيصل بن مشعل بن سعود أمير المنطقة. وأكد الأمير فيصل أن المشروع يخدم الأهالي."));

    [Fact]
    public void ALoneNameBeforeTheFullNameIsSomeoneElse() =>
        Assert.Equal(["per:~حسن [حسن]", "per:~سلمان-حسن [سلمان حسن]"],
            People("وشارك في الحفل عدد من الطلاب. وقال حسن، أحد الطلاب، إن الحفل كان ناجحا. وأكد الطالب سلمان حسن أن التنظيم كان جيدا."));

    [Theory]
    [InlineData("ولا أعرف ما إذا كان المدرب سيتحدث معي قبل المباراة.")]
    [InlineData("وحضر اللقاء نائب رئيس تسويق منصة الألعاب في الشركة.")]
    [InlineData("وكان المدرب أجرى تعديلات على التشكيلة قبل المباراة الأخيرة.")]
    [InlineData("وذكرت الصحيفة أن قائد منفذي هجمات الأسبوع الماضي قتل في غارة جوية.")]
    public void ACommonNounOrAVerbAfterATitleIsNoName(string text) => Assert.Empty(People(text));

    [Fact]
    public void AGivenNameOfTheCausativeVerbShapeAfterATitleStaysAName() =>
        Assert.Equal(["per:~اكرم-حداد [أكرم حداد]"], People("وكان المدرب أكرم حداد قد أعلن التشكيلة قبل المباراة الأخيرة."));

    [Fact]
    public void TheStyleBeforeAnotherKingsNameIsThatKing() =>
        Assert.Equal(["per:~فهد-بن-عبدالعزيز [خادم الحرمين الشريفين | الملك | فهد بن عبدالعزيز]"],
            People("وكان خادم الحرمين الشريفين الملك فهد بن عبدالعزيز رحمه الله قد افتتح المشروع عام 1990 في مدينة الرياض."));

    [Theory]
    [InlineData("وقال مستشار وزير الخارجية السعودي محمد العمري إن الزيارة ناجحة.",
        "per:adel-al-jubeir [وزير الخارجية السعودي]", "per:~محمد-العمري [محمد العمري]")]
    [InlineData("وقال سكرتير الرئيس الأمريكي جوش إرنست إن الاتفاق جيد.",
        "per:barack-obama [الرئيس الأمريكي]", "per:~جوش-ارنست [جوش إرنست]")]
    public void ARoleInConstructWithAPersonNounLeavesTheNameAfterItToThatPerson(string text, string holder, string named) =>
        Assert.Equal([holder, named], People(text));

    [Fact]
    public void ToMeIsNoPerson() =>
        Assert.Empty(People("وقال لي أحد المسؤولين إن المشروع سيكتمل قريبا، وأكد لي أنه لن يتأخر."));
}
