using static Marsad.Tests.Quotes.QuoteTestPipeline;

namespace Marsad.Tests.Quotes;

/// <summary>Where the speaker is not written right after the cue: a feminine or masculine verb with no subject goes back to a
/// speaker who may agree with it; a relative pronoun stands for the name before it; a source's words end before the clause
/// describing it; a verb of saying used as a noun names nobody the next cue could go back to; «لا يكفي القول» is the
/// writer's own phrase.</summary>
public sealed class SpeakersNotWrittenAtTheCueTests
{
    [Fact]
    public void AStatementAsSubjectSpeaksForTheBodyThatSpokeBeforeThePersonQuotedSince()
    {
        var quotes = Analyze("أعلنت وزارة الصحة الأردنية أن عدد المصابين ارتفع إلى عشرين. وقال الوزير خالد يوسف إن المستشفيات مستعدة. "
            + "وأضاف البيان أن فرق الإسعاف انتشرت في المدينة.");

        Assert.Equal(3, quotes.Count);
        Assert.Equal("فرق الإسعاف انتشرت في المدينة", quotes[2].Text);
        Assert.Equal(quotes[0].Speaker!.EntityId, quotes[2].Speaker!.EntityId);
        Assert.StartsWith("org:", quotes[2].Speaker!.EntityId);
    }

    [Fact]
    public void AMasculineVerbWithNoSubjectGoesOnWithABodyLastReachedThroughAMasculineNoun()
    {
        var quotes = Analyze("قالت وزارة الصحة الأردنية إن عدد المصابين ارتفع إلى عشرين. "
            + "وأضاف البيان أن فرق الإسعاف انتشرت في المدينة، مؤكدا أن المستشفيات مستعدة. وتابع: «الوضع تحت السيطرة».");

        Assert.Equal(4, quotes.Count);
        Assert.Equal("المستشفيات مستعدة", quotes[2].Text);
        Assert.Equal("الوضع تحت السيطرة", quotes[3].Text);
        Assert.StartsWith("org:", quotes[0].Speaker!.EntityId);
        Assert.Equal(quotes[0].Speaker!.EntityId, quotes[1].Speaker!.EntityId);
        Assert.Equal(quotes[0].Speaker!.EntityId, quotes[2].Speaker?.EntityId);
        Assert.Equal(quotes[0].Speaker!.EntityId, quotes[3].Speaker?.EntityId);
    }

    [Fact]
    public void AFeminineVerbWithNoSubjectSkipsTheManWhoSpokeLast()
    {
        var quotes = Analyze("قالت الوزيرة سارة أحمد: «الخطة جاهزة للتنفيذ». وقال المدير خالد يوسف: «سنبدأ العمل غدا». وأضافت: «الميزانية متوفرة بالكامل».");

        Assert.Equal(3, quotes.Count);
        Assert.Equal("الميزانية متوفرة بالكامل", quotes[2].Text);
        Assert.Equal("سارة أحمد", quotes[2].Speaker!.Text);
    }

    [Fact]
    public void AMasculineVerbWithNoSubjectSkipsTheWomanWhoSpokeLast()
    {
        var quotes = Analyze("قال المدير خالد يوسف: «سنبدأ العمل غدا». وقالت الوزيرة سارة أحمد: «الخطة جاهزة للتنفيذ». وأضاف: «الفريق مستعد».");

        Assert.Equal(3, quotes.Count);
        Assert.Equal("الفريق مستعد", quotes[2].Text);
        Assert.Equal("خالد يوسف", quotes[2].Speaker!.Text);
    }

    [Fact]
    public void AFormFivePerfectOpeningTheSentenceGivesItsSubjectToTheCoordinatedCue()
    {
        // تقدّم (he came forward) is written like تُقدِّم (she presents): its masculine subject decides.
        var quote = Assert.Single(Analyze("وتقدم المحافظ بالشكر لفرق الدفاع المدني، وقال إن أعمال الصيانة ستنتهي قبل الشتاء."));

        Assert.Equal("أعمال الصيانة ستنتهي قبل الشتاء", quote.Text);
        Assert.Equal("المحافظ", quote.Speaker!.Text);

        // Written alike, «تُقدِّم الجمعية» (she presents) has a feminine subject: no subject for the masculine cue.
        var other = Assert.Single(Analyze("وتقدم الجمعية خدمات مجانية للأسر، وقال إن عدد المستفيدين تضاعف هذا العام."));
        Assert.Equal("عدد المستفيدين تضاعف هذا العام", other.Text);
        Assert.Null(other.Speaker);
    }

    [Fact]
    public void TheSubjectOfAnAuxiliaryOpeningTheSentenceSpeaksThroughTheVerbAfterIt()
    {
        var quote = Assert.Single(Analyze("وكانت الهيئة قد ذكرت أن أسعار القمح ستنخفض في الربع المقبل."));

        Assert.Equal("أسعار القمح ستنخفض في الربع المقبل", quote.Text);
        Assert.Equal("الهيئة", quote.Speaker!.Text);
    }

    [Fact]
    public void ARelativePronounSetOffByACommaStandsForTheNameBeforeIt()
    {
        var quote = Assert.Single(Analyze("والتقى الوزير خالد يوسف بالباحثة ليلى مراد منسقة البرنامج الإقليمي، التي أضافت أن الحل ما زال بعيدا."));

        Assert.Equal("الحل ما زال بعيدا", quote.Text);
        Assert.Equal("ليلى مراد", quote.Speaker!.Text);
    }

    [Fact]
    public void AnUnnamedSourcesWordsEndBeforeTheClauseDescribingIt()
    {
        var quote = Assert.Single(Analyze("وقال مسؤول عسكري رفض الكشف عن اسمه إن القوات تقدمت نحو المدينة."));

        Assert.Equal("القوات تقدمت نحو المدينة", quote.Text);
        Assert.Null(quote.Speaker!.EntityId);
        Assert.Equal("مسؤول عسكري", quote.Speaker.Text);
    }

    [Fact]
    public void AVerbOfSayingAfterANounLeavesNoSubjectForTheParticiple()
    {
        var quote = Assert.Single(Analyze("وأعلن مصدر طبي طلب عدم كشف اسمه، حصيلة القتلى موضحا أن الهجوم وقع ليلا."));

        Assert.Equal("الهجوم وقع ليلا", quote.Text);
        Assert.Equal("مصدر طبي", quote.Speaker!.Text);
    }

    [Fact]
    public void ANounOfSayingAfterItsVerbIsSaidByThatVerbsSubject()
    {
        var quotes = Analyze("وقال الوزير خالد يوسف إن الوضع مستقر. ويبرر المسؤولون هذا القرار بالقول إن الميزانية محدودة.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("الميزانية محدودة", quotes[1].Text);
        Assert.Null(quotes[1].Speaker!.EntityId);
        Assert.Equal("المسؤولون", quotes[1].Speaker!.Text);
    }

    [Fact]
    public void SayingThatSufficesIsTheWritersOwnPhrase() =>
        Assert.Empty(Analyze("ولا يكفي القول إن الأزمة انتهت، فالأسعار ما زالت مرتفعة في كل الأسواق."));

    [Fact]
    public void AVerbWithNoSubjectContinuesTheClauseOfTheVerbBeforeIt()
    {
        var quotes = Analyze("قال المدير خالد يوسف: «سنبدأ العمل غدا». ورفض وزير المالية في المؤتمر الانتقادات، وقال إنها لا تستند إلى أرقام.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("لا تستند إلى أرقام", quotes[1].Text);
        Assert.Equal("وزير المالية", quotes[1].Speaker!.Text);
    }

    [Fact]
    public void AParticipleWithNoSubjectTakesTheSubjectOfTheImperfectBeforeIt()
    {
        var quotes = Analyze("قالت الوزيرة سارة أحمد: «الخطة جاهزة». ويشيد المهندسون في الشركة بالمشروع، مؤكدين أنه سيخفض التكاليف.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("سيخفض التكاليف", quotes[1].Text);
        Assert.Equal("المهندسون", quotes[1].Speaker!.Text);
    }

    [Fact]
    public void ASourceNounDescribedByAnotherSourceNounBeforeTheVerbKeepsItsHead()
    {
        var quotes = Analyze("مصدر عسكري آخر يقول إن الكتيبة انسحبت من المدينة قبل يومين.");

        Assert.Single(quotes);
        Assert.Equal("مصدر عسكري آخر", quotes[0].Speaker!.Text);
        Assert.Equal("الكتيبة انسحبت من المدينة قبل يومين", quotes[0].Text);
    }

    [Fact]
    public void APluralParticipleGoesBackToNoSinglePersonOrBody()
    {
        var quotes = Analyze("قالت وزارة الصحة إن المستشفى سيفتح غدا. وقال الوزير خالد السالم إن التجهيزات اكتملت. وفي الشارع رفع المحتجون لافتات مشيرين إلى أن الطريق غير آمن.");

        Assert.Equal(3, quotes.Count);
        Assert.Equal("الطريق غير آمن", quotes[2].Text);
        Assert.Null(quotes[2].Speaker);
    }

    [Fact]
    public void ASubjectlessCueGoesOnWithThePersonTheSentenceBeforeIntroduced()
    {
        var quotes = Analyze("وقال الوزير سالم الحربي إن الموازنة ستعلن قريبا. ويعمل المهندس كريم الشامي في الموقع منذ عامين. وقال إن العمل يسير وفق الخطة.");

        Assert.Equal(2, quotes.Count);
        Assert.Equal("سالم الحربي", quotes[0].Speaker!.Text);
        Assert.Equal("العمل يسير وفق الخطة", quotes[1].Text);
        Assert.Equal("كريم الشامي", quotes[1].Speaker!.Text);
    }
}
