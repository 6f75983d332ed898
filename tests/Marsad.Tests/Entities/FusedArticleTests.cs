using Marsad.Documents;
using Marsad.Entities;
using Marsad.Entities.Gazetteer;
using Marsad.Entities.Linking;
using Marsad.Events.Actors;
using Marsad.Events.Lexicon;
using Marsad.Pipeline;
using Marsad.Text;
using Xunit;

namespace Marsad.Tests.Entities;

/// <summary>
/// After the preposition ل the article is written ل alone (للأمم = ل + الأمم): the preposition comes off a mention's
/// span, the article's ل stays in it, and the mention's text and a name read from the text get the article's alef back.
/// </summary>
public sealed class FusedArticleTests
{
    private static readonly DateTimeOffset June2024 = new(2024, 6, 11, 12, 0, 0, TimeSpan.FromHours(3));

    [Fact]
    public void AGazetteerNameAfterTheFusedArticleKeepsItsNameAndStartsAtTheArticlesLam()
    {
        const string text = "ووجهت الحكومة رسالة للأمم المتحدة أمس.";

        var found = EntityTestPipeline.Analyze(text, June2024);

        var un = Assert.Single(found.Mentions, m => m.EntityId == "org:un");
        var start = text.IndexOf("للأمم", StringComparison.Ordinal) + 1;
        Assert.Equal((start, text.IndexOf(" أمس", StringComparison.Ordinal), "الأمم المتحدة"), (un.Span.Start, un.Span.End, un.Text));
        Assert.Equal("الأمم المتحدة", found.Entity("org:un").NameAr);
    }

    [Fact]
    public void ANationalBodyAfterTheFusedArticleIsTheSameBodyAsWithoutIt()
    {
        const string text = "وقدمت الشركة تقريرا للهيئة الوطنية للأمن السيبراني، وقالت الهيئة الوطنية للأمن السيبراني إنها تدرسه.";

        var found = EntityTestPipeline.Analyze(text, June2024);

        var body = Assert.Single(found.Entities, e => e.Type == EntityType.ORG);
        Assert.Equal("الهيئة الوطنية للأمن السيبراني", body.NameAr);
        Assert.Equal(["الهيئة الوطنية للأمن السيبراني", "الهيئة الوطنية للأمن السيبراني"], body.Mentions.Select(m => m.Text));
        Assert.Equal(text.IndexOf("للهيئة", StringComparison.Ordinal) + 1, body.Mentions[0].Span.Start);
    }

    [Fact]
    public void AnOrganizationAfterTheFusedArticleIsMentionedWithItsArticle()
    {
        const string text = "وتبرع رجل الأعمال للهلال الأحمر بمليون ريال، ووصلت تبرعات أخرى للبنان.";

        var found = EntityTestPipeline.Analyze(text, June2024);

        var society = Assert.Single(found.Mentions, m => m.Type == EntityType.ORG);
        Assert.Equal((text.IndexOf("للهلال", StringComparison.Ordinal) + 1, "الهلال الأحمر"), (society.Span.Start, society.Text));
        Assert.Equal("لبنان", Assert.Single(found.Mentions, m => m.EntityId == "gpe:lebanon").Text);
    }

    [Fact]
    public void ANameOpeningWithLamAfterThePrepositionKeepsItsLetters()
    {
        const string text = "ووجه الوزير تحذيرا شديدا للجان المقاومة الشعبية في القطاع.";

        var found = EntityTestPipeline.Analyze(text, June2024);

        var committees = Assert.Single(found.Mentions, m => m.Type == EntityType.ORG);
        Assert.Equal((text.IndexOf("للجان", StringComparison.Ordinal) + 1, "لجان المقاومة الشعبية"), (committees.Span.Start, committees.Text));
    }

    [Fact]
    public void ARolePhraseAfterTheFusedArticleNamesItsOfficeWithTheArticle()
    {
        var document = new PipelineBuilder().UseText().Build().Run(new Article { Id = "fused", Text = "وبعث برسالة للرئيس الألباني أمس." });
        var input = new EntityInput(document.Get(TextLayers.Normalized), document.Get(TextLayers.Tokens), document.Get(TextLayers.Sentences), null)
        {
            Words = document.GetOrDefault(TextLayers.Words),
        };
        var s = new ScanState(EntityGazetteer.Default, input, tagger: null);

        var role = RolePhraseMatcher.Match(s, 2);

        Assert.NotNull(role);
        Assert.Equal((1, true, "gpe:albania"), (role.Stripped, role.FusedArticle, role.State?.Id));
        Assert.Equal("الرئيس الألباني", s.NameText(role.First, role.End, role.Stripped, role.FusedArticle));
    }

    [Fact]
    public void AnActorPhraseAfterTheFusedArticleDropsThePrepositionAndKeepsTheArticle()
    {
        const string text = "وقدمت الحكومة مساعدات عاجلة للمواطنين أمس.";
        var document = new PipelineBuilder().UseText().Build().Run(new Article { Id = "actor", Text = text });
        var tokens = document.Get(TextLayers.Tokens);
        var t = tokens.ToList().FindIndex(k => k.Normalized == "للمواطنين");

        var span = PhraseSpan.Of(tokens, t, t + 1, "لل", text);

        Assert.Equal("لمواطنين", span.Slice(text));
    }
}
