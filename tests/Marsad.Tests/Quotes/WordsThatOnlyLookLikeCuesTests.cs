using Marsad.Quotes;
using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

/// <summary>Words written like a verb of saying or its complementiser that report nothing where they stand: بين
/// «between», أن of a conjunction (بعد أن، إلا أن، يمكن أن), the impersonal passive يُعتقد.</summary>
public sealed class WordsThatOnlyLookLikeCuesTests
{
    [Fact]
    public void BetweenAfterANounIsThePrepositionNotTheVerbOfExplaining()
    {
        Assert.Empty(Analyze("والفارق بين الخطتين أن الأولى أقل كلفة من الثانية."));
        Assert.Empty(Analyze("ومن بين الأسباب التي ذكرها التقرير أن أسعار الوقود ارتفعت في الربع الأخير."));
    }

    [Fact]
    public void TheVerbOfExplainingOpensItsClause()
    {
        var quote = Assert.Single(Analyze("وبين مدير إدارة المرور خالد العمري أن الطريق الجديد سيفتح أمام السيارات الشهر المقبل."));

        Assert.Equal("الطريق الجديد سيفتح أمام السيارات الشهر المقبل", quote.Text);
        Assert.Equal("وبين", quote.Cue!.Text);
        Assert.Equal("خالد العمري", quote.Speaker!.Text);
    }

    [Fact]
    public void TheVerbOfExplainingWrittenWithItsShaddaIsACueAfterAFrameAdverbial()
    {
        var quote = Assert.Single(Analyze("وفي الشأن المحلي بيّن وزير الإعلام أن الحكومة ستعلن خطتها للإسكان قريبا."));

        Assert.Equal("الحكومة ستعلن خطتها للإسكان قريبا", quote.Text);
        Assert.Equal("بيّن", quote.Cue!.Text);
    }

    [Fact]
    public void AConjunctionWithThatIsSteppedOverToTheComplementOfSaying()
    {
        var quote = Assert.Single(Analyze("وقال الوزير أيمن الصفدي بعد أن التقى نظيره المصري إن المحادثات كانت مثمرة."));

        Assert.Equal("المحادثات كانت مثمرة", quote.Text);
        Assert.Equal("per:ayman-safadi", quote.Speaker!.EntityId);
    }

    [Fact]
    public void AModalFrameAfterAVerbWithANounComplementReportsNothing()
    {
        Assert.Empty(Analyze("وأشار التقرير إلى القطاعات التي يمكن أن تتأثر بارتفاع أسعار الفائدة."));
        Assert.Empty(Analyze("وتساءل أحد السكان عن سبب تأخر المشروع، إلا أن البلدية لم ترد على سؤاله."));
    }

    [Fact]
    public void TheColonOfAClockTimeIntroducesNothing() =>
        Assert.Empty(Analyze("وأعلنت الوزارة بدء حظر التجول من الساعة 11:30 مساء حتى الصباح."));

    [Fact]
    public void ANounOfSayingAfterAModalFrameIsTheWritersOwnPhrase() =>
        Assert.Empty(Analyze("أقل ما يمكن القول عنه إنه مشروع طموح."));

    [Fact]
    public void TheConditionalAfterWhetherIsNoComplementOfSaying() =>
        Assert.Empty(Analyze("تساعد الكاميرات على لفت انتباه السائق إلى المارة، سواء إن كانوا مشاة أو راكبي دراجات."));

    [Fact]
    public void TheImpersonalPassiveDescribingAnIndefinitePluralHasNoSpeaker()
    {
        Assert.Empty(Analyze("وهاجم مسلحون يعتقد أنهم ينتمون إلى جماعة متطرفة نقطة تفتيش على الحدود."));
    }

    [Fact]
    public void TheImpersonalPassiveAfterACommaIsNotTheLastSpeakersWords()
    {
        var quote = Assert.Single(Analyze("وقال الجيش إن الغارة أصابت مخزنا للأسلحة قرب الحدود، ويعتقد أن قائدا ميدانيا قتل فيها."));

        Assert.Equal("الغارة أصابت مخزنا للأسلحة قرب الحدود", quote.Text);
    }

    [Fact]
    public void ABelieverNamedBeforeTheVerbStillSpeaks()
    {
        var quote = Assert.Single(Analyze("والمحلل الاقتصادي سامر الخطيب يعتقد أن الأسعار ستنخفض قبل نهاية العام."));

        Assert.Equal("الأسعار ستنخفض قبل نهاية العام", quote.Text);
        Assert.Equal("سامر الخطيب", quote.Speaker!.Text);
    }

    [Fact]
    public void TheImpersonalPassiveAfterAnAdverbOrAResumptivePronounReportsNothing()
    {
        Assert.Empty(Analyze("ويذكر هنا أن المصنع افتتح قبل عشرين عاما."));
        Assert.Empty(Analyze("وارتفعت الأسعار في وقت يتوقع فيه أن يقر البرلمان الميزانية الجديدة."));
        Assert.Empty(Analyze("ويتوقع أن تصل الشحنة الأولى إلى الميناء الأسبوع المقبل."));
    }
}
