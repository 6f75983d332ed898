using System.Text.Json;
using Marsad.Tests.Support;

namespace Marsad.Tests.Stories;

/// <summary>The seeds: two outlets, one developing story (Albania–Iran rupture), two events six weeks apart, one undated.</summary>
public sealed class SeedStoryTests
{
    private static (TempFolder Data, JsonDocument Stories, JsonDocument Story) Analyze()
    {
        SharedData.Seed(0);
        var data = new TempFolder();
        var analyzed = CliRunner.Run("analyze", Path.GetDirectoryName(SharedData.Seed(0))!, "--data", data.Path);
        Assert.Equal(0, analyzed.ExitCode);
        var stories = CliRunner.Run("stories", "--json", "--data", data.Path);
        Assert.Equal(0, stories.ExitCode);
        var storiesJson = stories.Json();
        var id = storiesJson.RootElement.GetProperty("stories")[0].GetProperty("id").GetString()!;
        var story = CliRunner.Run("story", id, "--json", "--data", data.Path);
        Assert.Equal(0, story.ExitCode);
        return (data, storiesJson, story.Json());
    }

    [Fact]
    public void TheSeedsAreOneStoryOfTwoEventClusters()
    {
        var (data, stories, _) = Analyze();
        using (data)
        {
            var story = Assert.Single(stories.RootElement.GetProperty("stories").EnumerateArray());
            var clusters = story.GetProperty("clusters").EnumerateArray().ToList();
            Assert.Equal(2, clusters.Count);
            Assert.All(clusters, c => Assert.Single(c.GetProperty("articles").EnumerateArray()));
            Assert.Equal("2022-09-12", story.GetProperty("start").GetString());
        }
    }

    [Fact]
    public void TheUndatedSeedIsDatedFromTheBreakTheOtherOutletDates()
    {
        var (data, _, story) = Analyze();
        using (data)
        {
            var article = story.RootElement.GetProperty("timeline").EnumerateArray()
                .SelectMany(e => e.GetProperty("articles").EnumerateArray())
                .Single(a => a.GetProperty("id").GetString() == "537c61ca179a6225");
            Assert.StartsWith("2022-10", article.GetProperty("published").GetString());
            Assert.True(article.GetProperty("published_estimated").GetBoolean());
            var evidence = article.GetProperty("published_evidence").GetString()!;
            Assert.Contains("بعد شهر ونصف من إعلانه قطع العلاقات", evidence);
            Assert.Contains("2022-09-07", evidence);
        }
    }

    [Fact]
    public void OccupationIsFlaggedInTheSecondSeedAndNotTheFirst()
    {
        var (data, _, story) = Analyze();
        using (data)
        {
            var terms = story.RootElement.GetProperty("comparison").GetProperty("terms");
            Assert.True(terms.GetProperty("001_9efac980176be7b2.txt").GetProperty("الاحتلال").GetInt32() >= 1);
            Assert.False(terms.GetProperty("000_dbf29ce37a5f7afa.txt").TryGetProperty("الاحتلال", out _));
            Assert.Equal(1, terms.GetProperty("000_dbf29ce37a5f7afa.txt").GetProperty("المزعوم").GetInt32());
        }
    }

    // Every claim of across_articles in ../shared/gold/seeds.gold.json, by words of it in Arabic (ours), and which outlets
    // carry it. "An investigation proved Iran was behind it" is said by 001 in a short clause («وقدم أدلة دامغة بأن إيران
    // كانت وراءه») and by 000 inside Rama's long quote («قدم لنا دليلاً دامغاً»): they meet only because the stem drops the
    // accusative alef (دامغاً and دامغة → دامغ) and «أدلة» counts as its singular دليل (Resources/Text/broken-plurals.tsv).
    public static TheoryData<string, string, string> GoldClaims => new()
    {
        { "Albania cut relations with Iran over a cyberattack", "قطع علاقاتها الدبلوماسية مع إيران", "both" },
        { "The cyberattack happened in July 2022", "يوليو/تموز", "both" },
        { "The attack threatened to paralyse public services", "بشل الخدمات العامة", "both" },
        { "Israel's deputy FM met Albania's FM in Berlin", "اجتمع مع وزيرة خارجية ألبانيا", "both" },
        { "Israel offered Albania help against cyberattacks", "وعرض عليهم المساعدة بالحماية", "both" },
        { "The United States condemned the attack", "أدانت الولايات المتحدة", "000" },
        { "Iranian embassy staff were given 24 hours to leave", "في غضون 24 ساعة", "000" },
        { "Albania has hosted about 3,000 MEK members since 2014", "نحو 3 آلاف عضو", "000" },
        { "Four groups carried out the attack", "بأربع مجموعات", "000" },
        { "Rama visited Israel", "وزار رئيس وزراء ألبانيا", "001" },
        { "Lapid called Iran a shared threat", "تهديدا مشتركا", "001" },
        { "The same hackers attacked Israel, Saudi Arabia and others", "والسعودية والأردن", "001" },
        { "Israel's ambassador in Tirana met MEK leader Maryam Rajavi", "بين سفيرة الاحتلال", "001" },
        { "Alexander Machkevitch arranged the visit", "وراء الكواليس", "001" },
        { "Albania says an investigation proved Iran was behind the attack", "أدلة دامغة", "both" },
    };

    [Theory]
    [MemberData(nameof(GoldClaims))]
    public void TheComparisonCarriesTheGoldClaimUnderTheRightOutlets(string claim, string words, string outlets)
    {
        var (data, _, story) = Analyze();
        using (data)
        {
            var comparison = story.RootElement.GetProperty("comparison");
            var claims = comparison.GetProperty("claims").EnumerateArray().ToList();
            var texts = new Dictionary<string, string>
            {
                ["000_dbf29ce37a5f7afa.txt"] = File.ReadAllText(SharedData.Seed(0)),
                ["001_9efac980176be7b2.txt"] = File.ReadAllText(SharedData.Seed(1)),
            };
            bool Says(JsonElement c) => c.GetProperty("sentences").EnumerateArray().Any(s =>
                texts[s.GetProperty("outlet").GetString()!][s.GetProperty("start").GetInt32()..s.GetProperty("end").GetInt32()].Contains(words));
            var carrying = claims.Where(Says).ToList();
            Assert.True(carrying.Count > 0, $"no claim says «{words}» ({claim})");
            var only = comparison.GetProperty("only");
            if (outlets == "both")
                Assert.Contains(carrying, c => c.GetProperty("outlets").GetArrayLength() == 2);
            else
            {
                var outlet = outlets == "000" ? "000_dbf29ce37a5f7afa.txt" : "001_9efac980176be7b2.txt";
                var onlyIndexes = only.GetProperty(outlet).EnumerateArray().Select(i => i.GetInt32()).ToHashSet();
                Assert.Contains(carrying, c => onlyIndexes.Contains(claims.IndexOf(c)));
            }
        }
    }
}
