using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// Where an actor phrase starts and stops, on sentences written for these tests: a wire dateline («طهران - رويترز:») is
/// no actor and lends no state, a word the trigger pattern needs but the verb's subject («سجنت محكمة») stays the
/// subject, a name the entity step only guessed that is an event's wording («اتصالا هاتفيا») is no part of the role
/// before it, and a body definite by its construct takes the state it sits in.
/// </summary>
public sealed class ActorBoundaryTests
{
    [Fact]
    public void ADatelinesAgencyIsNeitherTheDroppedSubjectNorTheStateOfThePeopleActedOn()
    {
        var e = Only("طهران - رويترز: اعتُقل ثلاثة ناشطين حقوقيين مساء الأحد.", PloverType.COERCE);
        Assert.Equal(("?", "ثلاثة ناشطين حقوقيين[IRN]"), Actors(e));
    }

    [Fact]
    public void TheCourtAConvictionPatternNeedsIsTheVerbsSubjectAfterADateline()
    {
        var e = Only("القاهرة - رويترز: سجنت محكمة مصرية ثلاثة صحفيين بتهمة نشر أخبار كاذبة.", PloverType.SANCTION);
        Assert.Equal(("محكمة مصرية[EGY]", "ثلاثة صحفيين[EGY]"), Actors(e));
    }

    [Fact]
    public void APhoneCallTheTaggerGuessedAsANameIsNotSwallowedByTheRoleBeforeIt()
    {
        var e = Only("أجرى الرئيس الفرنسي اتصالا هاتفيا بنظيره المصري.", PloverType.CONSULT);
        Assert.Equal("phone", e.Mode);
        Assert.Equal(("الرئيس الفرنسي[FRA]", "نظيره المصري[EGY]"), Actors(e));
    }

    [Fact]
    public void AnEmbassyInItsHostStateActsForTheStateTheSentenceIsAbout()
    {
        var e = Only("قالت الخارجية الكويتية إن السفارة في عمّان أدانت الهجوم على الحافلة.", PloverType.ACCUSE);
        Assert.Equal(("السفارة في عمّان[KWT]", "?"), Actors(e));
    }

    [Fact]
    public void AnEmbassyAccreditedToAStateIsNotThatStates()
    {
        var e = Only("قالت وزارة الخارجية القطرية إن السفارة لدى مدريد أدانت الهجوم على الحافلة.", PloverType.ACCUSE);
        Assert.Equal(("السفارة[QAT]", "?"), Actors(e));
    }

    [Fact]
    public void AMinistryDefiniteByItsConstructActsForTheStateItSitsIn()
    {
        var e = Only("وكانت وزارة الخارجية في البحرين قد استدعت السفير الإيراني.", PloverType.ACCUSE);
        Assert.Equal(("وزارة الخارجية في البحرين[BHR]", "السفير الإيراني[IRN]"), Actors(e));
    }

    [Fact]
    public void AnEnvoysOwnStateBeforeTheAccreditedPrepositionIsNoSeatSoTheHostStateIsTheRecipient()
    {
        var e = Only("استدعت الحكومة المغربية سفير المملكة لدى ستوكهولم للتشاور.", PloverType.SANCTION);
        Assert.Equal(("الحكومة المغربية[MAR]", "ستوكهولم[SWE]"), Actors(e));
    }

    [Fact]
    public void ACoalitionsAircraftAfterALinkingAdverbialAreTheCoalitionOfNoOneState()
    {
        var e = Only("إلى ذلك قصفت طائرات التحالف مواقع للحوثيين في محافظة صعدة.", PloverType.ASSAULT);
        Assert.Equal(("طائرات التحالف[-]", "الحوثيين[YEM]"), Actors(e));
    }

    [Fact]
    public void AnActorAfterThePrepositionLamKeepsItsArticleWhole()
    {
        // «للرئيس» is ل + الرئيس with the article's alef dropped: the span starts at the article's ل, the text reads الرئيس.
        const string invitation = "وجهت الحكومة دعوة للرئيس الكيني لزيارة أنقرة.";
        var e = Only(invitation, PloverType.AGREE);
        Assert.Equal("الرئيس الكيني[KEN]", Actor(e.Target));
        Assert.Equal("لرئيس الكيني", invitation[e.Target!.Span.Start..e.Target.Span.End]);
        const string aid = "قدمت اليابان مساعدات غذائية للحكومة الصومالية.";
        var gift = Only(aid, PloverType.AID);
        Assert.Equal("الحكومة الصومالية", gift.Target!.Text);
        Assert.Equal("لحكومة الصومالية", aid[gift.Target.Span.Start..gift.Target.Span.End]);
    }

    [Fact]
    public void ANameBeginningWithLamAfterThePrepositionGetsNoArticle()
    {
        // «للبنان» is ل + لبنان: no article was fused into it.
        var e = Only("قدمت قطر منحة مالية للبنان.", PloverType.AID);
        Assert.Equal("لبنان", e.Target!.Text);
    }

    [Fact]
    public void AGenitiveInsideAPrepositionalPhraseIsNotTheSubjectOfTheVerbAfterIt()
    {
        var protest = Only("وفي ذكرى اعتقال الشرطة مئات الطلاب اعتصم المعلمون أمام وزارة التربية في الخرطوم.", PloverType.PROTEST);
        Assert.Equal("المعلمون[SDN]", Actor(protest.Source));
    }

    [Fact]
    public void ALoneNisbaBeforeAVerbQualifiesAnObjectAndTheSubjectFollowsTheVerb()
    {
        var protest = Only("وبعد أسبوع على اغتيال مسلحين ضابطا إسرائيليا تظاهر المستوطنون أمام مقر الحكومة في القدس.", PloverType.PROTEST);
        Assert.Equal("المستوطنون[ISR]", Actor(protest.Source));
    }

    [Fact]
    public void AVerbalNounsGenitiveFollowedByItsAccusativeObjectIsTheDoer()
    {
        var e = Only("ندد البرلمان العربي باعتقال السلطات الإسرائيلية ثلاثة صحفيين فلسطينيين.", PloverType.COERCE);
        Assert.Equal(("السلطات الإسرائيلية[ISR]", "صحفيين فلسطينيين[PSE]"), Actors(e));
    }

    [Fact]
    public void AVerbalNounsLoneGenitiveStaysItsPatient()
    {
        var e = Only("أدانت الخارجية القطرية اعتقال الناشط الحقوقي المصري.", PloverType.COERCE);
        Assert.Equal(("?", "الناشط الحقوقي المصري[EGY]"), Actors(e));
    }
}
