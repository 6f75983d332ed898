using Marsad.Events;

namespace Marsad.Tests.Events;

/// <summary>
/// Who acted and on whom, read through the whole events step on sentences written for these tests: a complementiser's
/// pronoun subject, a pronoun that received, the actor a common-noun recipient is for, a noun phrase that stops at a word
/// with its own preposition, the dropped subject of a control word and of a sentence opened by و, and the state of a
/// common-noun participant.
/// </summary>
public sealed class ActorResolutionTests
{
    private static Event Only(string text, PloverType type) => Assert.Single(EventTestPipeline.Events(text), e => e.Type == type);

    private static string Actor(EventActor? actor) => actor is null ? "?" : $"{actor.Text}[{actor.Country ?? "-"}]";

    private static (string Source, string Target) Actors(Event e) => (Actor(e.Source), Actor(e.Target));

    [Fact]
    public void AComplementisersPronounIsTheSubjectOfTheVerbAfterIt()
    {
        var e = Only("قال الجيش الباكستاني إنه اعتقل ثلاثة مسلحين في إقليم بلوشستان.", PloverType.COERCE);
        Assert.Equal(("الجيش الباكستاني[PAK]", "ثلاثة مسلحين[-]"), Actors(e));
    }

    [Fact]
    public void AnEventNounAfterAComplementisersPronounIsThePronounsAct()
    {
        var e = Only("وقالت حركة الشباب إنها نفذت هجوما على قاعدة عسكرية في جنوب الصومال.", PloverType.ASSAULT);
        Assert.Equal(("حركة الشباب[SOM]", "قاعدة عسكرية[SOM]"), Actors(e));
    }

    [Fact]
    public void APronounThatReceivedIsTheRecipientAndTheOneAfterMinActed()
    {
        var e = Only("أكدت وزارة الخارجية التونسية أنها لم تتلق أي طلب رسمي من باريس.", PloverType.REQUEST);
        Assert.Equal(("باريس[FRA]", "وزارة الخارجية التونسية[TUN]"), Actors(e));
    }

    [Fact]
    public void TheActorACommonNounRecipientIsForIsTheRecipient()
    {
        var e = Only("وافق صندوق النقد الدولي على صرف شريحة جديدة من القرض لباكستان.", PloverType.AGREE);
        Assert.Equal(("صندوق النقد الدولي[-]", "باكستان[PAK]"), Actors(e));
    }

    [Fact]
    public void ANounPhraseStopsAtAWordWithItsOwnPreposition()
    {
        var e = Only("أصدر الرئيس الجزائري عفواً عن عدد من السجناء بمناسبة عيد الاستقلال.", PloverType.CONCEDE);
        Assert.Equal(("الرئيس الجزائري[DZA]", "عدد من السجناء[DZA]"), Actors(e));
    }

    [Fact]
    public void AnEventNounUnderAControlWordWithoutSubjectTakesTheDroppedSubject()
    {
        var e = Only("وتحقق الشرطة الإكوادورية في الهجوم، وقد أمرت باعتقال قادة العصابات.", PloverType.COERCE);
        Assert.Equal("الشرطة الإكوادورية[ECU]", Actor(e.Source));
    }

    [Fact]
    public void ACommonNounParticipantTakesTheStateWhereTheEventHappens()
    {
        var e = Only("خطف مسلحون عشرين مدنيا في ولاية زمفارا شمال غرب نيجيريا.", PloverType.ASSAULT);
        Assert.Equal("عشرين مدنيا[NGA]", Actor(e.Target));
    }

    [Fact]
    public void ASentenceOpenedByWawGoesOnWithThePreviousSentencesSubject()
    {
        var e = Only("وصل وزير الخارجية الإيراني إلى مسقط. وعقد فور وصوله محادثات مع نظيره العماني.", PloverType.CONSULT);
        Assert.Equal(("وزير الخارجية الإيراني[IRN]", "نظيره العماني[OMN]"), Actors(e));
    }
}
