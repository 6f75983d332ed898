namespace Marsad.Tests.Entities;

/// <summary>
/// A club or armed group whose bare name is a common word (marked ? in organizations.tsv) is that organization at its
/// bare name once the article has named it, unless a relative adjective makes the word common again or a facility word
/// governs it.
/// </summary>
public sealed class ArticleNamedOrganizationTests
{
    private static readonly DateTimeOffset March2023 = new(2023, 3, 15, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void AnArmedGroupNamedBeforeIsTheGroupAtItsBareNameButNotBeforeAnAdjective()
    {
        var found = EntityTestPipeline.Analyze(
            "وتبنى تنظيم القاعدة الهجوم على القافلة. وقالت مصادر أمنية إن القاعدة جندت عشرات الشبان قرب القاعدة الجوية.", March2023);

        Assert.Equal(["تنظيم القاعدة", "القاعدة"], found.Entity("org:al-qaeda").Mentions.Select(m => m.Text));
    }

    [Fact]
    public void AClubNamedBeforeIsTheClubAtItsBareNameButNotAfterAFacilityWord()
    {
        var found = EntityTestPipeline.Analyze(
            "وجدد نادي الوصل عقد مدربه لموسم آخر. ويحتل الوصل المركز الرابع قبل مباراته المقبلة في ملعب الوصل.", March2023);

        Assert.Equal(["نادي الوصل", "الوصل"], found.Entity("org:al-wasl").Mentions.Select(m => m.Text));
    }

    [Fact]
    public void ABareNameBeforeTheArticleNamesTheClubStaysACommonWord()
    {
        var found = EntityTestPipeline.Analyze("ويحدد الوصل بين الطريقين موعد افتتاح الجسر. وجدد نادي الوصل عقد مدربه لموسم آخر.", March2023);

        Assert.Equal(["نادي الوصل"], found.Entity("org:al-wasl").Mentions.Select(m => m.Text));
    }
}
