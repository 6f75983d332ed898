using Marsad.Events;
using Marsad.Events.Arguments;
using Marsad.Events.Lexicon;

namespace Marsad.Tests.Events;

/// <summary>
/// The constructions the argument resolver delegates to, each read alone on a sentence written for these tests: the
/// patient verb (its verb, the subject between it and the event noun, the clause's first actor, an asset's owner), the
/// «بين» parties, and the relative-clause antecedent.
/// </summary>
public sealed class ArgumentConstructionTests
{
    private static readonly EventLanguage Language = ParsedSentence.Language;

    private static ParsedSentence Parse(string sentence) => ParsedSentence.Parse(sentence);

    [Fact]
    public void ThePatientVerbBeforeAnEventNounIsFoundInItsClause()
    {
        var p = Parse("تعرضت مواقع عدد من الوزارات المغربية لهجمات إلكترونية.");
        var verb = new PatientConstruction(Language).PatientVerbBefore(p.Text, p.Trigger("لهجمات"), 0, p.IsTrigger);
        Assert.Equal(p.IndexOf("تعرضت"), verb);
    }

    [Fact]
    public void TheSubjectBetweenAPatientVerbAndItsNounCarriesTheStateOfTheActorInIt()
    {
        var p = Parse("تعرضت مواقع عدد من الوزارات المغربية لهجمات إلكترونية.");
        var subject = PatientConstruction.SubjectBetween(p.Text, p.IndexOf("تعرضت") + 1, p.Trigger("لهجمات").First);
        Assert.Equal(("مواقع عدد من الوزارات المغربية", "MAR"), (subject!.Text, subject.Country));
    }

    [Fact]
    public void TheFirstActorOfAPatientVerbsClauseIsItsSubject()
    {
        var p = Parse("وقال محامون إن ناشطين في سجن طرة تعرضوا للتعذيب.");
        var subject = new PatientConstruction(Language).ClauseFirstActor(p.Text, p.IndexOf("تعرضوا"), 0, p.IsTrigger);
        Assert.Equal("ناشطين", subject!.Text);
    }

    [Fact]
    public void AnAssetWithAPossessiveBelongsToTheNearestEarlierActorWithAState()
    {
        var p = Parse("أعلنت شركة الكهرباء الكويتية أن أنظمتها تعرضت لاختراق إلكتروني.");
        var owner = new PatientConstruction(Language).AssetOwner(p.Text, p.IndexOf("تعرضت"));
        Assert.Equal(("شركة الكهرباء الكويتية", "KWT"), (owner!.Text, owner.Country));
    }

    [Fact]
    public void BetweenRightAfterAnEventNounNamesBothParties()
    {
        var p = Parse("وجرت المحادثات بين الرئيس الفرنسي ونظيره الإيراني في باريس.");
        var parties = new BetweenParties(Language).Find(p.Text, p.Trigger("المحادثات"), p.End, p.IsTrigger, adjective: true);
        Assert.Equal(("الرئيس الفرنسي", "نظيره الإيراني"), (parties!.Value.First.Text, parties.Value.Second.Text));
    }

    [Fact]
    public void BetweenFurtherOnQualifiesAnotherNoun()
    {
        var p = Parse("وناقش الوزيران التوتر المتصاعد بين ألبانيا وإيران.");
        var parties = new BetweenParties(Language).Find(p.Text, p.Trigger("وناقش"), p.End, p.IsTrigger, adjective: false);
        Assert.Null(parties);
    }

    [Fact]
    public void TheActorBeforeARelativePronounIsTheSubjectOfTheVerbAfterIt()
    {
        var p = Parse("وانتشرت قوات الأمن، التي صادرت وثائق من المكتب.");
        var antecedent = new RelativeAntecedent(Language).Find(p.Text, p.IndexOf("صادرت"), 0);
        Assert.Equal("قوات الأمن", antecedent!.Text);
    }

    [Fact]
    public void APronounInTheRelativeClauseLeavesTheAntecedentOutOfTheSubject()
    {
        var p = Parse("وانتقد المسؤول إيران التي ترفض واشنطن التنسيق معها.");
        Assert.Null(new RelativeAntecedent(Language).Find(p.Text, p.IndexOf("ترفض"), 0));
    }
}
