using System.Text.Json.Nodes;
using Marsad.Documents;
using Marsad.Entities;
using Marsad.Pipeline;
using Marsad.Stories;
using Marsad.Text;

namespace Marsad.Tests.Stories;

/// <summary>What an article is about: the entities its headline and lead name (<see cref="ArticleFocus"/>).</summary>
public sealed class ArticleFocusTests
{
    private static readonly AnalysisPipeline s_text = new PipelineBuilder().UseText().Build();

    private static ArticleFocus Read(string title, string text, IEnumerable<(string, int)> mentions, EntityRecognizer? recognizer)
    {
        var article = new Article { Id = "a1", Title = title, Text = text, Extra = new JsonObject { ["fetched"] = "2015-08-10 09:00:00" } };
        return ArticleFocus.Read(article, s_text.Run(article).Get(TextLayers.Sentences), mentions, recognizer, new DateOnly(2015, 8, 10));
    }

    [Fact]
    public void TheHeadlineIsReadForEntitiesTheBodyDoesNotName()
    {
        var focus = Read("تفجير انتحاري يستهدف مسجداً في أبها", "استهدف انتحاري مسجداً لقوات الطوارئ أثناء صلاة الظهر، وأسفر التفجير عن سقوط قتلى ومصابين.",
            [], EntityRecognizer.Default);

        Assert.Equal(["loc:abha"], focus.Headline);
        Assert.Empty(focus.Lead);
    }

    [Fact]
    public void WithoutARecognizerTheHeadlineIsNotReadForEntities()
    {
        var focus = Read("تفجير انتحاري يستهدف مسجداً في أبها", "استهدف انتحاري مسجداً لقوات الطوارئ أثناء صلاة الظهر.", [], null);

        Assert.Empty(focus.Headline);
    }

    [Fact]
    public void OnlyTheEntitiesOfTheLeadAreTheLeadsNotAPlaceNamedInTheLastSentence()
    {
        const string text = "التقى وزير الخارجية عادل الجبير في برلين اليوم نظيره الألماني فرانك فالتر شتاينماير وبحثا الأزمة السورية. "
            + "ويتوجه الجبير غداً إلى موسكو للقاء نظيره الروسي.";
        var berlin = text.IndexOf("برلين", StringComparison.Ordinal);
        var moscow = text.IndexOf("موسكو", StringComparison.Ordinal);

        var focus = Read("الجبير وشتاينماير يبحثان الأزمة السورية", text, [("per:adel-al-jubeir", 20), ("loc:berlin", berlin), ("loc:moscow", moscow)], null);

        Assert.Equal(["loc:berlin", "per:adel-al-jubeir"], focus.Lead);
    }
}
