using Marsad.Quotes;
using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

/// <summary><see cref="RepeatedNounAntecedent"/> alone, over one article's context: a lone definite noun repeats what the
/// article named earlier with the same noun.</summary>
public sealed class RepeatedNounAntecedentTests
{
    [Fact]
    public void ALoneDefiniteNounStandsForTheBodyWhoseNameItOpens()
    {
        var context = Context("أطلقت وزارة الزراعة العراقية حملة لمكافحة الجراد. وقالت الوزارة إن الحملة تشمل ثلاث محافظات.");
        var antecedents = new RepeatedNounAntecedent(context, new SpeakerFinder(context));

        var body = antecedents.Antecedent(TokenOf(context, "الوزارة"));

        Assert.NotNull(body);
        Assert.Equal("وزارة الزراعة العراقية", body.Text);
        Assert.Equal(TokenOf(context, "وزارة"), body.FirstToken);
    }

    [Fact]
    public void ALoneReportSpeaksForTheIssuerNamedWithTheSameNounBefore()
    {
        var context = Context("ذكر تقرير أصدرته منظمة الصحة العالمية أن أمراض القلب تتزايد. وأوضح التقرير أن المرض ينتشر بين الشباب.");
        var antecedents = new RepeatedNounAntecedent(context, new SpeakerFinder(context));

        var issuer = antecedents.EarlierIssuer(TokenOf(context, "التقرير"));

        Assert.NotNull(issuer);
        // The earlier report's whole phrase, which the issuer's entity speaks for.
        Assert.Equal("تقرير أصدرته منظمة الصحة العالمية", issuer.Text);
        Assert.Equal("org:who", issuer.EntityId);
    }

    [Fact]
    public void ALoneDefiniteNounRepeatsTheFullerDescriptionGivenWithItBefore()
    {
        var context = Context("استقبل رئيس البلدية المبعوث الأممي الخاص في مكتبه صباح أمس. وقال المبعوث إن المحادثات ستستمر.");
        var antecedents = new RepeatedNounAntecedent(context, new SpeakerFinder(context));

        var description = antecedents.EarlierDescription(TokenOf(context, "المبعوث", 1));

        Assert.NotNull(description);
        Assert.Equal(TokenOf(context, "المبعوث"), description.First);
        Assert.Equal("المبعوث الأممي الخاص", description.Speaker.Text);
    }

    [Fact]
    public void ANounWithNoEarlierNamedPhraseHasNoAntecedent()
    {
        var context = Context("وقالت الوزارة إن الحملة تشمل ثلاث محافظات.");
        var antecedents = new RepeatedNounAntecedent(context, new SpeakerFinder(context));
        var token = TokenOf(context, "الوزارة");

        Assert.Null(antecedents.Antecedent(token));
        Assert.Null(antecedents.EarlierIssuer(token));
        Assert.Null(antecedents.EarlierDescription(token));
    }
}
