using Marsad.Events;
using static Marsad.Tests.Events.EventTestPipeline;

namespace Marsad.Tests.Events;

/// <summary>
/// A verb of organising, calling, leading, joining or carrying out — waging, conducting or committing included — (arguments.tsv,
/// doer_verb) right after an event noun, carrying
/// the noun's pronoun or followed by a preposition carrying it, has the event's doer as its subject; further on it hangs
/// on another noun (sentences written for these tests).
/// </summary>
public sealed class DoerVerbTests
{
    [Fact]
    public void AMarchOrganisedByTheOppositionIsTheOppositions() =>
        Assert.Equal(("المعارضة في نيروبي[KEN]", "?"),
            Actors(Only("واعتقلت الشرطة الكينية صحفيين خلال تغطيتهم مسيرة نظمتها المعارضة في نيروبي.", PloverType.PROTEST)));

    [Fact]
    public void AttacksCarriedOutByAGroupAreTheGroupsNotTheirTargets() =>
        Assert.Equal("حركة الشباب[SOM]",
            Actors(Only("وتعرضت إثيوبيا لسلسلة من الهجمات نفذتها حركة الشباب خلال العام الحالي.", PloverType.ASSAULT)).Source);

    [Fact]
    public void ADoerVerbOnALaterNounLeavesTheDeploymentToItsOwnSubject() =>
        Assert.Equal("وزارة الداخلية المغربية[MAR]",
            Actors(Only("دفعت وزارة الداخلية المغربية بتعزيزات أمنية إلى محيط البرلمان تحسباً لمظاهرات دعت إليها نقابات التعليم.", PloverType.MOBILIZE)).Source);

    [Fact]
    public void ARaidWagedBySecurityForcesIsTheirsAndTheirVerbIsNoTarget()
    {
        var (source, target) = Actors(Only("وقتل ثلاثة مسلحين خلال مداهمة شنتها قوات الأمن العراقية على مخبأ في الموصل.", PloverType.COERCE));
        Assert.Equal("قوات الأمن العراقية[IRQ]", source);
        Assert.DoesNotContain("شنتها", target);
    }

    [Fact]
    public void StrikesTheCoalitionWagesAreTheCoalitions() =>
        Assert.Equal("التحالف الدولي",
            Only("وأكد الجيش الأمريكي أن الضربات الجوية التي يشنها التحالف الدولي أصابت مواقع لتنظيم داعش.", PloverType.ASSAULT).Source?.Text);

    [Fact]
    public void AnAttackAFeminineDoerVerbCarriesIsTheArmedGroupsAgainstTheVillage() =>
        Assert.Equal(("ميليشيات[-]", "قرية حدودية[-]"),
            Actors(Only("واستنكر المحافظ الهجوم الذي شنته ميليشيات على قرية حدودية فجر اليوم.", PloverType.ASSAULT)));

    [Fact]
    public void TheRecipientAfterARelativeDoerClauseIsTheAttacks() =>
        Assert.Equal(("مسلحون[-]", "الجنود[-]"),
            Actors(Only("وقالت الوزارة إن الهجوم الذي نفذه مسلحون على الجنود أوقع قتلى.", PloverType.ASSAULT)));
}
