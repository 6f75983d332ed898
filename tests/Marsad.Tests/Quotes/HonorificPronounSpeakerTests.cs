using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

/// <summary>A title of address with its holder's pronoun as the subject of a cue («وأوضح سموه»، «مؤكدا معاليه») stands for
/// the person the article introduced with that title, not for the last person named nor for the pronoun's own word.</summary>
public sealed class HonorificPronounSpeakerTests
{
    [Fact]
    public void HisHighnessAfterAVerbIsThePrinceIntroducedBeforeNotTheGuestNamedLast()
    {
        var quotes = Analyze("استقبل أمير المنطقة الأمير خالد بن سعود في مكتبه مدير الجامعة الدكتور فهد العلي. "
            + "وأوضح سموه أن المستشفى الجديد يخدم ثلاث محافظات.");

        var quote = Assert.Single(quotes);
        Assert.Equal("المستشفى الجديد يخدم ثلاث محافظات", quote.Text);
        Assert.Equal("خالد بن سعود", quote.Speaker!.Text);
        Assert.StartsWith("per:", quote.Speaker.EntityId);
    }

    [Fact]
    public void HisExcellencyAfterAParticipleIsTheMinisterNotTheSentencesFirstPerson()
    {
        var quotes = Analyze("استقبل المحافظ علي الشهري معالي وزير التعليم الدكتور سامي الحربي في مقر المحافظة، "
            + "مؤكدا معاليه أن العام الدراسي سيبدأ في موعده.");

        var quote = Assert.Single(quotes);
        Assert.Equal("العام الدراسي سيبدأ في موعده", quote.Text);
        Assert.Equal("سامي الحربي", quote.Speaker!.Text);
    }
}
