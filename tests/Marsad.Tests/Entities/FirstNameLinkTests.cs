using Marsad.Entities;

namespace Marsad.Tests.Entities;

/// <summary>
/// A person called by his first name alone after the article named him in full (issue #9, link9): the tagger's lone word
/// joins the one unknown person whose name opens with it, with the role apposed to it; two people sharing the first
/// name, or the lone word coming before the full name, leave it apart.
/// </summary>
public sealed class FirstNameLinkTests
{
    private static readonly DateTimeOffset August2015 = new(2015, 8, 3, 9, 0, 0, TimeSpan.FromHours(3));

    private static string[] People(string text) =>
        [.. EntityTestPipeline.Analyze(text, August2015).Entities.Where(e => e.Type == EntityType.PER)
            .Select(e => $"{e.Id} [{string.Join(" | ", e.Mentions.Select(m => m.Text))}]")];

    [Fact]
    public void AFirstNameAloneAfterTheFullNameIsThatPerson() =>
        Assert.Equal(["per:~عايض-الشمراني [عايض الشمراني | عايض]"],
            People("نجح المزارع عايض الشمراني في زراعة البن في مزرعته جنوب المحافظة. وقال عايض إن التجربة استغرقت ثلاث سنوات."));

    [Fact]
    public void AFirstNameAloneAfterASingerNamedInFullIsTheSinger() =>
        Assert.Equal(["per:~راشد-الماجد [راشد الماجد | راشد]"],
            People("أحيا المطرب راشد الماجد حفلا غنائيا في جدة مساء الخميس. وقدم راشد خلال الحفل أغاني جديدة."));

    [Fact]
    public void ATitleBeforeTheFirstNameAloneFollowsItToTheFullName() =>
        Assert.Equal(["per:~غازي-بن-فيصل-الاول [الملك | غازي بن فيصل الأول | الملك | غازي]"],
            People("يستعيد الكتاب سيرة الملك الراحل غازي بن فيصل الأول في ثلاثينات القرن الماضي. وكان الملك غازي يحب الطيران."));

    [Fact]
    public void AFirstNameTwoPeopleOfTheArticleShareStaysApart() =>
        Assert.Equal(["per:~ماجد-السبيعي [ماجد السبيعي]", "per:~ماجد-العنزي [ماجد العنزي]", "per:~ماجد [ماجد]"],
            People("فاز الطالب ماجد السبيعي بالمركز الأول، وحل الطالب ماجد العنزي ثانيا. وقال ماجد إن المسابقة كانت صعبة."));

    [Fact]
    public void AFirstNameBeforeTheFullNameStaysApart() =>
        Assert.Equal(["per:~عايض [عايض]", "per:~عايض-الشمراني [عايض الشمراني]"],
            People("وقال عايض إن التجربة استغرقت ثلاث سنوات. ونجح المزارع عايض الشمراني في زراعة البن في مزرعته."));
}
