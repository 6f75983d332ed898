using Marsad.Events;
using Marsad.Events.Arguments;
using static Marsad.Tests.Events.ParsedSentence;

namespace Marsad.Tests.Events;

/// <summary>
/// Each pass the argument resolver orchestrates, called alone on a sentence written for these tests: the subject search
/// (after and before a verb, an event noun's doer), the recipient search, the common-noun recipients, compound actors, a
/// phrase's state, the dropped subject and the pattern's gaps.
/// </summary>
public sealed class ArgumentPassTests
{
    [Fact]
    public void TheSubjectAfterAVerbIsTheFirstFreeActorAfterIt()
    {
        var p = Parse("انتقدت الحكومة الأردنية المعارضة بسبب التظاهرات.");
        var m = p.Trigger("انتقدت");
        var subject = new SubjectSearch(Language).SubjectAfter(p.Text, m.First + 1, p.End, p.IsTrigger, m.First, m.End, m.WordTokens);
        Assert.Equal(("الحكومة الأردنية", "JOR"), (subject!.Text, subject.Country));
    }

    [Fact]
    public void TheSubjectRightBeforeAVerbIsItsSubject()
    {
        var p = Parse("الجزائر تتهم المغرب بدعم الانفصاليين.");
        var subject = new SubjectSearch(Language).SubjectBefore(p.Text, p.Trigger("تتهم").First, 0, p.IsTrigger, adjacent: true);
        Assert.Equal("الجزائر", subject!.Text);
    }

    [Fact]
    public void TheGenitiveOfAVisitIsItsDoer()
    {
        var p = Parse("وانتقد البرلمان زيارة أردوغان إلى الكويت.");
        var doer = new SubjectSearch(Language).NominalSource(p.Text, p.Trigger("زيارة"), 0, p.End, p.IsTrigger);
        Assert.Equal("أردوغان", doer!.Text);
    }

    [Fact]
    public void TheActorAfterAPrepositionIsFoundInItsClause()
    {
        var p = Parse("تلقى وزير الخارجية المصري اتصالا هاتفيا من نظيره الأردني.");
        var sender = new RecipientSearch(Language).ActorAfter(p.Text, "من", p.Trigger("تلقى").End, p.End, p.IsTrigger);
        Assert.Equal("نظيره الأردني", sender!.Text);
    }

    [Fact]
    public void TheRecipientOfAnAccusationIsItsObject()
    {
        var p = Parse("اتهمت تونس ليبيا بإيواء مسلحين.");
        var draft = new DraftEvent(p.Trigger("اتهمت"));
        var source = p.Phrase("تونس");
        var target = new RecipientSearch(Language).FindTarget(p.Text, draft, source.End, p.End, p.IsTrigger, ref source);
        Assert.Equal("ليبيا", target!.Text);
    }

    [Fact]
    public void AnObjectNamingNoActorIsTheNounAndItsAdjective()
    {
        var p = Parse("قصفت الطائرات مدرسة البنات في المدينة.");
        var m = p.Trigger("قصفت");
        var source = p.Phrase("الطائرات");
        var target = new NounRecipient(Language).ObjectNoun(p.Text, m, source.End, p.End, p.IsTrigger, source);
        Assert.Equal(("مدرسة البنات", null), (target!.Text, target.EntityId));
    }

    [Fact]
    public void ACommonNounPhraseTakesAtMostTwoWordsAfterItsNoun()
    {
        var p = Parse("أفرجت الشرطة عن طبيبة شابة معروفة جدا في المدينة.");
        var first = p.IndexOf("طبيبة");
        var recipients = new NounRecipient(Language);
        Assert.Equal((first + 2, (string?)null), recipients.Widened(p.Text, first, p.End, p.IsTrigger, stops: _ => false, joins: _ => true));
        Assert.Equal((first + 1, (string?)null), recipients.Widened(p.Text, first, p.End, p.IsTrigger, stops: next => next == first + 2, joins: _ => true));
        Assert.Equal((first, (string?)null), recipients.Widened(p.Text, first, p.End, p.IsTrigger, stops: _ => false, joins: _ => false));
    }

    [Fact]
    public void ACommonNounPhraseEndsAtItsNisbaAndTakesItsState()
    {
        var p = Parse("أفرجت الشرطة عن طبيبة مغربية شابة في المدينة.");
        var first = p.IndexOf("طبيبة");
        Assert.Equal((first + 1, "MAR"), new NounRecipient(Language).Widened(p.Text, first, p.End, p.IsTrigger, stops: _ => false, joins: _ => true));
    }

    [Fact]
    public void StatesJoinedByAndAreOneCompoundActorOfNoSingleState()
    {
        var p = Parse("انتقدت بريطانيا وفرنسا القرار الروسي.");
        var compound = CoordinatedActors.WithConjuncts(p.Text, p.Phrase("بريطانيا"), null);
        Assert.Equal(("بريطانيا وفرنسا", null), (compound.Text, compound.Country));
    }

    [Fact]
    public void AnUnqualifiedPoliceNounBelongsToTheStateNamedBeforeIt()
    {
        var p = Parse("وفي تركيا اعتقلت الشرطة عشرة أشخاص.");
        var actor = ActorStates.ToActor(p.Text, p.Phrase("الشرطة"), new DraftEvent(p.Trigger("اعتقلت")));
        Assert.Equal(("الشرطة", "TUR"), (actor.Text, actor.Country));
    }

    [Fact]
    public void ACommonNounTakesTheStateOfThePlaceNamedAfterIt()
    {
        var p = Parse("قصفت الطائرات مستشفى ميدانيا في مدينة حلب السورية.");
        var m = p.Trigger("قصفت");
        var source = p.Phrase("الطائرات");
        var thing = new NounRecipient(Language).ObjectNoun(p.Text, m, source.End, p.End, p.IsTrigger, source)!;
        Assert.Equal("SYR", new CommonNounState(Language).StateOfCommonNoun(p.Text, thing, hostile: true));
    }

    [Fact]
    public void AVerbJoinedByAndSharesTheSubjectOfTheVerbBeforeIt()
    {
        var p = Parse("استدعت مصر السفير الإسرائيلي وطردت الملحق العسكري.");
        var drafts = p.Drafts();
        drafts[0].Source = ActorStates.ToActor(p.Text, p.Phrase("مصر"), drafts[0]);
        var dropped = new DroppedSubject(Language);
        var second = drafts.Select((d, i) => (d, i)).First(x => p.Text.Tokens[x.d.Trigger.First].Normalized == "وطردت").i;
        Assert.True(dropped.IsCoordinated(p.Text, drafts, second));
        Assert.Equal("مصر", dropped.Find(p.Text, drafts, second, 0, null)!.Text);
    }

    [Fact]
    public void AFirstPersonVerbIsTheSpeakers()
    {
        var p = Parse("وقال المتحدث: اعتقلنا ثلاثة رجال واعتقلت الشرطة آخرين.");
        var syntax = new ClauseSyntax(Language);
        Assert.Equal((true, false), (syntax.IsFirstPerson(p.Text, p.IndexOf("اعتقلنا")), syntax.IsFirstPerson(p.Text, p.IndexOf("واعتقلت"))));
    }

    [Fact]
    public void AnAccusativeNounInNaIsNoFirstPersonVerb()
    {
        var syntax = new ClauseSyntax(Language);
        bool FirstPerson(string sentence, string word)
        {
            var p = Parse(sentence);
            return syntax.IsFirstPerson(p.Text, p.IndexOf(word));
        }
        Assert.False(FirstPerson("وقال المتحدث: هناك تعاونا بين البلدين.", "تعاونا"));
        Assert.False(FirstPerson("وقال المتحدث: نريد تعاونًا مع الجيران.", "تعاونا"));
        Assert.True(FirstPerson("وقال المتحدث: تعاونا مع الجيران.", "تعاونا"));
    }

    [Fact]
    public void AGroupNounOfNoStateJoinedByAndTakesTheStateNamedAfterIt()
    {
        var p = Parse("اتفقت الحكومة الصومالية وحكومة إقليم أرض الصومال على استئناف المحادثات.");
        var party = ConjunctParty.At(p.Text, p.IndexOf("وحكومة"));
        Assert.Equal(("حكومة إقليم أرض الصومال", "SOM", "GOV"), (party!.Text, party.Country, party.Sector));
    }

    [Fact]
    public void TheSecondGroupOfAJointActIsTheOtherPartyInItsOwnState() =>
        Assert.Equal(("الحكومة الصومالية[SOM]", "حكومة إقليم أرض الصومال[SOM]"),
            EventTestPipeline.Actors(EventTestPipeline.Only("اتفقت الحكومة الصومالية وحكومة إقليم أرض الصومال على استئناف المحادثات.", PloverType.AGREE)));
}
